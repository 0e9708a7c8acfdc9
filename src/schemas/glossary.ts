import { z } from 'zod';

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * One glossary entry (content/glossary/terms.yaml, a YAML list). The `id` is the anchor on the
 * glossary page and what <Term id="…"> in a module points to. Messages say how to fix the entry,
 * because the people who write it are trainers.
 */
export const glossaryEntrySchema = z.strictObject(
  {
    /** Stable kebab-case id: the page anchor (#preservation) and the <Term id> authors use. */
    id: z
      .string({ error: 'is missing: every entry needs an id, for example id: traffic-data' })
      .regex(
        kebab,
        'must be kebab-case (lower-case letters, digits, hyphens), for example id: traffic-data',
      ),
    /** The term as shown, e.g. "Traffic data". */
    term: z
      .string({
        error: 'is missing: write the term as it should appear, for example term: Traffic data',
      })
      .trim()
      .min(2, 'is too short: write the term in full'),
    /** One to three plain sentences, in our own words. */
    definition: z
      .string({ error: 'is missing: write one to three plain sentences explaining the term' })
      .trim()
      .min(20, 'is too short: write at least one full sentence (20 characters or more)')
      .max(700, 'is too long: keep it under 700 characters and put details in a module'),
    /** Where the term is defined or used, e.g. "Budapest Convention, Art. 1(d)". */
    source: z
      .string({ error: 'must be text, for example source: Budapest Convention, Art. 29' })
      .trim()
      .min(3)
      .optional(),
    /** Ids of related entries; each must exist in the glossary. */
    related: z
      .array(z.string().regex(kebab, 'must be the id of another entry, in kebab-case'), {
        error: 'must be a list of entry ids, for example related: [preservation, disclosure]',
      })
      .default([]),
    /** Ids of the provisions the entry rests on, from content/provisions/ (checked at build time). */
    provisions: z
      .array(z.string().regex(kebab, 'must be a provision id, for example budapest-art-29'), {
        error: 'must be a list of provision ids, for example provisions: [budapest-art-29]',
      })
      .default([]),
    /** Other names for the term (abbreviations, synonyms), e.g. "MLA". */
    aliases: z
      .array(z.string().trim().min(1), {
        error: 'must be a list, for example aliases: [MLA, MLAT]',
      })
      .default([]),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `has unknown field(s) ${issue.keys.join(', ')}: check the spelling. Allowed fields: id, term, definition, source, provisions, related, aliases`
        : undefined,
  },
);

/** One validated glossary entry. */
export type GlossaryEntry = z.output<typeof glossaryEntrySchema>;

/** Every `related` id that names no entry, and entries that relate to themselves, as fix-it messages. */
export function findGlossaryLinkProblems(entries: readonly GlossaryEntry[]): string[] {
  const ids = new Set(entries.map((e) => e.id));
  const problems: string[] = [];
  for (const entry of entries) {
    for (const target of entry.related) {
      if (target === entry.id) {
        problems.push(`"${entry.id}" lists itself in related: remove "${target}"`);
      } else if (!ids.has(target)) {
        problems.push(
          `"${entry.id}" has related: ${target}, but no entry has that id: fix the spelling or add an entry with id: ${target}`,
        );
      }
    }
  }
  return problems;
}
