import { z } from 'zod';
import { durationSchema, idSchema } from './common.ts';
import { dataCategories, evidenceStatuses } from './vocabulary.ts';

export { safeStatuses, type EvidenceStatus } from './vocabulary.ts';

/** Lifecycle of an evidence item: unknown → identified → preservation-requested → preserved → disclosed/obtained, or lost. */
export const evidenceStatusSchema = z.enum(evidenceStatuses);

/** A piece of electronic evidence held by an actor, with a retention deadline. */
export const evidenceSchema = z.strictObject({
  /** Short label for the evidence board. */
  label: z.string().min(1),
  /** Actor id of the holder (usually a provider). */
  holder: idSchema,
  /** Data category in the sense of the Budapest Convention. */
  category: z.enum(dataCategories),
  /** Time after `startsAt` when unpreserved data are deleted or overwritten, e.g. `P4DT6H`. */
  retention: durationSchema,
  /** Lifecycle state at the start. */
  initial: evidenceStatusSchema.default('unknown'),
  /** One or two sentences for the debrief. */
  description: z.string().min(1).optional(),
});

/** An evidence item after parsing. */
export type Evidence = z.output<typeof evidenceSchema>;
