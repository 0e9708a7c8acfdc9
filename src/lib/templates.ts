/**
 * The template pages' view of the request forms. Every form (the four requests and spontaneous
 * information) and its checks live in the engine (`src/engine/requests/`); this module only picks
 * a form by template type and checks worked examples at build time.
 */
import {
  builderExpectation,
  formDefinitions,
  isFormType,
  validateForm,
  type Draft,
  type Finding,
} from '../engine/forms-runtime.ts';
import { formWord, wordFields, type WordedField, type WordLookup } from './request-words.ts';
import type { TemplateType } from '../schemas/template.ts';

/** The form a template page renders: title, legal basis line and ordered fields. */
export interface BuilderForm {
  type: TemplateType;
  title: string;
  legalBasis: string;
  fields: WordedField[];
}

/** The builder form for a template type, its fields worded from the dictionary. */
export function builderForm(type: TemplateType, words: WordLookup): BuilderForm {
  const def = formDefinitions[type];
  return {
    type,
    title: formWord(words, type, 'title'),
    legalBasis: formWord(words, type, 'legalBasis'),
    fields: wordFields(words, type, def.fields),
  };
}

/** Findings for a builder draft: the engine's validator without a case file. */
export function validateDraft(type: TemplateType, draft: Draft): Finding[] {
  return validateForm(type, draft, builderExpectation(type)).findings;
}

/** True for a template type that has a page (guards route params). */
export function isTemplateType(value: string): value is TemplateType {
  return isFormType(value);
}

/** Example field ids that the form does not have, as fix-it messages (a typo would silently vanish). */
export function exampleProblems(type: TemplateType, example: Draft): string[] {
  const ids = new Set(formDefinitions[type].fields.map((f) => f.id));
  return Object.keys(example)
    .filter((id) => !ids.has(id))
    .map(
      (id) =>
        `content/templates/${type}.yaml: example has "${id}", which is not a field of this form. Fields: ${[...ids].join(', ')}.`,
    );
}
