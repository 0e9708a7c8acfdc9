/**
 * French search: lunr-languages' own French stemmer (Snowball), stop-word list and accent folding,
 * run without lunr. lunr-languages' files are plugins that decorate a `lunr` object; they are given
 * a shim with the three members they call at load time, so the browser gets their code unchanged
 * (no port to keep in step) and not lunr itself. Imported only by French search (its own chunk).
 *
 * lunr-languages: Copyright 2014 Mihai Valentin, Snowball JavaScript library Copyright 2010
 * Oleg Mazko; Mozilla Public License 1.1 (node_modules/lunr-languages/LICENSE), used unmodified.
 */
import stemmerSupport from 'lunr-languages/lunr.stemmer.support.js';
import frenchPlugin from 'lunr-languages/lunr.fr.js';
import type { SearchLanguage } from './language.ts';

/** What lunr.fr.js leaves on the shim: string in, string out (lunr 1 style, no lunr.Token). */
interface FrenchPipeline {
  stemmer: (word: string) => string;
  accentFoldTerm: (word: string) => string;
}

/** The members of `lunr` that lunr.stemmer.support.js and lunr.fr.js use while loading. */
interface LunrShim {
  Pipeline: { registerFunction: () => void };
  generateStopWordFilter: (words: string[]) => (token: string) => string | undefined;
  fr?: FrenchPipeline;
}

let stopList: ReadonlySet<string> = new Set();
const shim: LunrShim = {
  // Registration serialises pipelines in lunr; nothing here is serialised.
  Pipeline: { registerFunction: () => undefined },
  generateStopWordFilter: (words) => {
    stopList = new Set(words);
    return (token) => (stopList.has(token) ? undefined : token);
  },
};
stemmerSupport(shim);
frenchPlugin(shim);
/** lunr.fr's functions, as lunr.fr.js left them on the shim. */
const pipeline: FrenchPipeline = shim.fr ?? missingFrench();

function missingFrench(): never {
  throw new Error('search: lunr-languages did not define lunr.fr');
}

/** lunr-languages' French accent folding ("préservation" → "preservation", "œ" → "oe"). */
export const foldAccents = (word: string): string => pipeline.accentFoldTerm(word);

/**
 * A lower-case French word's index form. Accents are folded before stemming, as lunr.fr's own
 * pipeline does: the index form then depends only on the letters, so a query typed without
 * accents ("donnees", "autorite", "securite") meets the accented text. Stemming after folding
 * would cut accented suffixes ("-ité", "-ées") that the unaccented query keeps, so "securite"
 * (stem "securit") would miss "sécurité" (stem "secur").
 */
export function frenchStem(word: string): string {
  return pipeline.stemmer(foldAccents(word));
}

/** lunr.fr's stop-word list ("de", "la", "à", "été"…), matched on the word as written. */
export function isFrenchStopWord(word: string): boolean {
  return stopList.has(word);
}

/** Not preceded by a letter or digit (`\b` ignores accented letters: "équipe"). */
const start = String.raw`(?<![\p{L}\p{N}])`;
/** Not followed by a letter or digit. */
const end = String.raw`(?![\p{L}\p{N}])`;

/** French: lunr-languages' stemmer and stop words, French article and list words and phrases. */
export const french: SearchLanguage = {
  code: 'fr',
  stem: frenchStem,
  isStopWord: isFrenchStopWord,
  articleWords: ['art', 'arts', 'article', 'articles'],
  listWords: ['et', 'ou', 'à', 'a'],
  phrases: [
    {
      // The English name stays beside the French one in the text ("… ou carrier-grade NAT").
      pattern: String.raw`${start}nat\s+de\s+niveau\s+op[ée]rateur${end}|${start}carrier[\s-]+grade[\s-]+nat${end}|${start}cg-?nat${end}`,
      token: 'cgnat',
    },
    // "entraide", "entraide judiciaire", "demande d'entraide" and the English acronym kept in
    // the French text ("MLA") all mean mutual legal assistance.
    {
      pattern: String.raw`${start}entra[iï]de(?:\s+judiciaire)?${end}|${start}mla${end}`,
      token: 'mla',
    },
    {
      pattern: String.raw`${start}[ée]quipes?\s+communes?\s+d['’]\s?enqu[êe]tes?${end}|${start}(?:ece|jits?)${end}`,
      token: 'jit',
    },
  ],
};
