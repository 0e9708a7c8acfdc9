import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDictionaries, checkI18n, compareMdx, readMdx } from './check.ts';
import en from './en.json';
import fr from './fr.json';
import { dictionary, locales, t } from './index.ts';

const enFile = 'content/modules/preservation-and-the-24-7-network.mdx';
const frFile = 'content/fr/modules/preservation-and-the-24-7-network.mdx';
const english = readFileSync(enFile, 'utf8');
const compare = (french: string): string[] =>
  compareMdx(enFile, readMdx(english), frFile, readMdx(french));

describe('UI dictionary parity', () => {
  it('French has exactly the English keys, with the same placeholders', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    expect(checkDictionaries(en, fr)).toEqual([]);
  });

  it('every language resolves every key to text', () => {
    for (const locale of locales)
      for (const key of Object.keys(en) as Array<keyof typeof en>)
        expect(dictionary(locale)[key], `${locale}: ${key}`).toEqual(expect.any(String));
    expect(t('lang.name', {}, 'fr')).toBe('Français');
    expect(t('lang.name', {}, 'en')).toBe('English');
  });

  it('reports a missing key, an extra key and a lost placeholder, each with the file', () => {
    const problems = checkDictionaries(
      { 'a.b': 'Hello {name}', 'c.d': 'Bye' },
      { 'a.b': 'Bonjour', 'e.f': 'En trop' },
    );
    expect(problems).toHaveLength(3);
    expect(problems.join('\n')).toMatch(/src\/i18n\/fr\.json: "a\.b" has placeholders \{\}/);
    expect(problems.join('\n')).toMatch(/key "c\.d" is missing/);
    expect(problems.join('\n')).toMatch(/key "e\.f" is not in src\/i18n\/en\.json/);
  });
});

describe('module parity', () => {
  it('accepts a translation that changes only words', () => {
    const translated = english
      .replace(/^title: .*$/m, 'title: La conservation et le réseau 24/7')
      .replace(/^## (.*)$/gm, '## Titre traduit')
      .replace(/<CaseStudy title="[^"]*">/g, '<CaseStudy title="Étude de cas">');
    expect(compare(translated)).toEqual([]);
  });

  it('reports a lost section heading, a changed component id and a changed order, all at once', () => {
    const broken = english
      .replace(/^## .*$/m, 'Texte sans titre')
      .replace(/<Term id="([^"]+)">/, '<Term id="$1-fr">')
      .replace(/^order: (\d+)$/m, 'order: 99');
    const problems = compare(broken);
    expect(problems).toHaveLength(3);
    expect(problems.every((p) => p.startsWith(frFile))).toBe(true);
    expect(problems.join('\n')).toMatch(/"##" headings/);
    expect(problems.join('\n')).toMatch(/MDX components differ.*-fr/);
    expect(problems.join('\n')).toMatch(/frontmatter "order" is 99/);
  });

  it('lists every missing French module and page of the project, with the fix', () => {
    const problems = checkI18n(process.cwd());
    const missing = problems.filter((p) => p.includes(': missing. Translate'));
    for (const p of missing) expect(p).toMatch(/^content\/fr\/(modules|pages)\/[a-z0-9-]+\.mdx: /);
    // Every English module either has a translation or is reported.
    expect(problems.some((p) => p.includes('key "'))).toBe(false);
  });
});
