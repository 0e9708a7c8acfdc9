import { allowedEdits, distances } from './fuzzy.ts';
import { scanText, type TextTerm } from './text.ts';
import type { Clause } from './expand.ts';
import type { LoadedSearch } from './loaded.ts';
import type { QueryTerm } from './parse.ts';
import type { Hit } from './rank.ts';

/** Results whose text is searched for the spelling of a corrected word. */
const lookIn = 5;

/**
 * The spelling of index term(s) `wanted` closest to what was typed, as it appears in the title or
 * stored text of the best results (the index holds stems, "preserv", which must never be shown).
 */
function spelling(
  loaded: LoadedSearch,
  hits: Hit[],
  wanted: Set<string>,
  typed: string,
): { word: string; edits: number } | undefined {
  let best: { word: string; edits: number } | undefined;
  // A word occurs many times in a text: its distance to what was typed is computed once.
  const editsOf = new Map<string, number>();
  for (const { ref } of hits.slice(0, lookIn)) {
    const doc = loaded.docs[ref];
    if (!doc) continue;
    const stored = loaded.texts[ref];
    const title = (loaded.titleScans[ref] ??= scanText(doc[1], loaded.lang));
    const scans: [string, TextTerm[]][] = [[doc[1], title]];
    // The stored text only once its shard is here (its scan is cached for the snippet too).
    if (stored !== undefined) {
      scans.push([stored, (loaded.scans[ref] ??= scanText(stored, loaded.lang))]);
    }
    for (const [text, terms] of scans) {
      for (const t of terms) {
        if (t.canonical || !wanted.has(t.term)) continue;
        const word = text.slice(t.start, t.end);
        const lower = word.toLowerCase();
        let edits = editsOf.get(lower);
        if (edits === undefined) {
          edits = distances(lower, typed, Infinity).whole;
          editsOf.set(lower, edits);
        }
        if (!best || edits < best.edits) best = { word, edits };
      }
    }
  }
  if (!best) return undefined;
  // Keep acronyms as written in the course ("CGNAT"); other words follow the learner's lower case.
  const word = best.word === best.word.toUpperCase() ? best.word : best.word.toLowerCase();
  return { word, edits: best.edits };
}

/**
 * "Did you mean …": the query with every word that matched only through typo tolerance replaced
 * by the course's own spelling of the term it was taken for. Undefined when no word needed it.
 * Once one word is corrected, a word that matched through its stem but is spelled a little
 * differently everywhere in the best results ("assistence", stem "assist") is respelled too.
 */
export function suggestion(
  loaded: LoadedSearch,
  query: string,
  terms: QueryTerm[],
  clauses: Clause[],
  hits: Hit[],
): string | undefined {
  if (!clauses.some((c) => c.kind === 'fuzzy' && c.expands.length > 0)) return undefined;
  const fixes: { start: number; end: number; word: string }[] = [];
  terms.forEach((q, of) => {
    if (!q.word || q.start === undefined || q.end === undefined) return;
    const fuzzy = clauses.find((c) => c.of === of && c.kind === 'fuzzy' && c.expands.length > 0);
    const exact = clauses.find((c) => c.of === of && c.kind === 'exact' && c.expands.length > 0);
    const expands = fuzzy?.expands ?? exact?.expands;
    if (!expands) return;
    const wanted = new Set(expands.map((t) => loaded.index.terms[t] ?? ''));
    const mine = hits.filter(({ ref }) =>
      expands.some((t) => loaded.index.cache[t]?.docs.includes(ref)),
    );
    const found = spelling(loaded, mine, wanted, q.word);
    if (!found || found.word.toLowerCase() === q.word) return;
    if (!fuzzy && found.edits > allowedEdits(q.word)) return;
    fixes.push({ start: q.start, end: q.end, word: found.word });
  });
  if (fixes.length === 0) return undefined;
  let out = query;
  for (const f of fixes.sort((a, b) => b.start - a.start)) {
    out = out.slice(0, f.start) + f.word + out.slice(f.end);
  }
  return out.trim();
}
