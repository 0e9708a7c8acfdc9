// The request forms' browser API: what the request builder, the player's drafting form and the
// finding texts need, and nothing of the simulator. The builder enters the engine here, so XState
// and the scenario runtime stay out of its bundle (issue 13 budgets). Loading it also fills the
// simulator's validator port (draft-port.ts): the player gets the validator with its drafting form.
import { installDraftChecker } from './draft-port.ts';
import { representativeDrafts, validateRequest } from './requests/index.ts';

installDraftChecker({ validate: validateRequest, representatives: representativeDrafts });

export {
  builderExpectation,
  findingCodes,
  findingReasons,
  formDefinitions,
  isFormType,
  requestTypes,
  timeZones,
  validateForm,
  type Draft,
  type FieldDefinition,
  type FieldKind,
  type FieldOption,
  type Finding,
  type FindingCode,
  type FindingParams,
  type FormType,
  type OutcomeClass,
  type RequestType,
  type RequestTypeDefinition,
  type ValidationResult,
} from './requests/index.ts';
export type { DraftExpectation } from '../schemas/request.ts';
