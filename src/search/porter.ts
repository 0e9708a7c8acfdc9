/**
 * lunr 2.3.9's English pipeline functions (Porter stemmer and stop-word list), ported to
 * TypeScript so that the browser's search chunk does not carry the whole of lunr (a UMD file that
 * cannot be tree-shaken) for two functions. The build checks every indexed word against lunr's
 * own stemmer and stop-word filter (lunr-check.ts), so the two can never disagree silently.
 *
 * Porter stemmer and stop words: lunr.js, Copyright (C) 2020 Oliver Nightingale, MIT licence.
 */

const step2list: Record<string, string> = {
  ational: 'ate',
  tional: 'tion',
  enci: 'ence',
  anci: 'ance',
  izer: 'ize',
  bli: 'ble',
  alli: 'al',
  entli: 'ent',
  eli: 'e',
  ousli: 'ous',
  ization: 'ize',
  ation: 'ate',
  ator: 'ate',
  alism: 'al',
  iveness: 'ive',
  fulness: 'ful',
  ousness: 'ous',
  aliti: 'al',
  iviti: 'ive',
  biliti: 'ble',
  logi: 'log',
};

const step3list: Record<string, string> = {
  icate: 'ic',
  ative: '',
  alize: 'al',
  iciti: 'ic',
  ical: 'ic',
  ful: '',
  ness: '',
};

const c = '[^aeiou]'; // consonant
const v = '[aeiouy]'; // vowel
const C = c + '[^aeiouy]*'; // consonant sequence
const V = v + '[aeiou]*'; // vowel sequence

const reMgr0 = new RegExp('^(' + C + ')?' + V + C); // [C]VC... is m>0
const reMeq1 = new RegExp('^(' + C + ')?' + V + C + '(' + V + ')?$'); // [C]VC[V] is m=1
const reMgr1 = new RegExp('^(' + C + ')?' + V + C + V + C); // [C]VCVC... is m>1
const reSv = new RegExp('^(' + C + ')?' + v); // vowel in stem

const re1a = /^(.+?)(ss|i)es$/;
const re21a = /^(.+?)([^s])s$/;
const re1b = /^(.+?)eed$/;
const re21b = /^(.+?)(ed|ing)$/;
const re1b2 = /.$/;
const re21b2 = /(at|bl|iz)$/;
const re31b2 = new RegExp('([^aeiouylsz])\\1$');
const re41b2 = new RegExp('^' + C + v + '[^aeiouwxy]$');
const re1c = /^(.+?[^aeiou])y$/;
const re2 =
  /^(.+?)(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)$/;
const re3 = /^(.+?)(icate|ative|alize|iciti|ical|ful|ness)$/;
const re4 = /^(.+?)(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou|ism|ate|iti|ous|ive|ize)$/;
const re24 = /^(.+?)(s|t)(ion)$/;
const re5 = /^(.+?)e$/;
const re51 = /ll$/;
const re35 = new RegExp('^' + C + v + '[^aeiouwxy]$');

/** lunr.stemmer on one lower-case word. */
export function porterStem(word: string): string {
  let w = word;
  if (w.length < 3) return w;
  const firstch = w.slice(0, 1);
  if (firstch === 'y') w = firstch.toUpperCase() + w.slice(1);

  // Step 1a
  if (re1a.test(w)) w = w.replace(re1a, '$1$2');
  else if (re21a.test(w)) w = w.replace(re21a, '$1$2');

  // Step 1b
  let fp = re1b.exec(w);
  if (fp) {
    if (reMgr0.test(fp[1] ?? '')) w = w.replace(re1b2, '');
  } else if ((fp = re21b.exec(w))) {
    const stem = fp[1] ?? '';
    if (reSv.test(stem)) {
      w = stem;
      if (re21b2.test(w)) w = w + 'e';
      else if (re31b2.test(w)) w = w.replace(re1b2, '');
      else if (re41b2.test(w)) w = w + 'e';
    }
  }

  // Step 1c: suffix y by i after a consonant that is not the first letter (cry -> cri, by -> by).
  if ((fp = re1c.exec(w))) w = (fp[1] ?? '') + 'i';

  // Step 2
  if ((fp = re2.exec(w))) {
    const stem = fp[1] ?? '';
    if (reMgr0.test(stem)) w = stem + (step2list[fp[2] ?? ''] ?? '');
  }

  // Step 3
  if ((fp = re3.exec(w))) {
    const stem = fp[1] ?? '';
    if (reMgr0.test(stem)) w = stem + (step3list[fp[2] ?? ''] ?? '');
  }

  // Step 4
  if ((fp = re4.exec(w))) {
    const stem = fp[1] ?? '';
    if (reMgr1.test(stem)) w = stem;
  } else if ((fp = re24.exec(w))) {
    const stem = (fp[1] ?? '') + (fp[2] ?? '');
    if (reMgr1.test(stem)) w = stem;
  }

  // Step 5
  if ((fp = re5.exec(w))) {
    const stem = fp[1] ?? '';
    if (reMgr1.test(stem) || (reMeq1.test(stem) && !re35.test(stem))) w = stem;
  }
  if (re51.test(w) && reMgr1.test(w)) w = w.replace(re1b2, '');

  // Turn an initial Y back to y.
  if (firstch === 'y') w = firstch.toLowerCase() + w.slice(1);
  return w;
}

/** lunr.stopWordFilter's English list. */
export const stopWords: ReadonlySet<string> = new Set(
  'a able about across after all almost also am among an and any are as at be because been but by can cannot could dear did do does either else ever every for from get got had has have he her hers him his how however i if in into is it its just least let like likely may me might most must my neither no nor not of off often on only or other our own rather said say says she should since so some than that the their them then there these they this tis to too twas us wants was we were what when where which while who whom why will with would yet you your '
    .trim()
    .split(' '),
);
