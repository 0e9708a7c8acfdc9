import type { Segment } from '../../search/snippet.ts';
import type { SearchResult } from '../../search/query.ts';
import type { DocType } from '../../search/types.ts';
import { fill } from '../../i18n/fill.ts';

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

/**
 * Fills `container` with one result: title, type, section and highlighted snippet. The type is
 * set apart by a hidden ", " (and a gap on screen), the other parts by spaces, so an option's
 * accessible name (its text) reads "Preservation periods, Section in …", not "…periodsSection".
 */
export function renderResult(
  container: HTMLElement,
  result: SearchResult,
  strings: ResultStrings,
): void {
  const head = el('span', 'result-head');
  const type = el('span', 'result-type');
  type.append(el('span', 'visually-hidden', ', '), strings.types[result.type]);
  head.append(el('span', 'result-title', result.title), type);
  container.append(head);
  if (result.section) {
    container.append(
      ' ',
      el('span', 'result-section', fill(strings.in, { section: result.section })),
    );
  }
  const snippet = el('span', 'result-snippet');
  appendSegments(snippet, result.snippet);
  container.append(' ', snippet);
}

/**
 * Fills `container` with "Did you mean <a>preservation</a>?": the template is split around
 * `{query}` so the suggestion becomes a link to the search page for it.
 */
export function renderSuggestion(
  container: HTMLElement,
  template: string,
  suggestion: string,
  href: string,
): void {
  const [before = '', ...after] = template.split('{query}');
  const link = document.createElement('a');
  link.href = href;
  link.textContent = suggestion;
  container.replaceChildren(before, link, after.join(suggestion));
}

/** The strings the header search box shows, passed from SearchBox.astro as `data-strings`. */
export interface BoxStrings extends ResultStrings {
  count: string;
  countOne: string;
  error: string;
  noResults: string;
  seeAll: string;
  /** "Did you mean {query}?" — the lead-in before the suggested query. */
  didYouMean: string;
}

/** Every string the search page shows: the box's and its own. */
export interface SearchStrings extends BoxStrings {
  loading: string;
  /** "Show all {count} ({type})" for a group of results cut short. */
  showAll: string;
}

/** Reads the strings a search component carries in its `data-strings` attribute. */
export function readStrings<T extends BoxStrings = SearchStrings>(node: HTMLElement): T {
  return JSON.parse(node.dataset['strings'] ?? '{}') as T;
}

/**
 * Puts what the learner typed into a message ("Nothing found for "{query}"."). The query is
 * inserted as it is: `$&`, `` $` ``, `$'` and `$$` are text here, not replacement patterns.
 */
export function withQuery(template: string, query: string): string {
  return fill(template, { query });
}

/** "3 results" / "1 result". */
export function countText(strings: BoxStrings, count: number): string {
  return count === 1 ? strings.countOne : fill(strings.count, { count });
}
