import type { DraftExpectation } from '../../schemas/request.ts';
import { checkIdentifiers } from './check-identifiers.ts';
import { checkPresence } from './check-presence.ts';
import { checkChannel } from './check-scope.ts';
import { checkTime } from './check-time.ts';
import { requestTypes } from './definitions.ts';
import { textOf } from './draft-values.ts';
import { refs } from './fields.ts';
import { finding, toResult } from './outcomes.ts';
import { spontaneousInformation } from './spontaneous.ts';
import type { Draft, FormType, RequestTypeDefinition, ValidationResult } from './types.ts';
import { validateRequest } from './validate.ts';

/** Every form with its ordered fields: the four requests and spontaneous information. */
export const formDefinitions: Record<FormType, RequestTypeDefinition> = {
  ...requestTypes,
  'spontaneous-information': spontaneousInformation,
};

/** True for a form type the builder renders (guards route params and imports). */
export function isFormType(value: unknown): value is FormType {
  return typeof value === 'string' && Object.hasOwn(formDefinitions, value);
}

// Without a case file the builder cannot know what a case needs; a week is already a lot of other
// people's data, so a longer window (the "one month" on the templates' own list of mistakes) is flagged.
const builderMaxWindowHours = 7 * 24;

/**
 * The expectation a form is checked against when there is no case file (the request builder): no
 * identifiers or source time to match (the UTC field is then checked against the local time and
 * zone typed), a generic window limit, and an emergency request taken to state a real emergency so
 * that its facts are checked rather than the case.
 */
export function builderExpectation(type: FormType): DraftExpectation {
  return {
    identifiers: [],
    maxWindowHours: builderMaxWindowHours,
    emergency: type === 'emergency-disclosure',
    offence: '',
  };
}

const timeFields = new Set(['eventTime', 'eventZone', 'eventTimeUtc']);

// Spontaneous information: the request checks that make sense for information sent unasked.
function validateSpontaneous(draft: Draft): ValidationResult {
  const def = spontaneousInformation;
  const expectation = builderExpectation(def.type);
  const findings = [
    ...checkChannel(def, draft, expectation),
    ...checkPresence(def, draft),
    ...checkIdentifiers(textOf(draft, 'identifiers'), []),
  ];
  // Times are optional here, but a time that is given must be precise and convertible.
  if (textOf(draft, 'eventTime') !== '') {
    findings.push(
      ...checkTime(draft, expectation).filter((f) => timeFields.has(f.field)),
      ...(textOf(draft, 'eventZone') === ''
        ? [
            finding({
              code: 'zone-missing',
              field: 'eventZone',
              params: { form: def.type },
              because: 'field',
              reference: refs.timeZones,
              outcome: 'missing-zone',
            }),
          ]
        : []),
    );
  } else if (textOf(draft, 'eventZone') !== '') {
    findings.push(
      finding({
        code: 'zone-without-time',
        field: 'eventTime',
        severity: 'warning',
        reference: refs.timeZones,
        outcome: 'missing-elements',
      }),
    );
  }
  return toResult(findings);
}

/** Validates any form: requests against the case (or the builder's neutral expectation), and spontaneous information. */
export function validateForm(
  type: FormType,
  draft: Draft,
  expectation: DraftExpectation = builderExpectation(type),
): ValidationResult {
  if (type === 'spontaneous-information') return validateSpontaneous(draft);
  return validateRequest(type, draft, expectation);
}
