// Writes the map of one scenario as an SVG file for authors, with the linter's unreachable nodes
// and dead ends marked:   npm run scenario:map <id> [out-dir]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { scenarioFileNames } from '../src/engine/__fixtures__/shipped.ts';
import { join } from 'node:path';
import { lintScenarios } from '../src/engine/lint.ts';
import { scenarioGraph } from '../src/lib/scenario-map/graph.ts';
import { layoutGraph } from '../src/lib/scenario-map/layout.ts';
import { renderMapSvg, standaloneMapCss } from '../src/lib/scenario-map/render.ts';
import { mapLabelsWith } from '../src/lib/scenario-map/labels.ts';
import en from '../src/i18n/en.json' with { type: 'json' };

const [id, outDir = 'scenario-maps'] = process.argv.slice(2);
const files = scenarioFileNames('content/scenarios').map((n) => join('content/scenarios', n));
const file = files.find((f) => f.replace(/^.*\//, '').replace(/\.ya?ml$/, '') === id);
if (!id || !file) {
  console.error(
    `Usage: npm run scenario:map <id>\nKnown scenarios: ${files.map((f) => f.replace(/^.*\//, '').replace(/\.ya?ml$/, '')).join(', ')}`,
  );
  process.exit(1);
}
const result = lintScenarios([{ file, text: readFileSync(file, 'utf8') }]);
const scenario = result.scenarios[0];
if (!scenario) {
  console.error(`${file} does not parse; run npm run lint:scenarios for the problems.`);
  process.exit(1);
}
// The linter reports unreachable nodes/endings and dead ends by path (`nodes.<id>`, `endings.<id>`).
const unreachable = new Set<string>();
const deadEnds = new Set<string>();
for (const p of result.problems) {
  const target = /^(?:nodes|endings)\.([^.[]+)$/.exec(p.path)?.[1];
  if (!target) continue;
  if (p.message.includes('never reached')) unreachable.add(target);
  else if (p.message.startsWith('dead end')) deadEnds.add(target);
}
const words = en as Record<string, string>;
const say = (key: string, vars: Record<string, string | number> = {}) =>
  (Object.hasOwn(words, key) ? (words[key] ?? key) : key).replace(/\{(\w+)\}/g, (m, k: string) =>
    Object.hasOwn(vars, k) ? String(vars[k]) : m,
  );
const graph = scenarioGraph(scenario, (outcome) => say(`player.outcome.${outcome}`));
const svg = renderMapSvg(layoutGraph(graph), mapLabelsWith(say, scenario.title), {
  unreachable,
  deadEnds,
}).replace('<defs>', `<style>${standaloneMapCss}</style><defs>`);
mkdirSync(outDir, { recursive: true });
const out = join(outDir, `${id}.svg`);
writeFileSync(out, svg);
console.log(
  `${out}: ${graph.nodes.length} boxes, ${graph.edges.length} arrows; ${unreachable.size} unreachable, ${deadEnds.size} dead end(s) marked.`,
);
