import { describe, expect, it } from 'vitest';
import lunr from 'lunr';
import { buildSearchIndex, documentTerms, fieldBoosts } from './build-index.ts';
import { unpackIndex } from './codec.ts';
import { readCourse } from './content-files.ts';
import { courseDocuments, moduleDocuments } from './documents.ts';
import { english } from './language.ts';
import { checkAgainstLunr } from './lunr-check.ts';
import { textWords } from './text.ts';
import { expandQuery, loadSearch, parseQuery, rank, search, searchAll } from './query.ts';
import { allowedEdits, distances, nearestTerms } from './fuzzy.ts';
import type { SearchDocument } from './types.ts';

const course = readCourse();
const docs = courseDocuments(course);
const built = JSON.parse(JSON.stringify(buildSearchIndex(docs, english))) as ReturnType<
  typeof buildSearchIndex
>;
const loaded = loadSearch(built.file, english, built.shards);
const titles = (q: string, limit = 5): string[] => search(loaded, q, { limit }).map((r) => r.title);

describe('query rules on the real course', () => {
  it.each(['art 29', 'article 29', 'Art. 29(3)', 'ART.29', 'art29'])(
    '"%s" finds a section on Article 29 preservation first',
    (q) => {
      const [first] = search(loaded, q);
      expect(first?.type).toBe('section');
      expect(first?.title).toMatch(/29|preserv/i);
      expect(first?.snippet.some((s) => s.mark && /29/.test(s.text))).toBe(true);
    },
  );

  it('all spellings of an article reference give the same results', () => {
    expect(titles('article 29')).toEqual(titles('art 29'));
    expect(titles('Art. 29(3)')).toEqual(titles('art 29'));
  });

  it('"preserv" (a partial word) finds preservation sections', () => {
    const results = search(loaded, 'preserv', { limit: 5 });
    expect(results.length).toBe(5);
    for (const r of results)
      expect(`${r.title} ${r.snippet.map((s) => s.text).join('')}`).toMatch(/preserv/i);
  });

  it('"presevation" (a one-letter typo) still finds preservation', () => {
    expect(titles('presevation').some((t) => /preservation/i.test(t))).toBe(true);
  });

  it('short words are not typo-tolerant', () => {
    expect(parseQuery('time', english)[0]?.fuzzy).toBe(false);
    expect(parseQuery('times', english)[0]?.fuzzy).toBe(true);
  });

  it.each([
    ['mla', /mutual legal assistance|MLA/],
    ['MLA', /mutual legal assistance|MLA/],
    ['cgnat', /carrier-grade NAT|CGNAT/i],
    ['24/7', /24\/7/],
  ])('acronym "%s" finds its content, highlighted', (q, pattern) => {
    const [first] = search(loaded, q);
    expect(first).toBeDefined();
    const marked = first?.snippet.filter((s) => s.mark).map((s) => s.text) ?? [];
    expect(marked.some((m) => pattern.test(m))).toBe(true);
  });

  it('"carrier-grade NAT" and "CGNAT" lead to the same section', () => {
    expect(titles('carrier-grade NAT', 1)).toEqual(titles('CGNAT', 1));
  });

  it('documents with every word come before documents with some', () => {
    const results = search(loaded, 'dual criminality preservation', { limit: 30 });
    const counts = results.map((r) => r.matchedTerms);
    expect(counts[0]).toBe(3);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
  });

  it('a title hit outranks body hits', () => {
    // The glossary entry "Time zone" and the section "Time zones" are both title hits.
    expect(titles('time zones', 2).sort()).toEqual(['Time zone', 'Time zones']);
    const section = search(loaded, 'time zones').find((r) => r.type === 'section');
    expect(section?.title).toBe('Time zones');
  });

  it('nothing found, stop words only, or empty query give no results', () => {
    expect(search(loaded, 'xyzzyq')).toEqual([]);
    expect(search(loaded, 'the of and')).toEqual([]);
    expect(search(loaded, '   ')).toEqual([]);
  });

  it('finds scenarios by their summary and links to the scenario page', () => {
    const scenario = search(loaded, 'night shift').find((r) => r.type === 'scenario');
    expect(scenario?.url).toBe('scenarios/desk-night-shift/');
  });

  it('"letters rogatory" finds the glossary entry first, linked to its anchor', () => {
    const [first] = search(loaded, 'letters rogatory');
    expect(first).toMatchObject({
      type: 'glossary',
      title: 'Letters rogatory',
      url: 'glossary/#letters-rogatory',
    });
    expect(first?.snippet.some((s) => s.mark)).toBe(true);
  });

  it('a glossary entry is found by its other names (aliases)', () => {
    const results = search(loaded, 'BSI', { limit: 3 });
    expect(results[0]).toMatchObject({ type: 'glossary', url: 'glossary/#subscriber-information' });
  });

  it('"preservation request template" finds the preservation template first', () => {
    const [first] = search(loaded, 'preservation request template');
    expect(first).toMatchObject({
      type: 'template',
      title: 'Preservation request',
      url: 'templates/preservation/',
    });
    expect(first?.matchedTerms).toBe(3);
  });

  it('templates are found by their guidance text too', () => {
    const templates = search(loaded, 'emergency disclosure', { limit: 10 }).filter(
      (r) => r.type === 'template',
    );
    expect(templates.map((r) => r.url)).toContain('templates/emergency-disclosure/');
  });
});

describe('documents', () => {
  it('one glossary document per entry and one per template, each with its own page link', () => {
    const glossary = docs.filter((d) => d.type === 'glossary');
    expect(glossary.length).toBe(course.glossary.length);
    for (const d of glossary) expect(d.url).toMatch(/^glossary\/#[a-z0-9-]+$/);
    const templates = docs.filter((d) => d.type === 'template');
    expect(templates.map((d) => d.url).sort()).toEqual(
      course.templates.map((t) => `templates/${t.type}/`).sort(),
    );
    expect(templates.every((d) => d.headings?.includes('Request template'))).toBe(true);
  });

  it('sections link to the heading anchor and index no Markdown or MDX syntax', () => {
    const sections = docs.filter((d) => d.type === 'section');
    expect(sections.length).toBeGreaterThan(10);
    for (const d of sections) {
      expect(d.url).toMatch(/^modules\/[\w-]+\/#[\w-]+$/);
      expect(d.body).not.toMatch(/<\/?[A-Z]\w*|\{\/\*|\]\(|\*\*|<\/?details|<\/?summary/);
    }
  });

  it('strips JSX, comments, links and emphasis, and slugs headings like Astro', () => {
    const body = [
      'Intro with a [link](https://example.org) and {/* hidden */} **bold**.',
      '## The 24/7 network',
      '<Callout kind="tip" title="In practice">',
      'Use _preservation_ first.',
      '</Callout>',
      '<details>',
      '<summary>Show answer</summary>',
      'Art. 29(3).',
      '</details>',
      '## The 24/7 network',
      'Again.',
      '## `Code` and *emphasis*',
      'Text.',
    ].join('\n');
    const [module, ...sections] = moduleDocuments({
      id: 'm',
      title: 'M',
      summary: 'Summary.',
      objectives: ['Objective.'],
      body,
    });
    expect(module?.body).toBe('Summary. Objective. Intro with a link and bold.');
    expect(sections.map((s) => s.url)).toEqual([
      'modules/m/#the-247-network',
      'modules/m/#the-247-network-1',
      'modules/m/#code-and-emphasis',
    ]);
    expect(sections[0]?.body).toBe('In practice Use preservation first. Show answer Art. 29(3).');
  });

  it('never indexes drafts', () => {
    const draft: SearchDocument[] = moduleDocuments({
      id: 'secret',
      filePath: 'content/modules/_secret.mdx',
      title: 'Unpublished zebra module',
      summary: 'Zebra.',
      objectives: ['Zebra.'],
      body: '## Zebra\nZebra text.',
    });
    expect(draft).toEqual([]);
    const all = [...docs, ...draft];
    const { file, shards } = buildSearchIndex(all, english);
    const withDraft = loadSearch(file, english, shards);
    expect(search(withDraft, 'zebra')).toEqual([]);
  });
});

describe('packed index', () => {
  it('recomputes exactly the vectors lunr builds itself', () => {
    const sample = docs.slice(0, 12);
    const builder = new lunr.Builder();
    builder.pipeline.reset();
    builder.searchPipeline.reset();
    builder.ref('r');
    for (const [field, boost] of Object.entries(fieldBoosts)) builder.field(field, { boost });
    sample.forEach((d, i) => {
      const [title, headings, body] = documentTerms(d, english).map((t) => t.join(' '));
      builder.add({ r: String(i), title, headings, body });
    });
    const reference = builder.build().toJSON() as unknown as ReturnType<typeof unpackIndex>;
    const ours = unpackIndex(buildSearchIndex(sample, english).file.index);
    const byTerm = (json: typeof ours): Record<string, number> => {
      const terms = json.invertedIndex.map(([t, p]) => [Number(p['_index']), t] as const);
      const names = new Map(terms);
      const out: Record<string, number> = {};
      for (const [key, elements] of json.fieldVectors) {
        for (let i = 0; i < elements.length; i += 2) {
          out[`${key}:${names.get(elements[i] ?? -1) ?? '?'}`] = elements[i + 1] ?? 0;
        }
      }
      return out;
    };
    expect(byTerm(ours)).toEqual(byTerm(reference));
  });

  it.each([
    'art 29',
    'preserv',
    'presevation',
    'preservaton',
    'mutal legal assistence',
    'dual criminality preservation',
    'time zones',
    'mla 24/7',
    'subscriber information provider',
    'letters rogatory',
  ])('"%s" scores every document exactly as lunr.Index#query does', (q) => {
    const { file } = buildSearchIndex(docs, english);
    const ours = loadSearch(file, english);
    const terms = parseQuery(q, english);
    const clauses = expandQuery(ours.index, terms);
    const index = lunr.Index.load(unpackIndex(file.index));
    const theirs = index.query((query) => {
      for (const c of clauses) {
        // A typo clause is the list of terms fuzzy.ts chose; lunr scores each like a term clause.
        if (c.kind === 'fuzzy') {
          for (const t of c.expands) {
            query.term(ours.index.terms[t] ?? '', { usePipeline: false, boost: c.boost });
          }
          continue;
        }
        query.term(c.text, {
          usePipeline: false,
          boost: c.boost,
          ...(c.kind === 'prefix' ? { wildcard: lunr.Query.wildcard.TRAILING } : {}),
        });
      }
    });
    const expected = Object.fromEntries(theirs.map((r) => [r.ref, r.score]));
    const hits = rank(ours.index, clauses, terms.length);
    expect(hits.map((h) => String(h.ref)).sort()).toEqual(Object.keys(expected).sort());
    for (const h of hits) expect(h.score).toBeCloseTo(expected[String(h.ref)] ?? NaN, 9);
    expect(hits.length).toBeGreaterThan(0);
  });

  it('loading parses nothing beyond the JSON: terms are decoded by the first query that needs them', () => {
    const fresh = loadSearch(built.file, english);
    expect(fresh.index.cache.length).toBe(0);
    search(fresh, 'preserv');
    expect(fresh.index.cache.filter(Boolean).length).toBeGreaterThan(0);
    expect(fresh.index.cache.filter(Boolean).length).toBeLessThan(fresh.index.terms.length / 10);
  });

  it('typo tolerance runs only for words that match nothing exactly or as a prefix', () => {
    const kinds = (q: string): string[] =>
      expandQuery(loaded.index, parseQuery(q, english)).map((c) => c.kind);
    expect(kinds('preservation')).toEqual(['exact', 'prefix']);
    expect(kinds('presevation')).toEqual(['exact', 'prefix', 'fuzzy']);
  });

  it('the ported stemmer and stop words agree with lunr on the course and on Porter edge cases', () => {
    const words = new Set(
      'yelling yes y ies cry by say sky happy caresses ponies ties caress cats feed agreed plastered bled motoring sing conflated troubled sized hopping tanned falling hissing fizzed failing filing relational conditional rational valenci hesitanci digitizer conformabli radicalli differentli vileli analogousli vietnamization predication operator feudalism decisiveness hopefulness callousness formaliti sensitiviti sensibiliti triplicate formative formalize electriciti electrical hopeful goodness revival allowance inference airliner gyroscopic adjustable defensible irritant replacement adjustment dependent adoption homologou communism activate angulariti homologous effective bowdlerize probate rate cease controll roll constructor toString __proto__ hasOwnProperty the of and'.split(
        ' ',
      ),
    );
    for (const d of docs) textWords(`${d.title} ${(d.headings ?? []).join(' ')} ${d.body}`, words);
    expect(() => checkAgainstLunr(words, english)).not.toThrow();
    expect(() =>
      checkAgainstLunr(['preservation'], { ...english, stem: (w: string) => w }),
    ).toThrow(/preserv/);
  });

  it('edit distances count swaps as one edit and stop beyond the allowed number', () => {
    expect(distances('preserv', 'presev', 1).whole).toBe(1);
    expect(distances('preserv', 'perserv', 1).whole).toBe(1);
    expect(distances('preserv', 'prsev', 1).whole).toBe(Infinity);
    expect(distances('preserv', 'prsev', 2).whole).toBe(2);
    // A prefix of the typed word may match the stem, leaving a (misspelled) suffix over.
    expect(distances('preserv', 'preservaton', 0).prefix).toBe(0);
    expect(distances('preserv', 'preservatonsss', 0).prefix).toBe(Infinity);
  });
});

describe('typos and "Did you mean"', () => {
  it('tolerates no edit below five letters, one from five, two from nine', () => {
    expect([allowedEdits('cgnt'), allowedEdits('mutal'), allowedEdits('jurisdicn')]).toEqual([
      0, 1, 2,
    ]);
  });

  it.each([
    ['preservaton', 'preservation'],
    ['presevation', 'preservation'],
    ['Preservaton', 'preservation'],
    ['dual criminalty', 'dual criminality'],
    ['subscriber informaton', 'subscriber information'],
    ['mutal legal assistence', 'mutual legal assistance'],
    ['prservaton', 'preservation'],
  ])('"%s" finds results and suggests "%s"', (typed, meant) => {
    const answer = searchAll(loaded, typed, { limit: 5 });
    expect(answer.suggestion).toBe(meant);
    expect(answer.results.length).toBe(5);
    expect(titles(meant, 5)).toContain(answer.results[0]?.title);
  });

  it('"mutal legal assistence" finds mutual legal assistance first, with every word', () => {
    const [first] = search(loaded, 'mutal legal assistence');
    expect(first?.title).toMatch(/mutual legal assistance/i);
    expect(first?.matchedTerms).toBe(3);
  });

  it('a typo never shows the stem, and correct words bring no suggestion', () => {
    for (const q of ['preservation', 'preserv', 'art 29', 'mla', 'time zone', 'preserving'])
      expect(searchAll(loaded, q).suggestion).toBeUndefined();
    expect(searchAll(loaded, 'preservaton').suggestion).not.toMatch(/^preserv$/);
  });

  it('a typo brings in the closest terms only, not every neighbour', () => {
    const near = nearestTerms(loaded.index.terms, 'preservaton', english.stem('preservaton'));
    expect(near.map((n) => loaded.index.terms[n.term])).toEqual(['preserv']);
  });

  it('nonsense still finds nothing and suggests nothing', () => {
    expect(searchAll(loaded, 'xyzzyq')).toEqual({ results: [] });
  });
});

describe('ranking', () => {
  it('"preservation": a module or glossary entry is among the first three', () => {
    const types = search(loaded, 'preservation', { limit: 3 }).map((r) => r.type);
    expect(types.some((t) => t === 'module' || t === 'glossary')).toBe(true);
  });
});

describe('text shards', () => {
  it('results before their shard arrives have no snippet; the shards they need are named', async () => {
    const bare = loadSearch(built.file, english);
    const results = search(bare, 'preservation', { limit: 8 });
    expect(results.every((r) => r.snippet.length === 0)).toBe(true);
    const { missingShards, addShard } = await import('./query.ts');
    const needed = missingShards(
      bare,
      results.map((r) => r.ref),
    );
    expect(needed.length).toBeGreaterThan(0);
    expect(needed.length).toBeLessThan(built.shards.length / 4);
    for (const n of needed) addShard(bare, n, built.shards[n] ?? []);
    expect(
      missingShards(
        bare,
        results.map((r) => r.ref),
      ),
    ).toEqual([]);
    const again = search(bare, 'preservation', { limit: 8 });
    expect(again.map((r) => r.snippet)).toEqual(
      search(loaded, 'preservation', { limit: 8 }).map((r) => r.snippet),
    );
  });
});
