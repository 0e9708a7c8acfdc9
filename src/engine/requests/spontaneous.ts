import { channelOptions, field, headerFields, refs } from './fields.ts';
import { precisionFields } from './precision-fields.ts';
import type { FieldDefinition, RequestTypeDefinition } from './types.ts';

const header = (id: string): FieldDefinition => {
  const found = headerFields(refs.art26).find((f) => f.id === id);
  // The header is defined in fields.ts; a missing id is a programming error caught by the tests.
  if (!found) throw new Error(`fields.ts no longer defines the header field "${id}".`);
  return found;
};

const precision = (id: string): FieldDefinition => {
  const found = precisionFields().find((f) => f.id === id);
  if (!found) throw new Error(`precision-fields.ts no longer defines the field "${id}".`);
  // Times and identifiers are optional here: information may have none, but given ones are checked.
  return { ...found, required: false };
};

const usefulWhy = 'The receiving authority needs it to understand and use the information.';

/**
 * Spontaneous information (Budapest Convention, Art. 26): not a request, so the simulator does
 * not draft it, but the request builder does, with the same fields and checks as the requests.
 */
export const spontaneousInformation: RequestTypeDefinition = {
  type: 'spontaneous-information',
  title: 'Spontaneous information to another State',
  legalBasis: 'Budapest Convention, Art. 26; T-CY Guidance Note #14 (2025)',
  typicalRecipient: "The other State's competent authority, through the 24/7 point of contact.",
  channels: ['network-24-7', 'central-authority', 'police-cooperation'],
  categories: [],
  purpose:
    'Passes information from your own investigation to another State without a prior request, where it may help that State start or carry out an investigation (Art. 26(1)). Conditions on its use must be stated when it is sent (Art. 26(2)).',
  fields: [
    header('reference'),
    field({
      id: 'recipient',
      label: 'Receiving authority',
      help: 'The competent authority of the other State that should receive the information.',
      why: usefulWhy,
      reference: refs.art26,
    }),
    field({
      id: 'channel',
      label: 'Channel',
      help: 'How the information travels.',
      kind: 'select',
      options: channelOptions.filter((o) =>
        ['network-24-7', 'central-authority', 'police-cooperation'].includes(o.value),
      ),
      why: usefulWhy,
      reference: refs.art26,
    }),
    field({
      id: 'requestingAuthority',
      label: 'Sending authority',
      help: 'Organisation, person in charge, address, office hours.',
      kind: 'textarea',
      why: usefulWhy,
      reference: refs.art26,
    }),
    header('contact'),
    field({
      id: 'legalBasis',
      label: 'Legal basis for sending',
      help: 'Art. 26 and the provision of your own law that allows you to pass the information on.',
      kind: 'textarea',
      why: 'Sending is discretionary and must stay within your domestic law.',
      reference: refs.art26,
    }),
    field({
      id: 'information',
      label: 'The information',
      help: 'What you pass on. Refer to abuse material by hash value and reference number; never attach it.',
      kind: 'textarea',
      why: usefulWhy,
      reference: refs.art26,
    }),
    field({
      id: 'origin',
      label: 'Where the information comes from',
      help: 'The investigation and the measure that produced it.',
      kind: 'textarea',
      why: 'The receiving authority judges how reliable the information is, and whether it may use it.',
      reference: refs.art26,
    }),
    field({
      id: 'whyUseful',
      label: 'Why it may help the receiving State',
      help: 'What it may allow them to start or carry out.',
      kind: 'textarea',
      why: usefulWhy,
      reference: refs.art26,
    }),
    precision('identifiers'),
    precision('eventTime'),
    precision('eventZone'),
    precision('eventTimeUtc'),
    field({
      id: 'conditions',
      label: 'Conditions on use',
      help: 'For example confidentiality, or intelligence only until a formal request. Write "none" if there are none.',
      kind: 'textarea',
      why: 'Conditions must be stated when the information is sent, so the receiver can decide to accept it (Art. 26(2)).',
      reference: refs.art26,
    }),
  ],
};
