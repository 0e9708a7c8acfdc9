import type { SearchLanguage } from './language.ts';

/** One index term found in a text, with the span it came from (for highlighting). */
export interface TextTerm {
  start: number;
  end: number;
  /** The index form: a stemmed word, or a canonical token such as `art29` or `cgnat`. */
  term: string;
  /** True for canonical tokens (article references, phrases), which consume their words in queries. */
  canonical: boolean;
}

/** Words: letters and digits, joined by "." or "/" inside ("coe.int", "24/7"); no hyphens, as lunr splits on them. */
const wordPattern = /[\p{L}\p{N}]+(?:[./][\p{L}\p{N}]+)*/gu;

/** Longest article range expanded to every number in it ("Arts 2–11" → art2 … art11). */
const maxRange = 30;

const articleCache = new WeakMap<SearchLanguage, RegExp>();
const wordCache = new WeakMap<SearchLanguage, Map<string, string | null>>();
/** Distinct words remembered per language (about 1 MB at 10x the course's vocabulary). */
const maxCachedWords = 20_000;

/**
 * A word's index form, or null for a stop word. Memoised: lunr's Porter stemmer runs a dozen
 * regular expressions per word, and snippets scan the same stored texts query after query.
 */
function indexForm(word: string, lang: SearchLanguage): string | null {
  let cache = wordCache.get(lang);
  if (!cache) {
    cache = new Map();
    wordCache.set(lang, cache);
  }
  let form = cache.get(word);
  if (form === undefined) {
    form = lang.isStopWord(word) ? null : lang.stem(word);
    if (cache.size >= maxCachedWords) cache.clear();
    cache.set(word, form);
  }
  return form;
}
const phraseCache = new WeakMap<SearchLanguage, RegExp[]>();

/** "Art. 29(3)", "article 29", "Arts 29 and 30", "Arts 2–11", "art29": one pattern per language. */
function articlePattern(lang: SearchLanguage): RegExp {
  let re = articleCache.get(lang);
  if (!re) {
    const words = lang.articleWords.join('|');
    // Not `\b` after a list word: it ignores accented letters, and French joins with "à".
    const joins = ['[,–—-]', ...lang.listWords.map((w) => `${w}(?![\\p{L}\\p{N}])`)].join('|');
    const num = String.raw`\d+[a-z]?(?:\s?\(\w{1,4}\))*`;
    re = new RegExp(
      String.raw`\b(?:${words})\b\.?\s*(${num}(?:\s*(?:${joins})\s*(?:${num}))*)`,
      'giu',
    );
    articleCache.set(lang, re);
  }
  re.lastIndex = 0;
  return re;
}

/** Turns the number list of an article reference into canonical tokens. */
function articleTokens(list: string): string[] {
  const tokens: string[] = [];
  // Drop paragraph numbers "(3)" so that "Art. 29(3)" and "Art. 29" meet on one token.
  const parts = list.replace(/\s?\(\w{1,4}\)/g, '').split(/([–—-])|[^\d–—-]+/u);
  let previous: number | undefined;
  let range = false;
  for (const part of parts) {
    if (part === undefined || part === '') continue;
    if (/^[–—-]$/u.test(part)) {
      range = true;
      continue;
    }
    const n = Number.parseInt(part, 10);
    if (Number.isNaN(n)) continue;
    if (range && previous !== undefined && n > previous && n - previous <= maxRange) {
      for (let i = previous + 1; i < n; i++) tokens.push(`art${i}`);
    }
    tokens.push(`art${n}`);
    previous = n;
    range = false;
  }
  return tokens;
}

/**
 * Every index term of a text, in order: each word (lower-cased, stemmed, stop words dropped) and,
 * on top, the canonical tokens of article references and known phrases. The same function runs at
 * index time, at query time and when highlighting snippets, so the three always agree.
 */
export function scanText(text: string, lang: SearchLanguage): TextTerm[] {
  const out: TextTerm[] = [];
  for (const m of text.matchAll(wordPattern)) {
    const word = m[0].toLowerCase();
    if (word.length === 1 && !/\d/.test(word)) continue;
    const term = indexForm(word, lang);
    if (term === null) continue;
    out.push({ start: m.index, end: m.index + m[0].length, term, canonical: false });
  }
  for (const m of text.matchAll(articlePattern(lang))) {
    for (const token of articleTokens(m[1] ?? '')) {
      out.push({ start: m.index, end: m.index + m[0].length, term: token, canonical: true });
    }
  }
  let phrases = phraseCache.get(lang);
  if (!phrases) {
    phrases = lang.phrases.map((p) => new RegExp(p.pattern, 'giu'));
    phraseCache.set(lang, phrases);
  }
  phrases.forEach((re, i) => {
    const token = lang.phrases[i]?.token ?? '';
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      out.push({ start: m.index, end: m.index + m[0].length, term: token, canonical: true });
    }
  });
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The distinct lower-case words of a text that `scanText` stems (for checking the pipeline). */
export function textWords(text: string, into: Set<string> = new Set()): Set<string> {
  for (const m of text.matchAll(wordPattern)) into.add(m[0].toLowerCase());
  return into;
}

/** The text as lunr should index it: index terms separated by spaces (lunr's own pipeline is empty). */
export function indexableText(text: string, lang: SearchLanguage): string {
  return scanText(text, lang)
    .map((t) => t.term)
    .join(' ');
}
