import type { APIRoute, GetStaticPaths } from 'astro';
import { scenarioPaths, type ScenarioEntry } from '../../../../lib/scenarios.ts';
import { scenarioGraph } from '../../../../lib/scenario-map/graph.ts';
import { layoutGraph } from '../../../../lib/scenario-map/layout.ts';
import { outcomeWords } from '../../../../components/scenario-map/labels.ts';
import type { Locale } from '../../../../i18n/index.ts';

export const prerender = true;

/** One laid-out map per scenario and language ("fr/instructor/maps/<id>.json"). */
export const getStaticPaths = (() => scenarioPaths()) satisfies GetStaticPaths;

/**
 * The scenario map laid out at build time (dagre never ships to the browser). The debrief
 * dashboard fetches only the map of the session's scenario, so the page stays light.
 */
export const GET: APIRoute = ({ props }) => {
  const { entry, locale } = props as { entry: ScenarioEntry; locale: Locale };
  const layout = layoutGraph(scenarioGraph(entry.data, outcomeWords(locale)));
  return new Response(JSON.stringify(layout), {
    headers: { 'Content-Type': 'application/json' },
  });
};
