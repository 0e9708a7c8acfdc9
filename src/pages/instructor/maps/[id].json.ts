import type { APIRoute, GetStaticPaths } from 'astro';
import { getScenarios, type ScenarioEntry } from '../../../lib/scenarios.ts';
import { scenarioGraph } from '../../../lib/scenario-map/graph.ts';
import { layoutGraph } from '../../../lib/scenario-map/layout.ts';
import { outcomeWords } from '../../../components/scenario-map/labels.ts';

export const prerender = true;

/** One laid-out map per scenario. */
export const getStaticPaths = (async () =>
  (await getScenarios()).map((entry) => ({
    params: { id: entry.data.id },
    props: { entry },
  }))) satisfies GetStaticPaths;

/**
 * The scenario map laid out at build time (dagre never ships to the browser). The debrief
 * dashboard fetches only the map of the session's scenario, so the page stays light.
 */
export const GET: APIRoute = ({ props }) => {
  const { entry } = props as { entry: ScenarioEntry };
  const layout = layoutGraph(scenarioGraph(entry.data, outcomeWords));
  return new Response(JSON.stringify(layout), {
    headers: { 'Content-Type': 'application/json' },
  });
};
