import { gzipSync } from 'node:zlib';
import { readFrenchCourse, readCourse } from '../src/search/content-files.ts';
import { courseDocuments } from '../src/search/documents.ts';
import { buildSearchIndex } from '../src/search/build-index.ts';
import { french } from '../src/search/french.ts';
import { english } from '../src/search/language.ts';
const gz = (x: unknown) => (gzipSync(JSON.stringify(x)).length / 1024).toFixed(1);
const fr = readFrenchCourse().sources, en = readCourse();
for (const [name, src, lang] of [['fr', fr, french], ['en', en, english]] as const) {
  for (const subset of ['all', 'modules+scenarios'] as const) {
    const s = subset === 'all' ? src : { ...src, glossary: [], templates: [] };
    const b = buildSearchIndex(courseDocuments(s), lang);
    console.log(name, subset, 'terms', b.file.index.terms.length ?? '', 'gzip', gz(b.file));
  }
}
