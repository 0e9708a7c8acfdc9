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

/**
 * Spontaneous information (Budapest Convention, Art. 26): not a request, so the simulator does
 * not draft it, but the request builder does, with the same fields and checks as the requests.
 */
export const spontaneousInformation: RequestTypeDefinition = {
  type: 'spontaneous-information',
  channels: ['network-24-7', 'central-authority', 'police-cooperation'],
  categories: [],
  fields: [
    header('reference'),
    field({
      id: 'recipient',
      reference: refs.art26,
    }),
    field({
      id: 'channel',
      kind: 'select',
      options: channelOptions.filter((o) =>
        ['network-24-7', 'central-authority', 'police-cooperation'].includes(o.value),
      ),
      reference: refs.art26,
    }),
    field({
      id: 'requestingAuthority',
      kind: 'textarea',
      reference: refs.art26,
    }),
    header('contact'),
    field({
      id: 'legalBasis',
      kind: 'textarea',
      reference: refs.art26,
    }),
    field({
      id: 'information',
      kind: 'textarea',
      reference: refs.art26,
    }),
    field({
      id: 'origin',
      kind: 'textarea',
      reference: refs.art26,
    }),
    field({
      id: 'whyUseful',
      kind: 'textarea',
      reference: refs.art26,
    }),
    precision('identifiers'),
    precision('eventTime'),
    precision('eventZone'),
    precision('eventTimeUtc'),
    field({
      id: 'conditions',
      kind: 'textarea',
      reference: refs.art26,
    }),
  ],
};
