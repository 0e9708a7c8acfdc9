const lunr = require('lunr');
require('lunr-languages/lunr.stemmer.support.js')(lunr);
require('lunr-languages/lunr.fr.js')(lunr);
const fs = require('fs');
const fold = lunr.fr.accentFoldTerm;
const stem = (w) => lunr.fr.stemmer(w);
const words = new Set();
for (const f of fs.readdirSync('content/fr/modules')) {
  const t = fs.readFileSync('content/fr/modules/' + f, 'utf8');
  for (const m of t.matchAll(/[\p{L}\p{N}]+/gu)) words.add(m[0].toLowerCase());
}
let diff = 0, samples = [];
const after = new Map(), before = new Map();
for (const w of words) {
  const a = fold(stem(w)), b = stem(fold(w));
  const c = fold(stem(fold(w)));
  // does an unaccented query find the accented word under "after"?
  if (fold(w) !== w && a !== fold(stem(fold(w)))) { diff++; if (samples.length < 60) samples.push(`${w}: after=${a} unaccentedQuery=${fold(stem(fold(w)))} before=${b}`); }
  (after.get(a) ?? after.set(a, []).get(a)).push(w);
  (before.get(b) ?? before.set(b, []).get(b)).push(w);
}
console.log('words', words.size, 'accented words whose unaccented form stems differently', diff);
console.log(samples.join('\n'));
console.log('terms after', after.size, 'before', before.size);
for (const w of ['préservation','preservation','entraide','entraïde','délai','delai','conservation','conservées','conserver','conservé','données','donnee','sécurité','securite','judiciaire','enquête','enquete','réseau','reseau','incrimination','équipe','equipe','commune','rapide','rapides','fournisseur','fournisseurs','abonnés','abonnes','urgence','autorité','autorite','centrale']) console.log(w, stem(w), fold(stem(w)), stem(fold(w)), lunr.fr.stopWordFilter(w));
