import { readFrenchCourse, readCourse } from '../src/search/content-files.ts';
import { courseDocuments } from '../src/search/documents.ts';
import { buildSearchIndex } from '../src/search/build-index.ts';
import { french } from '../src/search/french.ts';
import { english } from '../src/search/language.ts';
import { loadSearch, search } from '../src/search/query.ts';
const fr = loadSearch(buildSearchIndex(courseDocuments(readFrenchCourse().sources), french).file, french);
const en = loadSearch(buildSearchIndex(courseDocuments(readCourse()), english).file, english);
for (const [l, q] of [[fr,'conservation rapide'],[en,'expedited preservation'],[fr,'double incrimination'],[en,'dual criminality']] as const) {
  console.log('\n#', q); for (const x of search(l, q, { limit: 40 }).filter(r=>r.type==='section').slice(0,6)) console.log('  ', x.url, '|', x.title, x.matchedTerms, x.score.toFixed(2));
}
