import dagre, { type EdgeLabel, type GraphLabel, type NodeLabel } from '@dagrejs/dagre';
import type { MapEdge, MapNode, ScenarioGraph } from './graph.ts';

/** A box placed on the map (centre, size) with its title broken into lines. */
export interface PlacedNode extends MapNode {
  x: number;
  y: number;
  width: number;
  height: number;
  lines: string[];
}

/** An arrow placed on the map: the points of its polyline. */
export interface PlacedEdge extends MapEdge {
  points: Array<{ x: number; y: number }>;
  /** An option that stays on the same decision point (e.g. "check again later"): drawn as a loop. */
  loop: boolean;
}

/** The laid-out map, ready to draw. */
export interface MapLayout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
}

/** Characters per line of a box title; longer titles wrap (at most three lines, then "…"). */
const CHARS_PER_LINE = 22;
const MAX_LINES = 3;
/** Approximate width of one character at the map's font size (px), for box sizes. */
const CHAR_WIDTH = 7.2;
const LINE_HEIGHT = 16;
const PADDING_X = 12;
const PADDING_Y = 10;
const MARGIN = 16;
/** Room on a box's right for the loop of an option that stays on that box. */
const LOOP_ROOM = 30;

/** Keeps an x coordinate on a box (a little inside its corners). */
function clampTo(x: number, box: { x: number; width: number }): number {
  const inset = 6;
  return Math.min(Math.max(x, box.x - box.width / 2 + inset), box.x + box.width / 2 - inset);
}

/** Breaks a title into short lines at spaces. */
export function wrapTitle(title: string, width = CHARS_PER_LINE, max = MAX_LINES): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of title.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length > max) return [...lines.slice(0, max - 1), `${lines[max - 1]}…`];
  return lines;
}

/**
 * Lays the graph out top to bottom with dagre (a maintained layered-graph layout). Runs at build
 * time only: the browser receives coordinates, never the layout code.
 */
export function layoutGraph(graph: ScenarioGraph): MapLayout {
  const g = new dagre.graphlib.Graph<GraphLabel, NodeLabel, EdgeLabel>({ multigraph: false });
  g.setGraph({
    rankdir: 'TB',
    nodesep: 24,
    ranksep: 44,
    edgesep: 12,
    marginx: MARGIN,
    marginy: MARGIN,
  });
  g.setDefaultEdgeLabel(() => ({}));
  const lines = new Map<string, string[]>();
  const loops = new Set(graph.edges.filter((e) => e.from === e.to).map((e) => e.from));
  for (const node of graph.nodes) {
    const wrapped = wrapTitle(node.title);
    lines.set(node.id, wrapped);
    const longest = Math.max(...wrapped.map((l) => l.length), 4);
    g.setNode(node.id, {
      width:
        Math.round(longest * CHAR_WIDTH + 2 * PADDING_X) + (loops.has(node.id) ? LOOP_ROOM : 0),
      // Endings and the start carry one more line (their verdict, "Start").
      height:
        (wrapped.length + (node.kind === 'ending' || node.start ? 1 : 0)) * LINE_HEIGHT +
        2 * PADDING_Y,
    });
  }
  for (const edge of graph.edges)
    if (edge.from !== edge.to) g.setEdge(edge.from, edge.to, { weight: edge.options.length });
  dagre.layout(g);
  const nodes = graph.nodes.map((node) => {
    const placed = g.node(node.id);
    const room = loops.has(node.id) ? LOOP_ROOM : 0;
    return {
      ...node,
      // dagre.layout() has placed every node: x and y are set from here on.
      x: (placed.x ?? 0) - room / 2,
      y: placed.y ?? 0,
      width: placed.width - room,
      height: placed.height,
      lines: lines.get(node.id) ?? [node.title],
    };
  });
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const edges = graph.edges.map((edge) => {
    const box = byId.get(edge.from);
    if (edge.from === edge.to && box) {
      // A loop: out of the box's right side, around, and back in a little lower.
      const right = box.x + box.width / 2;
      const top = box.y - box.height / 4;
      const bottom = box.y + box.height / 4;
      const out = right + LOOP_ROOM - 6;
      const points = [
        { x: right, y: top },
        { x: out, y: top },
        { x: out, y: bottom },
        { x: right, y: bottom },
      ];
      return { ...edge, points, loop: true };
    }
    const points = (g.edge(edge.from, edge.to)?.points ?? []).map((p) => ({
      x: Math.round(p.x * 10) / 10,
      y: Math.round(p.y * 10) / 10,
    }));
    // Boxes with a loop gave dagre extra room on their right: keep the arrow's ends on the box.
    const first = points[0];
    const last = points[points.length - 1];
    if (first && box) first.x = clampTo(first.x, box);
    const target = byId.get(edge.to);
    if (last && target) last.x = clampTo(last.x, target);
    // Repeated points make a zero-length last segment, which leaves the arrowhead without a direction.
    const distinct = points.filter(
      (p, i) => i === 0 || p.x !== points[i - 1]?.x || p.y !== points[i - 1]?.y,
    );
    return { ...edge, points: distinct, loop: false };
  });
  const size = g.graph();
  return { width: Math.ceil(size.width ?? 0), height: Math.ceil(size.height ?? 0), nodes, edges };
}
