import type { Scenario } from '../../schemas/scenario.ts';
import type { ScenarioNode } from '../../schemas/node.ts';
import { kindOf, type Exit } from '../../engine/runtime.ts';

/** What a box on the scenario map stands for. */
export type MapNodeKind = 'decision' | 'ending';

/** One box of the scenario map: a node (decision point) or an ending. */
export interface MapNode {
  id: string;
  /** The node's or ending's title, as authors wrote it. */
  title: string;
  kind: MapNodeKind;
  /** Endings only: how good the ending is. */
  verdict?: 'success' | 'partial' | 'failure';
  /** The scenario's first node. */
  start: boolean;
  /** How many ways out the trainee has here (options, outcome classes). */
  ways: number;
}

/** One arrow of the map; parallel options between the same two boxes share one arrow. */
export interface MapEdge {
  /** `from->to`, stable: the dashboard counts teams per edge with it. */
  key: string;
  from: string;
  to: string;
  /** Labels of the options (or draft outcomes) that take this arrow, in file order. */
  options: string[];
}

/** The scenario as a graph of boxes and arrows. */
export interface ScenarioGraph {
  nodes: MapNode[];
  edges: MapEdge[];
}

/** Every way out of a node, whatever its interaction kind (the kind module lists them). */
export function exitsOf(node: ScenarioNode): Exit[] {
  return kindOf(node.interaction).exits(node.interaction);
}

/** Edge key between two boxes. */
export function edgeKey(from: string, to: string): string {
  return `${from}->${to}`;
}

/**
 * The scenario's graph: one box per node and ending, one arrow per pair of boxes that an option
 * links. `outcomeLabel` turns a draft outcome class into words (the map never shows ids).
 */
export function scenarioGraph(
  scenario: Scenario,
  outcomeLabel: (outcome: string) => string,
): ScenarioGraph {
  const nodes: MapNode[] = [];
  const edges = new Map<string, MapEdge>();
  for (const [id, node] of Object.entries(scenario.nodes)) {
    const exits = exitsOf(node);
    nodes.push({
      id,
      title: node.title,
      kind: 'decision',
      start: id === scenario.start,
      ways: exits.length,
    });
    for (const exit of exits) {
      const key = edgeKey(id, exit.next);
      const label = exit.outcome === undefined ? exit.label : outcomeLabel(exit.outcome);
      const edge = edges.get(key);
      if (edge) edge.options.push(label);
      else edges.set(key, { key, from: id, to: exit.next, options: [label] });
    }
  }
  for (const [id, ending] of Object.entries(scenario.endings)) {
    nodes.push({
      id,
      title: ending.title,
      kind: 'ending',
      verdict: ending.verdict,
      start: false,
      ways: 0,
    });
  }
  return { nodes, edges: [...edges.values()] };
}

/** Boxes no path from the start reaches, and decision boxes from which no ending can be reached. */
export function graphProblems(graph: ScenarioGraph): {
  unreachable: Set<string>;
  deadEnds: Set<string>;
} {
  const out = new Map<string, string[]>();
  const into = new Map<string, string[]>();
  for (const e of graph.edges) {
    out.set(e.from, [...(out.get(e.from) ?? []), e.to]);
    into.set(e.to, [...(into.get(e.to) ?? []), e.from]);
  }
  const reach = (starts: string[], next: Map<string, string[]>) => {
    const seen = new Set(starts);
    const queue = [...starts];
    for (let id = queue.shift(); id !== undefined; id = queue.shift())
      for (const n of next.get(id) ?? [])
        if (!seen.has(n)) {
          seen.add(n);
          queue.push(n);
        }
    return seen;
  };
  const fromStart = reach(
    graph.nodes.filter((n) => n.start).map((n) => n.id),
    out,
  );
  const toEnding = reach(
    graph.nodes.filter((n) => n.kind === 'ending').map((n) => n.id),
    into,
  );
  const unreachable = new Set(graph.nodes.filter((n) => !fromStart.has(n.id)).map((n) => n.id));
  const deadEnds = new Set(
    graph.nodes.filter((n) => n.kind === 'decision' && !toEnding.has(n.id)).map((n) => n.id),
  );
  return { unreachable, deadEnds };
}

/** The arrows a run took: from each decision's node to the next, and from the last to its ending. */
export function runEdges(nodes: readonly string[], ending: string | null | undefined): Set<string> {
  const stops = ending ? [...nodes, ending] : [...nodes];
  const keys = new Set<string>();
  for (let i = 1; i < stops.length; i++) {
    const from = stops[i - 1];
    const to = stops[i];
    if (from !== undefined && to !== undefined && from !== to) keys.add(edgeKey(from, to));
  }
  return keys;
}
