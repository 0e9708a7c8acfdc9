import { z } from 'zod';

/** Request types with a template page: the validator's four plus spontaneous information (Art. 26). */
export const templateTypeSchema = z.enum(
  [
    'preservation',
    'mla-stored-data',
    'provider-subscriber',
    'emergency-disclosure',
    'spontaneous-information',
  ],
  {
    error:
      'must be one of: preservation, mla-stored-data, provider-subscriber, emergency-disclosure, spontaneous-information',
  },
);
/** One template type. */
export type TemplateType = z.output<typeof templateTypeSchema>;

const sentences = (what: string) =>
  z
    .string({ error: `is missing: write ${what}` })
    .trim()
    .min(20, `is too short: write ${what} in at least one full sentence`);

const list = (what: string) =>
  z
    .array(z.string().trim().min(10, `each item must be a full sentence (${what})`), {
      error: `must be a list of ${what}, one per line starting with "  - "`,
    })
    .min(1, `needs at least one item (${what})`);

/**
 * Guidance for one request template (content/templates/<type>.yaml), in our own words. Legal
 * statements come only from the verified facts; the form's fields come from the validator.
 */
export const templateGuidanceSchema = z.strictObject(
  {
    /** Which request form this guidance belongs to; also the URL: /templates/<type>/. */
    type: templateTypeSchema,
    /** Position on the templates index (1 = first). */
    order: z.number({ error: 'must be a whole number, for example order: 1' }).int().positive(),
    /** Short name for lists and the page title, e.g. "Preservation request". */
    title: z.string({ error: 'is missing: for example title: Preservation request' }).trim().min(3),
    /** What the request achieves, and what it does not. */
    purpose: sentences('what the request achieves'),
    /** The provision(s) the request rests on. */
    legalBasis: sentences('the legal basis'),
    /** Through whom the request travels. */
    channel: sentences('the channel the request travels through'),
    /** What the person who receives it checks before acting. */
    recipientChecks: list('what the recipient checks'),
    /** Mistakes that cost time or the evidence. */
    commonMistakes: list('common mistakes'),
    /** A worked example: field id -> value (text, or a list for tick boxes). Fictional data only. */
    example: z
      .record(z.string(), z.union([z.string(), z.array(z.string())]), {
        error: 'must map field ids to example values, for example example: { offence: Fraud }',
      })
      .default({}),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `has unknown field(s) ${issue.keys.join(', ')}: allowed fields are type, order, title, purpose, legalBasis, channel, recipientChecks, commonMistakes, example`
        : undefined,
  },
);

/** Validated template guidance. */
export type TemplateGuidance = z.output<typeof templateGuidanceSchema>;
