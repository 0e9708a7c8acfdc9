import { z } from 'zod';

/** A calendar date written as YYYY-MM-DD in frontmatter (YAML may already have turned it into a Date). */
const isoDate = z.coerce.date({
  error: 'must be a date written as YYYY-MM-DD, for example: lastReviewed: 2026-11-28',
});

/**
 * Frontmatter of a course module (content/modules/*.mdx). Every message says how to fix the field,
 * because the people who edit modules are trainers, not developers.
 */
export const moduleSchema = z.strictObject(
  {
    /** Title shown on the page and in the module list. */
    title: z
      .string({ error: 'must be text, for example: title: Channels of cooperation' })
      .trim()
      .min(3, 'is too short: give the module a real title of at least 3 characters'),
    /** One or two sentences for the module list and search results. */
    summary: z
      .string({ error: 'must be text: one or two sentences describing the module' })
      .trim()
      .min(20, 'is too short: write one or two full sentences (at least 20 characters)')
      .max(400, 'is too long: keep the summary under 400 characters'),
    /** Position in the course (1 = first). Must be unique across modules. */
    order: z
      .number({
        error: 'must be a whole number giving the position in the course, for example: order: 3',
      })
      .int('must be a whole number, for example: order: 3')
      .positive('must be 1 or more'),
    /** What the trainee can do after the module; each starts with a verb. */
    objectives: z
      .array(z.string().trim().min(5, 'each objective must be a full sentence'), {
        error: 'must be a list of learning objectives, one per line starting with "  - "',
      })
      .min(1, 'needs at least one learning objective'),
    /** Honest estimate of reading time in minutes. */
    minutes: z
      .number({ error: 'must be a number of minutes, for example: minutes: 25' })
      .int('must be a whole number of minutes')
      .min(1, 'must be at least 1')
      .max(240, 'is more than 4 hours: split the module'),
    /** True when the module discusses abuse; a note is then shown before the content. */
    contentNote: z.boolean({
      error: 'must be true or false (true when the module discusses abuse)',
    }),
    /** Wording of the content note; a default is used when omitted. */
    contentNoteText: z.string().trim().min(10).optional(),
    /** When the legal content was last checked against its sources. */
    lastReviewed: isoDate,
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `has unknown field(s) ${issue.keys.join(', ')}: check the spelling. Allowed fields: title, summary, order, objectives, minutes, contentNote, contentNoteText, lastReviewed`
        : undefined,
  },
);

export type ModuleFrontmatter = z.output<typeof moduleSchema>;
