import lunr from 'lunr';
import stemmerSupport from 'lunr-languages/lunr.stemmer.support.js';
import frenchPlugin from 'lunr-languages/lunr.fr.js';
import type { SearchLanguage } from './language.ts';

// lunr-languages on the real lunr, as its README loads it (build time only).
stemmerSupport(lunr);
frenchPlugin(lunr);
/** lunr.fr's pipeline functions (lunr-languages adds them to the lunr object). */
const lunrFr = (
  lunr as unknown as {
    fr: Record<'stemmer' | 'stopWordFilter' | 'accentFold', lunr.PipelineFunction>;
  }
).fr;

/** Runs one lunr pipeline function on a single word. */
function runOne(fn: lunr.PipelineFunction, word: string): string | undefined {
  const out: unknown = fn(new lunr.Token(word, {}), 0, []);
  if (out instanceof lunr.Token) return out.toString();
  return typeof out === 'string' ? out : undefined;
}

/** lunr's own pipeline per language code: the reference the shipped stemmers must agree with. */
const references: Record<
  string,
  { stem: (w: string) => string; isStopWord: (w: string) => boolean }
> = {
  en: {
    stem: (word) => runOne(lunr.stemmer, word) ?? word,
    isStopWord: (word) => runOne(lunr.stopWordFilter, word) === undefined,
  },
  // lunr.fr's pipeline order: stop words on the word as written, then accent folding, then stemming.
  fr: {
    stem: (word) => runOne(lunrFr.stemmer, runOne(lunrFr.accentFold, word) ?? word) ?? word,
    isStopWord: (word) => runOne(lunrFr.stopWordFilter, word) === undefined,
  },
};

const checked = new WeakMap<SearchLanguage, Set<string>>();

/**
 * Build-time guard: every word about to be indexed must get the same stem and stop-word verdict
 * from the language's (browser-side) functions as from lunr's pipeline. Throws on the first
 * difference, naming the word. Words already checked are skipped.
 */
export function checkAgainstLunr(words: Iterable<string>, lang: SearchLanguage): void {
  const reference = references[lang.code];
  if (!reference) return;
  let seen = checked.get(lang);
  if (!seen) {
    seen = new Set();
    checked.set(lang, seen);
  }
  for (const word of words) {
    if (seen.has(word)) continue;
    seen.add(word);
    const stop = reference.isStopWord(word);
    if (stop !== lang.isStopWord(word)) {
      throw new Error(`search: "${word}" is ${stop ? '' : 'not '}a stop word for lunr`);
    }
    const expected = reference.stem(word);
    const actual = lang.stem(word);
    if (!stop && expected !== actual) {
      throw new Error(
        `search: lunr stems "${word}" to "${expected}", the ${lang.code} stemmer to "${actual}"`,
      );
    }
  }
}
