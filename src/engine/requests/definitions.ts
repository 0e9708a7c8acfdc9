import { field, headerFields, refs } from './fields.ts';
import { categoriesField, precisionFields } from './precision-fields.ts';
import type { FieldDefinition, RequestType, RequestTypeDefinition } from './types.ts';

const offence = (reference: string, required = true): FieldDefinition =>
  field({
    id: 'offence',
    label: 'Offence under investigation',
    help: 'The offence as your law names it.',
    required,
    why: 'The recipient checks that the request serves a criminal investigation it can support.',
    reference,
  });

const facts = (reference: string): FieldDefinition =>
  field({
    id: 'facts',
    label: 'Short summary of the facts',
    help: 'What happened, when, and what the investigation has found so far.',
    kind: 'textarea',
    why: 'Without the facts the recipient cannot see why these data matter.',
    reference,
  });

const legalBasis = (help: string, reference: string): FieldDefinition =>
  field({
    id: 'legalBasis',
    label: 'Legal basis',
    help,
    kind: 'textarea',
    why: 'Requests that cite no valid legal basis are a common reason for refusal or delay.',
    reference,
  });

const preservation: RequestTypeDefinition = {
  type: 'preservation',
  title: 'Request for expedited preservation of stored data',
  legalBasis: 'Budapest Convention, Art. 29 (and Art. 30 where traffic data show another provider)',
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
    categoriesField('Tick what must be kept; preservation can cover any stored data.', refs.art29),
    field({
      id: 'dataSought',
      label: 'Data to be preserved',
      help: 'Which stored data, for which identifiers and period.',
      kind: 'textarea',
      why: 'Art. 29(2)(c): the recipient must know exactly what to freeze.',
      reference: refs.art29,
    }),
    field({
      id: 'relationToOffence',
      label: 'How the data relate to the offence',
      help: 'One or two sentences linking these data to the facts.',
      kind: 'textarea',
      why: 'Art. 29(2)(c) asks for the link; it shows the request is not a fishing expedition.',
      reference: refs.art29,
    }),
    field({
      id: 'custodian',
      label: 'Custodian of the data or location of the system',
      help: 'Provider, hosting company or data centre, as far as known.',
      kind: 'textarea',
      why: 'Art. 29(2)(d): the recipient has to know whom to order to preserve.',
      reference: refs.art29,
    }),
    field({
      id: 'whyPreservation',
      label: 'Why preservation is needed',
      help: 'For example: the logs are overwritten after a few days.',
      kind: 'textarea',
      why: 'Art. 29(2)(e): the reason shows why this cannot wait for the formal request.',
      reference: refs.art29,
    }),
    field({
      id: 'mlaToFollow',
      label: 'Statement that a request for mutual legal assistance will follow',
      help: 'Preservation only freezes; disclosure needs a mutual legal assistance request.',
      kind: 'checkboxes',
      options: [
        {
          value: 'mla-will-follow',
          label: 'A request for mutual legal assistance to obtain the data will follow',
        },
      ],
      why: 'Art. 29(2)(f): the requested State preserves on the understanding that a formal request follows.',
      reference: refs.art29,
    }),
  ],
};

const mla: RequestTypeDefinition = {
  type: 'mla-stored-data',
  title: 'Mutual legal assistance request for stored computer data',
  legalBasis:
    'Budapest Convention, Art. 31; central authorities send and answer requests (Art. 27) where no other treaty applies',
  typicalRecipient: "The requested State's central authority for mutual legal assistance.",
  channels: ['central-authority'],
  categories: ['subscriber', 'traffic', 'content'],
  purpose:
    'Asks another State to search or access, seize or secure, and disclose data stored on its territory, including data preserved earlier under Art. 29. It is the formal route for content and, usually, for traffic data held abroad. The requested State executes it under its own law, so the request must let its authorities see the facts, the link to the data and, where dual criminality applies, that the conduct is criminal there too.',
  fields: [
    ...headerFields(refs.tcyMla),
    field({
      id: 'transmission',
      label: 'Form of transmission',
      help: 'How the request is sent and how you would like the answer.',
      kind: 'select',
      options: [
        { value: 'expedited-electronic', label: 'By e-mail or other expedited means (Art. 25(3))' },
        { value: 'secure-platform', label: 'Through a secure electronic platform' },
        { value: 'paper', label: 'On paper, through the usual channel' },
      ],
      why: 'The central authority needs to know how the request reaches it and how to answer.',
      reference: refs.art25,
    }),
    legalBasis(
      'Treaty (e.g. Budapest Convention Art. 31) and your domestic provisions.',
      refs.art31,
    ),
    offence(refs.art31),
    facts(refs.art31),
    field({
      id: 'conduct',
      label: 'Description of the conduct',
      help: 'What the suspect did, described so the requested State can see it is an offence under its law too.',
      kind: 'textarea',
      why: 'Where dual criminality applies, it is judged on the conduct, not the name of the offence (Art. 25(5)).',
      reference: refs.art31,
    }),
    ...precisionFields(),
    categoriesField('Tick only the categories the case needs.', refs.art31),
    field({
      id: 'dataSought',
      label: 'Data sought',
      help: 'The specific stored data to be disclosed, and any earlier preservation reference.',
      kind: 'textarea',
      why: 'The requested State orders production of exactly what is described, nothing more.',
      reference: refs.art31,
    }),
    field({
      id: 'relationToOffence',
      label: 'Link between the data and the offence',
      help: 'Why these data are expected to prove something about the offence.',
      kind: 'textarea',
      why: 'The requested State must justify the measure under its own law, using your explanation.',
      reference: refs.art31,
    }),
    field({
      id: 'confidentiality',
      label: 'Confidentiality',
      help: 'Whether the request and its existence must stay confidential, and why.',
      kind: 'textarea',
      why: 'Without it, the provider may tell its user, which can ruin the investigation.',
      reference: refs.art31,
    }),
    field({
      id: 'urgency',
      label: 'Urgency and reasons',
      help: 'State any deadline and why (suspect in custody, data about to be lost). Write "not urgent" otherwise.',
      kind: 'textarea',
      why: 'Urgent requests are prioritised only when the reasons are given.',
      reference: refs.pcOcGuidelines,
    }),
  ],
};

const providerSubscriber: RequestTypeDefinition = {
  type: 'provider-subscriber',
  title: 'Direct request to a US-based provider for subscriber information',
  legalBasis:
    'Your domestic process; 18 U.S.C. § 2702(c)(6) lets US providers disclose non-content records voluntarily to any person other than a governmental entity, which § 2711(4) limits to US bodies, so foreign authorities are included',
  typicalRecipient: "The provider's law-enforcement request channel.",
  channels: ['provider-portal'],
  categories: ['subscriber'],
  purpose:
    'Asks a US-based provider to disclose, voluntarily, who holds an account or used an address. Under 18 U.S.C. § 2702(c)(6) such providers may give non-content records to "any person other than a governmental entity", and a foreign authority is not one (§ 2711(4) means US federal, state and local bodies); no emergency is needed. Whether they answer is their policy, and many ask for formal process. Content cannot be obtained this way: it needs mutual legal assistance.',
  fields: [
    ...headerFields(refs.sca2702),
    legalBasis('Your domestic order or legal provision under which you ask.', refs.sca2702),
    offence(refs.sca2702, false),
    ...precisionFields(),
    categoriesField('Only subscriber information can be asked for on this route.', refs.sca2702),
  ],
};

const emergency: RequestTypeDefinition = {
  type: 'emergency-disclosure',
  title: 'Emergency disclosure request to a provider',
  legalBasis:
    '18 U.S.C. § 2702(b)(8) (contents) and § 2702(c)(4) (records) allow voluntary disclosure in an emergency to a US governmental entity (§ 2711(4)); for foreign authorities emergency disclosure is provider policy, not settled law',
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
      label: 'Facts showing the emergency',
      help: 'Who is in danger, of what, and why it is imminent.',
      kind: 'textarea',
      why: 'Emergency disclosure rests on the provider believing in good faith that a danger of death or serious physical injury requires it without delay; for a foreign authority it is the provider’s own policy, because the statute’s emergency exceptions speak of a US governmental entity.',
      reference: refs.sca2702,
      missingOutcome: 'no-emergency-facts',
    }),
    field({
      id: 'relationToEmergency',
      label: 'How the data relate to the emergency',
      help: 'How these data help to avert the danger (locate the child, identify the person).',
      kind: 'textarea',
      why: 'The provider must see that disclosing these data addresses the danger.',
      reference: refs.sca2702,
    }),
    ...precisionFields(),
    categoriesField('Tick only what is needed to avert the danger.', refs.sca2702),
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
