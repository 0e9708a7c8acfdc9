import { readFrenchCourse } from '../src/search/content-files.ts';
import { courseDocuments } from '../src/search/documents.ts';
import { buildSearchIndex } from '../src/search/build-index.ts';
import { french } from '../src/search/french.ts';
import { loadSearch, search } from '../src/search/query.ts';
import { gzipSync } from 'node:zlib';
const { sources, untranslated } = readFrenchCourse();
console.log('untranslated', untranslated);
const docs = courseDocuments(sources);
const t0 = performance.now();
const built = buildSearchIndex(docs, french);
console.log('docs', docs.length, 'build ms', Math.round(performance.now()-t0), 'gzip KB', (gzipSync(JSON.stringify(built.file)).length/1024).toFixed(1), 'shards', built.shards.length);
const loaded = loadSearch(built.file, french, built.shards);
for (const q of ['conservation rapide', 'double incrimination', 'preservation', 'entraide judiciaire', 'ECE', 'équipe commune d\'enquête', 'réseau 24/7', 'CGNAT', 'art. 29', 'donnees relatives aux abonnes', 'securite', 'delai', 'information spontanee', 'autorite centrale']) {
  const r = search(loaded, q, { limit: 3 });
  console.log('\n#', q); for (const x of r) console.log('  ', x.type, x.url, '|', x.title, x.matchedTerms + '/' + x.totalTerms);
}
