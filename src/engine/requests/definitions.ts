import { field, headerFields, refs } from './fields.ts';
import { categoriesField, precisionFields } from './precision-fields.ts';
import type { FieldDefinition, RequestType, RequestTypeDefinition } from './types.ts';

const offence = (reference: string, required = true): FieldDefinition =>
  field({
    id: 'offence',
    required,
    reference,
  });

const facts = (reference: string): FieldDefinition =>
  field({
    id: 'facts',
    kind: 'textarea',
    reference,
  });

const legalBasis = (reference: string): FieldDefinition =>
  field({
    id: 'legalBasis',
    kind: 'textarea',
    reference,
  });

const preservation: RequestTypeDefinition = {
  type: 'preservation',
  channels: ['network-24-7', 'provider-portal', 'central-authority'],
  categories: ['subscriber', 'traffic', 'content'],
  fields: [
    ...headerFields(refs.tcyPreservation),
    offence(refs.art29),
    facts(refs.art29),
    ...precisionFields(),
    categoriesField(refs.art29),
    field({
      id: 'dataSought',
      kind: 'textarea',
      reference: refs.art29,
    }),
    field({
      id: 'relationToOffence',
      kind: 'textarea',
      reference: refs.art29,
    }),
    field({
      id: 'custodian',
      kind: 'textarea',
      reference: refs.art29,
    }),
    field({
      id: 'whyPreservation',
      kind: 'textarea',
      reference: refs.art29,
    }),
    field({
      id: 'mlaToFollow',
      kind: 'checkboxes',
      options: [
        {
          value: 'mla-will-follow',
        },
      ],
      reference: refs.art29,
    }),
  ],
};

const mla: RequestTypeDefinition = {
  type: 'mla-stored-data',
  channels: ['central-authority'],
  categories: ['subscriber', 'traffic', 'content'],
  fields: [
    ...headerFields(refs.tcyMla),
    field({
      id: 'transmission',
      kind: 'select',
      options: [
        { value: 'expedited-electronic' },
        { value: 'secure-platform' },
        { value: 'paper' },
      ],
      reference: refs.art25,
    }),
    legalBasis(refs.art31),
    offence(refs.art31),
    facts(refs.art31),
    field({
      id: 'conduct',
      kind: 'textarea',
      reference: refs.art31,
    }),
    ...precisionFields(),
    categoriesField(refs.art31),
    field({
      id: 'dataSought',
      kind: 'textarea',
      reference: refs.art31,
    }),
    field({
      id: 'relationToOffence',
      kind: 'textarea',
      reference: refs.art31,
    }),
    field({
      id: 'confidentiality',
      kind: 'textarea',
      reference: refs.art31,
    }),
    field({
      id: 'urgency',
      kind: 'textarea',
      reference: refs.pcOcGuidelines,
    }),
  ],
};

const providerSubscriber: RequestTypeDefinition = {
  type: 'provider-subscriber',
  channels: ['provider-portal'],
  categories: ['subscriber'],
  fields: [
    ...headerFields(refs.sca2702),
    legalBasis(refs.sca2702),
    offence(refs.sca2702, false),
    ...precisionFields(),
    categoriesField(refs.sca2702),
  ],
};

const emergency: RequestTypeDefinition = {
  type: 'emergency-disclosure',
  channels: ['provider-emergency', 'network-24-7'],
  categories: ['subscriber', 'traffic', 'content'],
  fields: [
    ...headerFields(refs.sca2702).filter((f) => f.id !== 'officeTimeZone' && f.id !== 'reference'),
    field({
      id: 'emergencyFacts',
      kind: 'textarea',
      reference: refs.sca2702,
      missingOutcome: 'no-emergency-facts',
    }),
    field({
      id: 'relationToEmergency',
      kind: 'textarea',
      reference: refs.sca2702,
    }),
    ...precisionFields(),
    categoriesField(refs.sca2702),
  ],
};

/** Every request type with its ordered form fields; drives the drafting forms in the UI. */
export const requestTypes: Record<RequestType, RequestTypeDefinition> = {
  preservation,
  'mla-stored-data': mla,
  'provider-subscriber': providerSubscriber,
  'emergency-disclosure': emergency,
};

/** True for the four known request types (guards untyped input from imports and YAML). */
export function isRequestType(value: unknown): value is RequestType {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(requestTypes, value);
}
