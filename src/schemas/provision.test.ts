import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { labelModule, labelModuleSource, readRegistry } from '../integrations/provisions.ts';
import { registryIds } from '../engine/references.ts';
import { findRegistryProblems, provisionSchema } from './provision.ts';

const valid = {
  id: 'budapest-art-29-2',
  instrument: 'budapest-convention',
  label: 'Budapest Art. 29(2)',
  title: 'Expedited preservation of stored computer data',
  summary: 'A preservation request names the authority, the offence, the data and the follow-up.',
  source: 'https://rm.coe.int/1680081561',
  lastChecked: '2026-12-04',
};

const message = (value: unknown): string => {
  const result = provisionSchema.safeParse(value);
  return result.success
    ? ''
    : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
};

describe('provision schema', () => {
  it('accepts a complete entry', () => {
    expect(provisionSchema.parse(valid)).toMatchObject(valid);
  });

  it.each([
    [{ source: 'https://alain-stevens.com/art-29' }, 'source: must point to a primary source'],
    [{ source: 'http://rm.coe.int/1680081561' }, 'source: must be an https link'],
    [{ id: 'Budapest Art 29' }, 'id: must be kebab-case'],
    [{ lastChecked: 'early 2026' }, 'lastChecked: must be a date'],
    [{ summary: 'x'.repeat(300) }, 'summary: is too long'],
    [{ instrument: 'treaty' }, 'instrument: must be one of'],
    [{ url: 'https://rm.coe.int/x' }, 'has unknown field(s) url'],
  ])('explains how to fix %j', (change, expected) => {
    expect(message({ ...valid, ...change })).toContain(expected);
  });

  it('reports duplicate ids and entries filed under the wrong instrument', () => {
    const entry = provisionSchema.parse(valid);
    expect(
      findRegistryProblems([
        { file: 'a.yaml', instrument: 'budapest-convention', entries: [entry] },
        { file: 'b.yaml', instrument: 'us-code', entries: [entry] },
      ]),
    ).toEqual([
      'b.yaml[0].id: "budapest-art-29-2" is already used in a.yaml',
      'b.yaml[0].instrument: "budapest-convention" does not match the file; move the entry to content/provisions/budapest-convention.yaml',
    ]);
  });
});

describe('the real registry', () => {
  const { provisions, problems } = readRegistry(process.cwd());

  it('has no problems and cites only primary sources', () => {
    expect(problems).toEqual([]);
    expect(provisions.length).toBeGreaterThan(50);
  });

  it('keeps every id scenarios and the validator already cite', () => {
    const ids = new Set(provisions.map((p) => p.id));
    for (let n = 16; n <= 35; n++) expect(ids.has(`budapest-art-${n}`)).toBe(true);
    for (let n = 6; n <= 12; n++) expect(ids.has(`2ap-art-${n}`)).toBe(true);
    for (const id of ['us-sca-2702', 'us-sca-2703f', 'us-sca-2711', 'budapest-art-29-2'])
      expect(ids.has(id)).toBe(true);
  });

  it('the engine id module is up to date with the registry', async () => {
    const onDisk = readFileSync(labelModule, 'utf8');
    // If this fails: run `npx astro sync` (the build rewrites src/engine/provision-ids.ts).
    expect(onDisk).toBe(await labelModuleSource(process.cwd(), provisions));
    expect(registryIds.size).toBe(provisions.length);
    expect(registryIds.has('budapest-art-29-7')).toBe(true);
    expect(registryIds.has('__proto__')).toBe(false);
  });

  it('dates the Second Protocol status and names the United States as a Budapest Party', () => {
    const byId = new Map(provisions.map((p) => [p.id, p]));
    expect(byId.get('2ap-status')?.note).toMatch(/^Status as of \d{1,2} \w+ 20\d\d: /);
    expect(byId.get('budapest-status')?.note).toContain('The United States is listed as a Party');
    expect(byId.get('budapest-status')?.source).toContain('treatynum=185');
  });
});
