import type { SearchLanguage } from './language.ts';
import { scanText, type TextTerm } from './text.ts';

/** A piece of text; `mark` pieces are highlighted. */
export interface Segment {
  text: string;
  mark: boolean;
}

/** Finds the spans of `text` whose index terms are in `matched`, merged where they overlap. */
export function matchSpans(
  text: string,
  matched: Set<string>,
  lang: SearchLanguage,
  terms: TextTerm[] = scanText(text, lang),
): [number, number][] {
  const spans: [number, number][] = [];
  for (const t of terms) {
    if (!matched.has(t.term)) continue;
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
  spans.forEach(([start], i) => {
    let count = 0;
    for (let j = i; j < spans.length && (spans[j]?.[0] ?? Infinity) < start + length * 0.8; j++)
      count++;
    if (count > bestCount) {
      bestCount = count;
      best = start;
    }
  });
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
  const inside = spans
    .filter(([s, e]) => s >= from && e <= to)
    .map(([s, e]): [number, number] => [s - from, e - from]);
  const segments = highlight(text.slice(from, to), inside);
  if (from > 0) segments.unshift({ text: '… ', mark: false });
  if (to < text.length) segments.push({ text: ' …', mark: false });
  return segments;
}
