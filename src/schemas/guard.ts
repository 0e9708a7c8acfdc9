import { z } from 'zod';
import { durationSchema, idSchema } from './common.ts';
import { evidenceStatusSchema } from './evidence.ts';

/** Conditions under which a choice is enabled. All listed conditions must hold. */
export const guardSchema = z.strictObject({
  /** Flags that must be set. */
  flags: z.array(idSchema).default([]),
  /** Flags that must not be set. */
  notFlags: z.array(idSchema).default([]),
  /** Evidence items that must be in one of the listed states, keyed by evidence id. */
  evidence: z
    .record(idSchema, z.union([evidenceStatusSchema, z.array(evidenceStatusSchema).min(1)]))
    .default({}),
  /** The clock must be before `startsAt` + this duration. */
  before: durationSchema.optional(),
  /** The clock must be at or after `startsAt` + this duration. */
  after: durationSchema.optional(),
  /** Message ids that must have arrived in the inbox. */
  inbox: z.array(idSchema).default([]),
});

/** A guard after parsing. */
export type Guard = z.output<typeof guardSchema>;
