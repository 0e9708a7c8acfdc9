/**
 * The request builder's thin wrapper around the engine's validator. The validator knows four
 * request types and always validates against a case file; the builder has no case file and a fifth
 * form (spontaneous information, Art. 26), so both gaps are bridged here, not in src/engine.
 */
import {
  requestTypes,
  validateRequest,
  type Draft,
  type DraftExpectation,
  type FieldDefinition,
  type Finding,
  type RequestType,
} from '../engine/requests/index.ts';
import type { TemplateType } from '../schemas/template.ts';

/** The form a template page renders: title, legal basis line and ordered fields. */
export interface BuilderForm {
  type: TemplateType;
  title: string;
  legalBasis: string;
  fields: FieldDefinition[];
}

const art26 = 'budapest-art-26';
const timeZonesRef = 'module:precision-in-requests#time-zones';

/** Builds a field of the spontaneous-information form (same shape as the engine's fields). */
function field(
  input: Omit<FieldDefinition, 'kind' | 'required' | 'why' | 'reference'> &
    Partial<Pick<FieldDefinition, 'kind' | 'required' | 'why' | 'reference'>>,
): FieldDefinition {
  return {
    kind: 'text',
    required: true,
    why: 'The receiving authority needs it to understand and use the information.',
    reference: art26,
    ...input,
  };
}

const engineField = (id: string): FieldDefinition => {
  const found = requestTypes.preservation.fields.find((f) => f.id === id);
  if (!found) throw new Error(`The validator no longer defines the field "${id}".`);
  return found;
};

/** Spontaneous information (Art. 26): not a request, so the validator has no form for it. */
const spontaneous: BuilderForm = {
  type: 'spontaneous-information',
  title: 'Spontaneous information to another State',
  legalBasis: 'Budapest Convention, Art. 26; T-CY Guidance Note #14 (2025)',
  fields: [
    { ...engineField('reference') },
    field({
      id: 'recipient',
      label: 'Receiving authority',
      help: 'The competent authority of the other State that should receive the information.',
    }),
    field({
      id: 'channel',
      label: 'Channel',
      help: 'How the information travels.',
      kind: 'select',
      options: (engineField('channel').options ?? []).filter((o) =>
        ['network-24-7', 'central-authority', 'police-cooperation'].includes(o.value),
      ),
    }),
    field({
      id: 'requestingAuthority',
      label: 'Sending authority',
      help: 'Organisation, person in charge, address, office hours.',
      kind: 'textarea',
    }),
    { ...engineField('contact') },
    field({
      id: 'legalBasis',
      label: 'Legal basis for sending',
      help: 'Art. 26 and the provision of your own law that allows you to pass the information on.',
      kind: 'textarea',
      why: 'Sending is discretionary and must stay within your domestic law.',
    }),
    field({
      id: 'information',
      label: 'The information',
      help: 'What you pass on. Refer to abuse material by hash value and reference number; never attach it.',
      kind: 'textarea',
    }),
    field({
      id: 'origin',
      label: 'Where the information comes from',
      help: 'The investigation and the measure that produced it.',
      kind: 'textarea',
      why: 'The receiving authority judges how reliable the information is, and whether it may use it.',
    }),
    field({
      id: 'whyUseful',
      label: 'Why it may help the receiving State',
      help: 'What it may allow them to start or carry out.',
      kind: 'textarea',
    }),
    { ...engineField('identifiers'), required: false },
    { ...engineField('eventTime'), required: false },
    { ...engineField('eventZone'), required: false },
    { ...engineField('eventTimeUtc'), required: false },
    field({
      id: 'conditions',
      label: 'Conditions on use',
      help: 'For example confidentiality, or intelligence only until a formal request. Write "none" if there are none.',
      kind: 'textarea',
      why: 'Conditions must be stated when the information is sent, so the receiver can decide to accept it.',
    }),
  ],
};

/** The builder form for a template type. */
export function builderForm(type: TemplateType): BuilderForm {
  if (type === 'spontaneous-information') return spontaneous;
  const def = requestTypes[type];
  return { type, title: def.title, legalBasis: def.legalBasis, fields: def.fields };
}

/**
 * The expectation the builder validates against: no case file, so no identifiers or source time
 * to match (the UTC field is then checked against the local time and zone the user typed). The
 * window limit is wide so the builder never claims what "the case" needs; an emergency request
 * is taken to state a real emergency, so its facts are checked rather than the case.
 */
export function neutralExpectation(type: TemplateType): DraftExpectation {
  return {
    identifiers: [],
    maxWindowHours: 24 * 366,
    emergency: type === 'emergency-disclosure',
    offence: '',
  };
}

const timeFields = new Set(['eventTime', 'eventZone', 'eventTimeUtc']);

function isFilled(draft: Draft, id: string): boolean {
  const value = draft[id];
  return Array.isArray(value) ? value.length > 0 : typeof value === 'string' && value.trim() !== '';
}

/** Findings for a builder draft: the engine's validator, with the two gaps above bridged. */
export function validateDraft(type: TemplateType, draft: Draft): Finding[] {
  if (type !== 'spontaneous-information') {
    return validateRequest(type satisfies RequestType, draft, neutralExpectation(type)).findings;
  }
  const findings: Finding[] = spontaneous.fields
    .filter((f) => f.required && !isFilled(draft, f.id))
    .map((f) => ({
      code: 'missing-field',
      field: f.id,
      severity: 'error',
      message: `${f.label} is missing.`,
      why: f.why,
      reference: f.reference,
      outcome: 'missing-elements',
    }));
  // Times are optional here, but a time that is given must be precise: borrow the engine's checks.
  if (isFilled(draft, 'eventTime')) {
    const borrowed = validateRequest('preservation', draft, neutralExpectation('preservation'));
    findings.push(
      ...borrowed.findings.filter(
        (f) => timeFields.has(f.field) && (f.code !== 'missing-field' || f.field === 'eventTime'),
      ),
    );
  }
  if (isFilled(draft, 'eventZone') && !isFilled(draft, 'eventTime')) {
    findings.push({
      code: 'missing-field',
      field: 'eventTime',
      severity: 'warning',
      message: 'A time zone is given but no time.',
      why: 'The zone only matters together with the time it belongs to.',
      reference: timeZonesRef,
      outcome: 'missing-elements',
    });
  }
  return findings;
}

/** True for a template type that has a page (guards route params). */
export function isTemplateType(value: string): value is TemplateType {
  return value === 'spontaneous-information' || Object.hasOwn(requestTypes, value);
}

/** Example field ids that the form does not have, as fix-it messages (a typo would silently vanish). */
export function exampleProblems(type: TemplateType, example: Draft): string[] {
  const ids = new Set(builderForm(type).fields.map((f) => f.id));
  return Object.keys(example)
    .filter((id) => !ids.has(id))
    .map(
      (id) =>
        `content/templates/${type}.yaml: example has "${id}", which is not a field of this form. Fields: ${[...ids].join(', ')}.`,
    );
}
