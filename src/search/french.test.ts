import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from './build-index.ts';
import { readFrenchCourse } from './content-files.ts';
import { courseDocuments, moduleDocuments } from './documents.ts';
import { french, frenchStem, isFrenchStopWord } from './french.ts';
import { checkAgainstLunr } from './lunr-check.ts';
import { sectionAnchors } from './localized-sources.ts';
import { parseQuery, loadSearch, search } from './query.ts';
import { scanText } from './text.ts';
import type { SearchDocument } from './types.ts';

const terms = (text: string): string[] => scanText(text, french).map((t) => t.term);
const tokens = (query: string): string[] => parseQuery(query, french).map((t) => t.term);

describe('French pipeline (lunr-languages)', () => {
  it.each([
    ['conservation', 'conserver'],
    ['conservation', 'conservé'],
    ['données', 'donnée'],
    ['fournisseur', 'fournisseurs'],
    ['rapide', 'rapides'],
    ['incrimination', 'incriminations'],
    ['enquête', 'enquêtes'],
    ['judiciaire', 'judiciaires'],
  ])('"%s" and "%s" share a stem', (a, b) => {
    expect(frenchStem(a)).toBe(frenchStem(b));
  });

  it('keeps words of different meaning apart', () => {
    expect(frenchStem('conservation')).not.toBe(frenchStem('conversation'));
    expect(frenchStem('abonné')).not.toBe(frenchStem('abandon'));
  });

  it('drops French stop words, and only those', () => {
    for (const w of ['de', 'la', 'les', 'et', 'ou', 'à', 'été', 'dans', 'pour'])
      expect(isFrenchStopWord(w), w).toBe(true);
    for (const w of ['données', 'entraide', 'article', 'conservation', 'the'])
      expect(isFrenchStopWord(w), w).toBe(false);
    expect(terms('la conservation des données')).toEqual(['conserv', 'donne']);
  });

  it.each([
    ['préservation', 'preservation'],
    ['entraïde', 'entraide'],
    ['délai', 'delai'],
    ['sécurité', 'securite'],
    ['données', 'donnees'],
    ['autorité', 'autorite'],
    ['spontanée', 'spontanee'],
    ['Réseau', 'reseau'],
  ])('"%s" and "%s" meet on one index term (accents folded)', (accented, plain) => {
    const found = terms(accented);
    expect(found.length).toBeGreaterThan(0);
    expect(terms(plain)).toEqual(found);
    for (const term of found) expect(term).toMatch(/^[a-z0-9]+$/);
  });

  it('agrees with lunr.fr on every word of the French course', () => {
    const words = new Set<string>();
    for (const d of courseDocuments(readFrenchCourse().sources))
      for (const m of `${d.title} ${d.body}`.matchAll(/[\p{L}\p{N}]+/gu))
        words.add(m[0].toLowerCase());
    expect(words.size).toBeGreaterThan(1000);
    expect(() => checkAgainstLunr(words, french)).not.toThrow();
  });

  it('reads French article references: "art.", "article", "articles … et …", "à"', () => {
    expect(terms("l'article 29, paragraphe 2")).toContain('art29');
    expect(terms('art. 29(3)')).toContain('art29');
    expect(terms('Art. 29, par. 2')).toEqual(expect.arrayContaining(['art29']));
    expect(terms('articles 14 et 15')).toEqual(expect.arrayContaining(['art14', 'art15']));
    expect(terms('articles 29 ou 30')).toEqual(expect.arrayContaining(['art29', 'art30']));
    expect(terms('articles 2 à 11')).toEqual(expect.arrayContaining(['art2', 'art11']));
    expect(tokens('article 29')).toEqual(['art29']);
    expect(tokens('art 29')).toEqual(tokens("l'article 29"));
  });

  it('knows French phrases and their short forms', () => {
    expect(tokens('entraide judiciaire')).toEqual(['mla']);
    expect(tokens('entraide')).toEqual(['mla']);
    expect(tokens('entraïde')).toEqual(['mla']);
    expect(terms("une demande d'entraide judiciaire")).toContain('mla');
    expect(tokens("équipe commune d'enquête")).toEqual(['jit']);
    expect(tokens('équipes communes d’enquête')).toEqual(['jit']);
    expect(tokens('ECE')).toEqual(['jit']);
    expect(tokens('NAT de niveau opérateur')).toEqual(['cgnat']);
    expect(tokens('CGNAT')).toEqual(['cgnat']);
    expect(tokens('carrier-grade NAT')).toEqual(['cgnat']);
    expect(tokens('réseau 24/7')).toEqual([frenchStem('reseau'), '24/7']);
  });
});

/** A small French course: two modules whose sections compete for the queries. */
const fixture: SearchDocument[] = [
  ...moduleDocuments({
    id: 'conservation',
    title: 'La conservation rapide et le réseau 24/7',
    summary: 'Conserver les données avant de les obtenir.',
    objectives: ['Demander la conservation rapide de données stockées.'],
    body: [
      'Une introduction.',
      '## Le pouvoir interne : l’article 16',
      "L'article 16 oblige chaque Partie à permettre la conservation de données stockées.",
      "## La conservation entre États : l'article 29",
      "L'article 29 permet à une Partie de demander à une autre la conservation rapide de données stockées sur son territoire, en vue d'une demande d'entraide.",
      '## Le réseau 24/7 : l’article 35',
      'Un point de contact joignable vingt-quatre heures sur vingt-quatre.',
    ].join('\n\n'),
    anchors: ['domestic-power-article-16', 'preservation-between-states-article-29', 'network'],
  }),
  ...moduleDocuments({
    id: 'entraide',
    title: "L'entraide pour l'obtention de données stockées",
    summary: "Les demandes d'entraide judiciaire et leurs conditions.",
    objectives: ['Vérifier la double incrimination.'],
    body: [
      'Introduction.',
      '## Les autorités centrales',
      'Les demandes passent par les autorités centrales désignées.',
      '## La double incrimination',
      "La double incrimination exige que les faits soient une infraction dans les deux États. Une incrimination double n'est pas exigée pour la conservation rapide.",
      '## Les délais',
      "Une demande d'entraide prend souvent des mois : la rapidité compte.",
    ].join('\n\n'),
  }),
];

describe('French ranking on a fixture index', () => {
  const built = buildSearchIndex(fixture, french);
  const loaded = loadSearch(built.file, french, built.shards);

  it('"conservation rapide" ranks the Article 29 section first among sections', () => {
    const first = search(loaded, 'conservation rapide').find((r) => r.type === 'section');
    expect(first?.url).toBe('modules/conservation/#preservation-between-states-article-29');
    expect(first?.snippet.some((s) => s.mark && /rapide/i.test(s.text))).toBe(true);
  });

  it('"double incrimination" ranks the dual criminality section first', () => {
    const [first] = search(loaded, 'double incrimination');
    expect(first?.title).toBe('La double incrimination');
    expect(first?.matchedTerms).toBe(2);
  });

  it('queries typed without accents find the accented text', () => {
    expect(search(loaded, 'les delais')[0]?.title).toBe('Les délais');
    expect(search(loaded, 'autorites centrales')[0]?.title).toBe('Les autorités centrales');
    expect(search(loaded, 'entraide judiciaire')[0]?.url).toBe('modules/entraide/');
  });

  it('a translated module links its sections to the English heading ids, by position', () => {
    const urls = fixture.filter((d) => d.type === 'section').map((d) => d.url);
    expect(urls).toContain('modules/conservation/#domestic-power-article-16');
    // Without English ids the French headings' own slugs are used.
    expect(urls).toContain('modules/entraide/#la-double-incrimination');
    expect(sectionAnchors('Intro\n\n## Preservation periods\n\nText\n\n## Time zones')).toEqual([
      'preservation-periods',
      'time-zones',
    ]);
  });
});

describe('the French course', () => {
  const { sources } = readFrenchCourse();
  const docs = courseDocuments(sources);

  it('is indexed from French files, under fr/ URLs, with English section ids', () => {
    expect(docs.length).toBeGreaterThan(0);
    for (const d of docs) expect(d.url.startsWith('fr/'), d.url).toBe(true);
    for (const m of sources.modules) expect(m.filePath ?? '').toMatch(/content\/fr\/modules\//);
    // Section ids are the English ones (the French page carries them), not slugs of French text.
    const sections = docs.filter((d) => d.type === 'section');
    expect(sections.some((d) => d.url.includes('#dual-criminality'))).toBe(
      sources.modules.some((m) => m.id === 'mutual-legal-assistance'),
    );
  });
});
