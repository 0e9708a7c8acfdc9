/** The request validator's public surface: types, form definitions, validation and time helpers. */
export type {
  Draft,
  FieldDefinition,
  FieldKind,
  FieldOption,
  Finding,
  FindingParams,
  FormType,
  OutcomeClass,
  RequestType,
  RequestTypeDefinition,
  ValidationResult,
} from './types.ts';
export type { DraftExpectation, DraftExpectationInput } from '../../schemas/request.ts';
// The expectation schema lives in src/schemas/request.ts and is not re-exported here: this barrel
// runs in the browser, and a schema import would ship the schema library with it.
export { isRequestType, requestTypes } from './definitions.ts';
export { refs as requestReferences } from './fields.ts';
export { outcomePrecedence } from './outcomes.ts';
export {
  findingCodes,
  findingReasons,
  type FindingCode,
  type FindingReason,
} from './finding-codes.ts';
export { builderExpectation, formDefinitions, isFormType, validateForm } from './forms.ts';
export { spontaneousInformation } from './spontaneous.ts';
export { completeDraft, representativeDrafts } from './representative.ts';
export {
  canonicalZone,
  formatUtc,
  isTimeZone,
  resolveLocal,
  timeZones,
  toUtc,
} from './time-zones.ts';
export { validateRequest } from './validate.ts';
