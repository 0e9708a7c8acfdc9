import type { Segment } from '../../search/snippet.ts';
import type { SearchResult } from '../../search/query.ts';
import type { DocType } from '../../search/types.ts';

/** UI strings the renderer needs, read from the page (keeps en.json out of the script bundle). */
export interface ResultStrings {
  types: Record<DocType, string>;
  /** "in {section}" */
  in: string;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Appends text segments, marked ones inside <mark>. Never uses innerHTML: content stays text. */
function appendSegments(parent: HTMLElement, segments: Segment[]): void {
  for (const s of segments) {
    parent.append(s.mark ? el('mark', '', s.text) : document.createTextNode(s.text));
  }
}

/** Fills `container` with one result: title, type, section and highlighted snippet. */
export function renderResult(
  container: HTMLElement,
  result: SearchResult,
  strings: ResultStrings,
): void {
  const head = el('span', 'result-head');
  head.append(el('span', 'result-title', result.title));
  head.append(el('span', 'result-type', strings.types[result.type]));
  container.append(head);
  if (result.section) {
    container.append(el('span', 'result-section', strings.in.replace('{section}', result.section)));
  }
  const snippet = el('span', 'result-snippet');
  appendSegments(snippet, result.snippet);
  container.append(snippet);
}

/** Every string the search UI shows, passed from the Astro component as `data-strings`. */
export interface SearchStrings extends ResultStrings {
  count: string;
  countOne: string;
  loading: string;
  error: string;
  noResults: string;
  seeAll: string;
}

/** Reads the strings a search component carries in its `data-strings` attribute. */
export function readStrings(node: HTMLElement): SearchStrings {
  return JSON.parse(node.dataset['strings'] ?? '{}') as SearchStrings;
}

/** "3 results" / "1 result". */
export function countText(strings: SearchStrings, count: number): string {
  return count === 1 ? strings.countOne : strings.count.replace('{count}', String(count));
}
