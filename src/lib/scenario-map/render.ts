import type { MapLayout, PlacedEdge, PlacedNode } from './layout.ts';

/** Words the map shows, from the UI dictionary of the page's language. */
export interface MapLabels {
  /** Accessible name of the picture. */
  title: string;
  /** One-sentence description of what the picture shows. */
  description: string;
  start: string;
  success: string;
  partial: string;
  failure: string;
  unreachable: string;
  deadEnd: string;
  /** `{count}` teams took this arrow. */
  teams: (count: number) => string;
}

/** What a dashboard or an author view draws on top of the bare map. */
export interface MapOverlay {
  /** Teams per edge key (`from->to`). */
  counts?: ReadonlyMap<string, number>;
  /** Edge keys of the recommended path. */
  best?: ReadonlySet<string>;
  /** Node ids the linter reports as unreachable. */
  unreachable?: ReadonlySet<string>;
  /** Node ids the linter reports as dead ends. */
  deadEnds?: ReadonlySet<string>;
}

const LINE_HEIGHT = 16;

/** Escapes text for SVG/XML. */
function esc(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

function nodeClass(node: PlacedNode, overlay: MapOverlay): string {
  const classes = [
    'map-node',
    node.kind === 'ending' ? `map-${node.verdict ?? 'partial'}` : 'map-decision',
  ];
  if (node.start) classes.push('map-start');
  if (overlay.unreachable?.has(node.id) || overlay.deadEnds?.has(node.id))
    classes.push('map-problem');
  return classes.join(' ');
}

function nodeSvg(node: PlacedNode, labels: MapLabels, overlay: MapOverlay): string {
  const notes: string[] = [];
  if (node.start) notes.push(labels.start);
  if (node.kind === 'ending' && node.verdict) notes.push(labels[node.verdict]);
  if (overlay.unreachable?.has(node.id)) notes.push(labels.unreachable);
  if (overlay.deadEnds?.has(node.id)) notes.push(labels.deadEnd);
  const lines = [...node.lines, ...(notes.length > 0 ? [notes.join(' · ')] : [])];
  const x = node.x - node.width / 2;
  const height = Math.max(node.height, lines.length * LINE_HEIGHT + 20);
  const y = node.y - height / 2;
  const firstBaseline = node.y - ((lines.length - 1) * LINE_HEIGHT) / 2 + 5;
  const text = lines
    .map((line, i) => {
      const note = i >= node.lines.length ? ' class="map-note"' : '';
      return `<tspan x="${node.x}" y="${firstBaseline + i * LINE_HEIGHT}"${note}>${esc(line)}</tspan>`;
    })
    .join('');
  const rx = node.kind === 'ending' ? 14 : 4;
  return `<g class="${nodeClass(node, overlay)}"><rect x="${x}" y="${y}" width="${node.width}" height="${height}" rx="${rx}"/><text text-anchor="middle">${text}</text></g>`;
}

function edgeSvg(edge: PlacedEdge, labels: MapLabels, overlay: MapOverlay): string {
  if (edge.points.length === 0) return '';
  const d = edge.points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x} ${p.y}`).join(' ');
  const count = overlay.counts?.get(edge.key) ?? 0;
  const best = overlay.best?.has(edge.key) ?? false;
  const classes = ['map-edge', best ? 'map-best' : '', count > 0 ? 'map-taken' : ''].filter(
    Boolean,
  );
  const width = count > 0 ? Math.min(2 + count, 9) : undefined;
  let out = `<path class="${classes.join(' ')}" d="${d}"${width ? ` stroke-width="${width}"` : ''} marker-end="url(#map-arrow)"/>`;
  if (count > 0) {
    const mid = edge.points[Math.floor(edge.points.length / 2)] ?? edge.points[0];
    if (mid)
      out += `<g class="map-count"><title>${esc(labels.teams(count))}</title><circle cx="${mid.x}" cy="${mid.y}" r="11"/><text x="${mid.x}" y="${mid.y + 4}" text-anchor="middle">${count}</text></g>`;
  }
  return out;
}

/** The map as an SVG string (no script, no inline style: colours come from the page's CSS classes). */
export function renderMapSvg(
  layout: MapLayout,
  labels: MapLabels,
  overlay: MapOverlay = {},
  idPrefix = 'map',
): string {
  const titleId = `${idPrefix}-title`;
  const descId = `${idPrefix}-desc`;
  const edges = layout.edges.map((e) => edgeSvg(e, labels, overlay)).join('');
  const nodes = layout.nodes.map((n) => nodeSvg(n, labels, overlay)).join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="scenario-map" role="img" viewBox="0 0 ${layout.width} ${layout.height}" width="${layout.width}" height="${layout.height}" aria-labelledby="${titleId} ${descId}">` +
    `<title id="${titleId}">${esc(labels.title)}</title><desc id="${descId}">${esc(labels.description)}</desc>` +
    `<defs><marker id="map-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="9" markerHeight="9" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" class="map-arrowhead"/></marker></defs>` +
    `<g class="map-edges">${edges}</g><g class="map-nodes">${nodes}</g></svg>`
  );
}

/** Stand-alone stylesheet for SVG files written outside the site (`npm run scenario:map`). */
export const standaloneMapCss = `
.scenario-map{font:13px system-ui,sans-serif;background:#fff}
.map-node rect{fill:#fff;stroke:#4a5565;stroke-width:1.5}
.map-node text{fill:#1c2430}
.map-note{font-style:italic;fill:#4a5565}
.map-start rect{stroke:#1d4f91;stroke-width:3}
.map-success rect{fill:#e3f3e8;stroke:#1e6b3a}
.map-partial rect{fill:#fdf0dc;stroke:#8a4b00}
.map-failure rect{fill:#fbe6e6;stroke:#a61b1b}
.map-problem rect{stroke:#c2410c;stroke-width:3;stroke-dasharray:6 3}
.map-edge{fill:none;stroke:#8a93a0;stroke-width:1.5}
.map-best{stroke:#1e6b3a;stroke-width:3;stroke-dasharray:8 4}
.map-taken{stroke:#1d4f91}
.map-arrowhead{fill:#8a93a0}
.map-count circle{fill:#1d4f91}.map-count text{fill:#fff;font-weight:700}
`;
