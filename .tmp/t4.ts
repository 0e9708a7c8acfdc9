import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
for (const p of ['dist-bench/search-index.json', 'dist-bench/fr/search-index.json']) {
  const f = JSON.parse(readFileSync(p, 'utf8'));
  const gz = (x: unknown) => (gzipSync(JSON.stringify(x)).length / 1024).toFixed(1);
  console.log(p, 'docs', gz(f.docs), 'index', gz(f.index), Object.keys(f.index), Object.fromEntries(Object.entries(f.index).map(([k, v]) => [k, gz(v)])));
}
