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
  typicalRecipient:
    "The requested State's 24/7 point of contact; many providers also accept preservation requests directly under their own policy.",
  channels: ['network-24-7', 'provider-portal', 'central-authority'],
  categories: ['subscriber', 'traffic', 'content'],
  purpose:
    'Asks another State to freeze stored data quickly so that they still exist when the mutual legal assistance request arrives. Preservation discloses nothing. Art. 29(2) lists what the request must state; the requested State preserves under its own law for at least 60 days (Art. 29(7)) and may not make dual criminality a condition (Art. 29(3)), unless it has a reservation under Art. 29(4).',
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
  typicalRecipient: "The requested State's central authority for mutual legal assistance.",
  channels: ['central-authority'],
  categories: ['subscriber', 'traffic', 'content'],
  purpose:
    'Asks another State to search or access, seize or secure, and disclose data stored on its territory, including data preserved earlier under Art. 29. It is the formal route for content and, usually, for traffic data held abroad. The requested State executes it under its own law, so the request must let its authorities see the facts, the link to the data and, where dual criminality applies, that the conduct is criminal there too.',
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
  typicalRecipient: "The provider's law-enforcement request channel.",
  channels: ['provider-portal'],
  categories: ['subscriber'],
  purpose:
    'Asks a US-based provider to disclose, voluntarily, who holds an account or used an address. Under 18 U.S.C. § 2702(c)(6) such providers may give non-content records to "any person other than a governmental entity", and a foreign authority is not one (§ 2711(4) means US federal, state and local bodies); no emergency is needed. Whether they answer is their policy, and many ask for formal process. Content cannot be obtained this way: it needs mutual legal assistance.',
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
  typicalRecipient:
    "The provider's emergency request channel; the 24/7 point of contact (Art. 35) is there for immediate assistance.",
  channels: ['provider-emergency', 'network-24-7'],
  categories: ['subscriber', 'traffic', 'content'],
  purpose:
    'Asks a US-based provider to disclose data without delay because a person faces a danger of death or serious physical injury. The statute’s emergency exceptions name a US "governmental entity"; major providers answer foreign emergency requests under their own policies, deciding in good faith on the facts you give, so the request must show the danger and how the data relate to it. Formal process follows. A request that lacks the identifiers or the time window gets a question back, not data.',
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
