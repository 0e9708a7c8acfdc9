import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { findGlossaryLinkProblems, glossaryEntrySchema, type GlossaryEntry } from './glossary.ts';

const entry = (id: string, related: string[] = []): GlossaryEntry =>
  glossaryEntrySchema.parse({
    id,
    term: id.replace(/-/g, ' '),
    definition: 'A definition long enough to pass the schema.',
    related,
  });

/** The first problem as Astro prints it: the field path, then our message. */
function problem(data: Record<string, unknown>): string {
  const result = glossaryEntrySchema.safeParse(data);
  if (result.success) return 'valid';
  const issue = result.error.issues[0];
  return `${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`;
}

describe('glossary entries', () => {
  const valid = {
    id: 'traffic-data',
    term: 'Traffic data',
    definition: 'Data about a communication: origin, destination, time and size.',
  };

  it('accepts an entry and defaults the optional lists', () => {
    expect(glossaryEntrySchema.parse(valid)).toEqual({
      ...valid,
      provisions: [],
      related: [],
      aliases: [],
    });
  });

  it.each([
    [
      { id: 'Traffic Data' },
      'id: must be kebab-case (lower-case letters, digits, hyphens), for example id: traffic-data',
    ],
    [
      { definition: 'Short.' },
      'definition: is too short: write at least one full sentence (20 characters or more)',
    ],
    [
      { related: 'preservation' },
      'related: must be a list of entry ids, for example related: [preservation, disclosure]',
    ],
    [
      { see: ['x'] },
      ': has unknown field(s) see: check the spelling. Allowed fields: id, term, definition, source, provisions, related, aliases',
    ],
    [
      { term: undefined },
      'term: is missing: write the term as it should appear, for example term: Traffic data',
    ],
  ])('explains how to fix %j', (patch, message) => {
    expect(problem({ ...valid, ...patch })).toBe(message);
  });

  it('reports every related id that names no entry, and self-references', () => {
    const problems = findGlossaryLinkProblems([
      entry('preservation', ['disclosure', 'preservaton']),
      entry('disclosure', ['disclosure', 'mla']),
    ]);
    expect(problems).toEqual([
      '"preservation" has related: preservaton, but no entry has that id: fix the spelling or add an entry with id: preservaton',
      '"disclosure" lists itself in related: remove "disclosure"',
      '"disclosure" has related: mla, but no entry has that id: fix the spelling or add an entry with id: mla',
    ]);
  });

  it('holds for the real glossary file: every entry valid, ids unique, related ids resolve', () => {
    const raw: unknown = parse(
      readFileSync(resolve(import.meta.dirname, '../../content/glossary/terms.yaml'), 'utf8'),
    );
    const entries = (raw as unknown[]).map((e) => glossaryEntrySchema.parse(e));
    const ids = entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(
      expect.arrayContaining([
        'preservation',
        'disclosure',
        'subscriber-information',
        'traffic-data',
        'content-data',
        'mutual-legal-assistance',
      ]),
    );
    expect(findGlossaryLinkProblems(entries)).toEqual([]);
  });
});
