import type { SearchLanguage } from './language.ts';
import { scanText, type TextTerm } from './text.ts';

/** A piece of text; `mark` pieces are highlighted. */
export interface Segment {
  text: string;
  mark: boolean;
}

/** Where each index term occurs in a scan (positions in the scan), made once per scanned text. */
const positionsOf = new WeakMap<TextTerm[], Map<string, number[]>>();

function termPositions(terms: TextTerm[]): Map<string, number[]> {
  let at = positionsOf.get(terms);
  if (!at) {
    at = new Map();
    terms.forEach((t, i) => {
      const list = at?.get(t.term);
      if (list) list.push(i);
      else at?.set(t.term, [i]);
    });
    positionsOf.set(terms, at);
  }
  return at;
}

/**
 * The scan entries whose term is in `matched`, in scan order. A kept scan is looked up term by
 * term (a query matches a few terms; a text holds thousands), unless the query matched so many
 * terms (a short prefix) that walking the scan is cheaper.
 */
function matchedEntries(terms: TextTerm[], matched: Set<string>, kept: boolean): TextTerm[] {
  if (!kept || matched.size * 8 > terms.length) return terms.filter((t) => matched.has(t.term));
  const at = termPositions(terms);
  const hits: number[] = [];
  for (const term of matched) {
    const list = at.get(term);
    if (list) for (const i of list) hits.push(i);
  }
  hits.sort((a, b) => a - b);
  return hits.map((i) => terms[i] as TextTerm);
}

/** Finds the spans of `text` whose index terms are in `matched`, merged where they overlap. */
export function matchSpans(
  text: string,
  matched: Set<string>,
  lang: SearchLanguage,
  terms?: TextTerm[],
): [number, number][] {
  const spans: [number, number][] = [];
  const entries = matchedEntries(terms ?? scanText(text, lang), matched, terms !== undefined);
  for (let i = 0; i < entries.length; i++) {
    const t = entries[i] as TextTerm;
    const last = spans[spans.length - 1];
    if (last && t.start <= last[1]) last[1] = Math.max(last[1], t.end);
    else spans.push([t.start, t.end]);
  }
  return spans;
}

/** Splits `text` into plain and marked segments. */
export function highlight(text: string, spans: [number, number][]): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const [start, end] of spans) {
    if (start > at) out.push({ text: text.slice(at, start), mark: false });
    out.push({ text: text.slice(start, end), mark: true });
    at = end;
  }
  if (at < text.length) out.push({ text: text.slice(at), mark: false });
  return out;
}

/**
 * An extract of about `length` characters around the densest cluster of matches, cut at word
 * boundaries, with the matched words marked. Term positions are not stored in the index, so the
 * matches are found again here, with the same scanner that built the index. `terms` is the text's
 * scan when the caller keeps it (query.ts scans each stored text once per page, not per query).
 */
export function snippet(
  text: string,
  matched: Set<string>,
  lang: SearchLanguage,
  length = 160,
  terms?: TextTerm[],
): Segment[] {
  const spans = matchSpans(text, matched, lang, terms);
  let best = 0;
  let bestCount = 0;
  // The window starting at each span, in one pass: `j` only moves forward.
  const reach = length * 0.8;
  for (let i = 0, j = 0; i < spans.length; i++) {
    const start = (spans[i] as [number, number])[0];
    if (j < i) j = i;
    while (j < spans.length && (spans[j] as [number, number])[0] < start + reach) j++;
    if (j - i > bestCount) {
      bestCount = j - i;
      best = start;
    }
  }
  let from = Math.max(0, best - Math.floor(length / 4));
  if (from > 0) {
    const space = text.indexOf(' ', from);
    from = space === -1 || space > best ? from : space + 1;
  }
  let to = Math.min(text.length, from + length);
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space > from) to = space;
  }
  const inside: [number, number][] = [];
  for (const span of spans) {
    if (span[0] >= from && span[1] <= to) inside.push([span[0] - from, span[1] - from]);
  }
  const segments = highlight(text.slice(from, to), inside);
  if (from > 0) segments.unshift({ text: '… ', mark: false });
  if (to < text.length) segments.push({ text: ' …', mark: false });
  return segments;
}
