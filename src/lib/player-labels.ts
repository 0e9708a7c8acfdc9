/**
 * The scenario player's words in two parts. The page carries what a trainee meets before and while
 * deciding; the words only the later parts use (the drafting form's findings, the debrief and its
 * case timeline) are a static file per language, `labels/<locale>/player.json`, fetched when a run
 * starts. Scenario pages are held to a weight budget (issue 13), and these are a third of the words.
 */
import { pickLabels, type Labels, type Locale, type UiKey } from '../i18n/index.ts';
import { url } from './url.ts';

/** Key prefixes of the words the player loads with a run, not with the page. */
export const laterPrefixes = ['finding.', 'request.', 'timeline.', 'player.debrief.'] as const;

/** True for a key the player loads with a run. */
export function isLaterKey(key: string): boolean {
  return laterPrefixes.some((p) => key.startsWith(p));
}

/** The words the scenario page carries for the player island. */
export function playerPageLabels(locale: Locale = 'en'): Labels {
  const all = pickLabels(['player.', 'dimension.'], locale);
  return Object.fromEntries(Object.entries(all).filter(([k]) => !isLaterKey(k)));
}

/** The words of `labels/<locale>/player.json`. */
export function playerLaterLabels(locale: Locale = 'en'): Labels {
  return pickLabels(laterPrefixes, locale);
}

/** Site URL of the later words for a language. */
export function playerLaterLabelsUrl(locale: Locale = 'en'): string {
  return url(`labels/${locale}/player.json`);
}

/**
 * The later words from a fetched file: only string values under the later prefixes are taken, so a
 * stale or damaged file cannot replace the page's own words.
 */
export function readLaterLabels(value: unknown): Labels {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const out: Labels = {};
  for (const [key, text] of Object.entries(value)) {
    if (typeof text === 'string' && isLaterKey(key)) out[key as UiKey] = text;
  }
  return out;
}
