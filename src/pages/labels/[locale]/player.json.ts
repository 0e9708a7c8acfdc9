import type { APIRoute, GetStaticPaths } from 'astro';
import { locales, type Locale } from '../../../i18n/index.ts';
import { playerLaterLabels } from '../../../lib/player-labels.ts';

export const prerender = true;

/** One file per language. */
export const getStaticPaths = (() =>
  locales.map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths;

/**
 * The player's words for the drafting form, the debrief and the case timeline
 * (src/lib/player-labels.ts): fetched when a run starts, so scenario pages carry a third fewer words.
 */
export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(playerLaterLabels(params['locale'] as Locale)), {
    headers: { 'Content-Type': 'application/json' },
  });
