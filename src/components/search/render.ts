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

/** The words the header search box shows its results with (they travel in the search index). */
export interface BoxStrings extends ResultStrings {
  count: string;
  countOne: string;
  noResults: string;
  seeAll: string;
  /** "Did you mean {query}?" — the lead-in before the suggested query. */
  didYouMean: string;
}

/** Every string the search page shows, passed from the page as `data-strings`. */
export interface SearchStrings extends BoxStrings {
  loading: string;
  error: string;
  /** "Show all {count} ({type})" for a group of results cut short. */
  showAll: string;
}

/** Reads the strings the search page carries in its `data-strings` attribute. */
export function readStrings(node: HTMLElement): SearchStrings {
  return JSON.parse(node.dataset['strings'] ?? '{}') as SearchStrings;
}

/** The box's strings from an index file's `ui` field, or null when any is missing or not text. */
export function boxStringsOf(value: unknown): BoxStrings | null {
  const isText = (o: unknown, keys: string[]): o is Record<string, string> =>
    typeof o === 'object' &&
    o !== null &&
    keys.every((k) => Object.hasOwn(o, k) && typeof (o as Record<string, unknown>)[k] === 'string');
  const types = ['module', 'section', 'glossary', 'template', 'scenario'];
  const keys = ['in', 'count', 'countOne', 'noResults', 'seeAll', 'didYouMean'];
  return isText(value, keys) && isText((value as { types?: unknown }).types, types)
    ? (value as unknown as BoxStrings)
    : null;
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
