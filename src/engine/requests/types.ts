import type { Channel, DataCategory } from '../../schemas/request.ts';
import type { outcomeClasses } from '../../schemas/vocabulary.ts';
import type { FindingCode, FindingReason } from './finding-codes.ts';

/** The four request types the simulator drafts (the builder adds spontaneous information). */
export type RequestType =
  'preservation' | 'mla-stored-data' | 'provider-subscriber' | 'emergency-disclosure';

/** Every form the academy renders: the four requests plus spontaneous information (Art. 26). */
export type FormType = RequestType | 'spontaneous-information';

/** What a draft turns into for the scenario graph: one class per kind of consequence. */
export type OutcomeClass = (typeof outcomeClasses)[number];

/** Values a finding's text is filled with (times, identifiers, counts); never sentences. */
export type FindingParams = Record<string, string | number>;

/**
 * One problem found in a draft, as data: what is wrong (`code`), where (`field`), how much it
 * matters and where to read more. Words come from the UI dictionary (`finding.<code>` and
 * `finding.<code>.why`, or `finding.why.<because>`), so the engine writes no English.
 */
export interface Finding {
  /** Stable machine code, e.g. `missing-field` or `utc-conversion-wrong`. */
  code: FindingCode;
  /** Field id the finding is about (for focusing the form). */
  field: string;
  /** Errors decide the outcome; warnings only teach. */
  severity: 'error' | 'warning';
  /** Values the text needs (a time, an identifier, a number of hours). */
  params?: FindingParams;
  /** Id of a shared reason text when several codes share one (`finding.why.<because>`). */
  because?: FindingReason;
  /** Reference ids (treaty article, statute, module section), most specific first. */
  refs: string[];
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

/**
 * One option of a select or checkbox group: a value only. Its words are in the UI dictionary
 * (`request.field.<field>.option.<value>`).
 */
export interface FieldOption {
  value: string;
}

/**
 * One form field, in the order the form shows it. Ids only: the label, help text and the reason
 * the recipient needs it are in the UI dictionary (`request.field.<field>.label` / `.help` /
 * `.why`, or `request.field.<type>.<field>.…` where one form words it differently; see
 * `src/lib/request-words.ts`).
 */
export interface FieldDefinition {
  id: string;
  kind: FieldKind;
  options?: FieldOption[];
  /** When set, the UI fills the options from the scenario (e.g. `actors` for recipients). */
  optionsFrom?: 'actors' | 'time-zones';
  required: boolean;
  /** Reference id cited when the field is missing. */
  reference: string;
  /** Outcome when the required field is missing; `missing-elements` unless said otherwise. */
  missingOutcome?: OutcomeClass;
}

/**
 * Everything the UI needs to render one request type's form. Its title and legal basis are in the
 * UI dictionary (`request.form.<type>.title` / `.legalBasis`).
 */
export interface RequestTypeDefinition {
  type: FormType;
  /** Channels this type may travel through; the first is the usual one. */
  channels: Channel[];
  /** Data categories the legal route can deliver. */
  categories: DataCategory[];
  fields: FieldDefinition[];
}
