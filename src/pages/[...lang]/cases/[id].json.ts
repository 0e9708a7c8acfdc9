import type { APIRoute, GetStaticPaths } from 'astro';
import { caseDataJson, scenarioPaths, type ScenarioEntry } from '../../../lib/scenarios.ts';
import { referenceWords } from '../../../lib/reference-words.ts';
import type { Locale } from '../../../i18n/index.ts';

export const prerender = true;

/** One case file per scenario and language ("cases/<id>.json", "fr/cases/<id>.json"). */
export const getStaticPaths = (() => scenarioPaths()) satisfies GetStaticPaths;

/**
 * The case file as the player reads it, with its reference chips' words. A file of its own rather
 * than part of the page: the briefing renders without waiting for it, and the player fetches it as
 * soon as it starts (src/islands/player/case-data.ts).
 */
export const GET: APIRoute = async ({ props }) => {
  const { entry, locale } = props as { entry: ScenarioEntry; locale: Locale };
  const body = caseDataJson(entry.data, await referenceWords(entry.data, locale));
  return new Response(body, { headers: { 'Content-Type': 'application/json' } });
};
