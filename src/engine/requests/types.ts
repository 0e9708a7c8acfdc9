import type { Channel, DataCategory } from '../../schemas/request.ts';

/** The four request types the simulator and the request builder draft. */
export type RequestType =
  'preservation' | 'mla-stored-data' | 'provider-subscriber' | 'emergency-disclosure';

/** What a draft turns into for the scenario graph: one class per kind of consequence. */
export type OutcomeClass =
  | 'complete'
  | 'missing-elements'
  | 'missing-zone'
  | 'wrong-utc'
  | 'wrong-identifier'
  | 'vague-identifier'
  | 'wrong-category'
  | 'disproportionate'
  | 'no-emergency-facts'
  | 'wrong-channel';

/** One problem found in a draft: what is wrong, why the recipient cares, and where to read more. */
export interface Finding {
  /** Stable machine code, e.g. `missing-field` or `utc-conversion-wrong`. */
  code: string;
  /** Field id the finding is about (for focusing the form). */
  field: string;
  /** Errors decide the outcome; warnings only teach. */
  severity: 'error' | 'warning';
  /** What is wrong, in plain English. */
  message: string;
  /** Why it matters to the person who receives the request. */
  why: string;
  /** Reference id (treaty article, statute, module section). */
  reference: string;
  /** The outcome class this finding leads to when it is an error. */
  outcome: OutcomeClass;
}

/** All findings plus the single outcome class the scenario maps to a consequence. */
export interface ValidationResult {
  findings: Finding[];
  outcome: OutcomeClass;
}

/** A draft as the form produces it: field id -> text, select value or checked values. */
export type Draft = Record<string, string | string[]>;

/** Input widgets the UI renders for a field. */
export type FieldKind = 'text' | 'textarea' | 'datetime' | 'timezone' | 'select' | 'checkboxes';

/** One option of a select or checkbox group. */
export interface FieldOption {
  value: string;
  label: string;
}

/** One form field, in the order the form shows it. */
export interface FieldDefinition {
  id: string;
  label: string;
  help: string;
  kind: FieldKind;
  options?: FieldOption[];
  /** When set, the UI fills the options from the scenario (e.g. `actors` for recipients). */
  optionsFrom?: 'actors' | 'time-zones';
  required: boolean;
  /** Why the recipient needs this field: used when it is missing. */
  why: string;
  /** Reference id cited when the field is missing. */
  reference: string;
  /** Outcome when the required field is missing; `missing-elements` unless said otherwise. */
  missingOutcome?: OutcomeClass;
}

/** Everything the UI needs to render one request type's form. */
export interface RequestTypeDefinition {
  type: RequestType;
  title: string;
  legalBasis: string;
  typicalRecipient: string;
  /** Channels this type may travel through; the first is the usual one. */
  channels: Channel[];
  /** Data categories the legal route can deliver. */
  categories: DataCategory[];
  purpose: string;
  fields: FieldDefinition[];
}
