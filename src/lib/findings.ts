/**
 * Turns the validator's structured findings into words from the UI dictionary. The engine returns
 * codes and values only; this is the one place that knows which text belongs to which code, used
 * by the request builder, the player and the template pages.
 */
import type { UiKey } from '../i18n/index.ts';
import {
  formDefinitions,
  isFormType,
  type Finding,
  type FindingParams,
  type OutcomeClass,
} from '../engine/forms-runtime.ts';
import { fieldWord, translatorLookup } from './request-words.ts';

/** A dictionary lookup: the build-time `t` or an island's translator. */
export type FindingTranslate = (key: UiKey, vars?: Record<string, string | number>) => string;

/** A finding in words: what is wrong and why the recipient cares. */
export interface FindingText {
  message: string;
  why: string;
}

/** Dictionary key of a finding's message. */
export const messageKey = (code: string): UiKey => `finding.${code}` as UiKey;

/** Dictionary key of a finding's reason: its shared reason if it names one, else its own. */
export const whyKey = (finding: Pick<Finding, 'code' | 'because'>): UiKey =>
  (finding.because ? `finding.why.${finding.because}` : `finding.${finding.code}.why`) as UiKey;

// The field a finding is about, in the form it came from (for "Missing: <label>" and its reason).
function fieldOf(finding: Finding, t: FindingTranslate): { label: string; why: string } | null {
  const form = finding.params?.['form'];
  if (!isFormType(form)) return null;
  const field = formDefinitions[form].fields.find((f) => f.id === finding.field);
  if (!field) return null;
  const lookup = translatorLookup(t);
  return {
    label: fieldWord(lookup, form, field.id, 'label'),
    why: fieldWord(lookup, form, field.id, 'why'),
  };
}

// Values that are themselves ids (a channel, a data category) become words too.
function words(params: FindingParams | undefined, t: FindingTranslate): FindingParams {
  const out: FindingParams = { ...params };
  const channel = params?.['channel'];
  const text = params?.['text'];
  if (typeof channel === 'string') out['channel'] = t(`finding.channel.${channel}` as UiKey);
  else if (typeof text === 'string') out['channel'] = t('finding.channel.unknown', { text });
  const category = params?.['category'];
  if (typeof category === 'string') out['category'] = t(`finding.category.${category}` as UiKey);
  return out;
}

/** The message and reason of one finding, in the dictionary's language. */
export function findingText(finding: Finding, t: FindingTranslate): FindingText {
  const field = fieldOf(finding, t);
  const vars = { ...words(finding.params, t), ...(field ? { label: field.label } : {}) };
  const why = finding.because === 'field' && field ? field.why : t(whyKey(finding), vars);
  return { message: t(messageKey(finding.code), vars), why };
}

/** The plain-language label of an outcome class, for feedback and the debrief. */
export function outcomeText(outcome: OutcomeClass, t: FindingTranslate): string {
  return t(`finding.outcome.${outcome}` as UiKey);
}
