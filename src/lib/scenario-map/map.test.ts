import { describe, expect, it } from 'vitest';
import { shippedScenarios } from '../../engine/__fixtures__/shipped.ts';
import { exitsOf, graphProblems, runEdges, scenarioGraph, type ScenarioGraph } from './graph.ts';
import { layoutGraph, wrapTitle } from './layout.ts';
import { renderMapSvg, type MapLabels } from './render.ts';

const labels: MapLabels = {
  title: 'Map',
  description: 'A map',
  start: 'Start',
  success: 'Success',
  partial: 'Partial success',
  failure: 'Failure',
  unreachable: 'Never reached',
  deadEnd: 'Dead end',
  teams: (n) => `${n} teams`,
};

/** The graph as sorted lists, for comparing structures. */
function shape(graph: ScenarioGraph) {
  return {
    nodes: graph.nodes.map((n) => n.id).sort(),
    edges: graph.edges.map((e) => e.key).sort(),
  };
}

describe('scenario map', () => {
  for (const scenario of shippedScenarios()) {
    describe(scenario.id, () => {
      const graph = scenarioGraph(scenario, (o) => `words for ${o}`);

      it('has one box per node and ending and one arrow per linked pair', () => {
        const expectedEdges = new Set<string>();
        for (const [id, node] of Object.entries(scenario.nodes))
          for (const exit of exitsOf(node)) expectedEdges.add(`${id}->${exit.next}`);
        expect(shape(graph)).toEqual({
          nodes: [...Object.keys(scenario.nodes), ...Object.keys(scenario.endings)].sort(),
          edges: [...expectedEdges].sort(),
        });
      });

      it('shows words, never outcome ids, on draft arrows', () => {
        for (const edge of graph.edges)
          for (const option of edge.options) expect(option).not.toMatch(/^[a-z]+(-[a-z]+)+$/);
      });

      it('lays every box out inside the picture, without overlaps', () => {
        const layout = layoutGraph(graph);
        for (const n of layout.nodes) {
          expect(n.x - n.width / 2).toBeGreaterThanOrEqual(0);
          expect(n.x + n.width / 2).toBeLessThanOrEqual(layout.width);
          expect(n.y + n.height / 2).toBeLessThanOrEqual(layout.height);
        }
        for (const a of layout.nodes)
          for (const b of layout.nodes) {
            if (a === b) continue;
            const apart =
              Math.abs(a.x - b.x) >= (a.width + b.width) / 2 ||
              Math.abs(a.y - b.y) >= (a.height + b.height) / 2;
            expect(apart, `${a.id} overlaps ${b.id}`).toBe(true);
          }
        for (const e of layout.edges) expect(e.points.length).toBeGreaterThanOrEqual(2);
      });

      it('has no problems to mark in a shipped scenario', () => {
        const problems = graphProblems(graph);
        expect([...problems.unreachable, ...problems.deadEnds]).toEqual([]);
      });
    });
  }

  it('marks boxes no path reaches and boxes with no way to an ending', () => {
    const graph: ScenarioGraph = {
      nodes: [
        { id: 'a', title: 'A', kind: 'decision', start: true, ways: 2 },
        { id: 'b', title: 'B', kind: 'decision', start: false, ways: 1 },
        { id: 'c', title: 'C', kind: 'decision', start: false, ways: 1 },
        { id: 'end', title: 'End', kind: 'ending', verdict: 'success', start: false, ways: 0 },
      ],
      edges: [
        { key: 'a->end', from: 'a', to: 'end', options: ['x'] },
        { key: 'a->b', from: 'a', to: 'b', options: ['y'] },
        { key: 'b->b', from: 'b', to: 'b', options: ['wait'] },
        { key: 'c->end', from: 'c', to: 'end', options: ['z'] },
      ],
    };
    const problems = graphProblems(graph);
    expect([...problems.unreachable]).toEqual(['c']);
    expect([...problems.deadEnds]).toEqual(['b']);
    const svg = renderMapSvg(layoutGraph(graph), labels, problems);
    expect(svg).toContain('Never reached');
    expect(svg).toContain('Dead end');
  });

  it('draws the room on the map: team counts on arrows, the recommended path marked', () => {
    const scenario = shippedScenarios()[0];
    if (!scenario) throw new Error('no scenario');
    const graph = scenarioGraph(scenario, (o) => o);
    const first = graph.edges[0];
    if (!first) throw new Error('no edge');
    const svg = renderMapSvg(layoutGraph(graph), labels, {
      counts: new Map([[first.key, 3]]),
      best: new Set([first.key]),
    });
    expect(svg).toContain('<title>3 teams</title>');
    expect(svg.match(/class="map-edge map-best/g)).toHaveLength(1);
    expect(svg.match(/class="map-node /g)).toHaveLength(graph.nodes.length);
    expect(svg).toMatch(/role="img"/);
  });

  it('turns a run into the arrows it took', () => {
    expect([...runEdges(['a', 'b', 'b', 'c'], 'end')]).toEqual(['a->b', 'b->c', 'c->end']);
    expect([...runEdges([], null)]).toEqual([]);
  });

  it('escapes titles and wraps them', () => {
    const svg = renderMapSvg(
      layoutGraph({
        nodes: [{ id: 'a', title: 'Tom & <Jerry>', kind: 'decision', start: true, ways: 0 }],
        edges: [],
      }),
      labels,
    );
    expect(svg).toContain('Tom &amp; &lt;Jerry&gt;');
    expect(wrapTitle('one two three four five six seven eight nine ten eleven', 10, 3)).toEqual([
      'one two',
      'three four',
      'five six…',
    ]);
  });
});
