import { z } from 'zod';
import { dimensionSchema, durationSchema, idSchema } from './common.ts';
import { evidenceStatusSchema } from './evidence.ts';

/** One score change on one dimension, always with the reason shown in feedback and debrief. */
export const scoreDeltaSchema = z.strictObject({
  /** Points added (positive) or taken away (negative). */
  delta: z.number().int().min(-10).max(10),
  /** Why, in one sentence the trainee understands. */
  reason: z.string().min(1),
});

/** A message or request the trainee sends; the recipient's response rules schedule an answer. */
export const sendSchema = z.strictObject({
  /** Actor id of the recipient. */
  to: idSchema,
  /** Subject line shown in the sent log. */
  subject: z.string().min(1),
  /** Outcome class the recipient's rules see (drafts use the validator's class). */
  as: z.string().default('complete'),
});

/** What a decision does to the simulation. Every field is optional. */
export const effectsSchema = z.strictObject({
  /** Simulated time the action costs, e.g. `PT40M`. */
  advance: durationSchema.optional(),
  /** After the cost, wait until the next scheduled event (an answer or inject) arrives. */
  waitForNextEvent: z.boolean().default(false),
  /** Evidence items moved to a new lifecycle state, keyed by evidence id. */
  evidence: z.record(idSchema, evidenceStatusSchema).default({}),
  /** Flags switched on. */
  set: z.array(idSchema).default([]),
  /** Flags switched off. */
  clear: z.array(idSchema).default([]),
  /** Messages sent, each scheduling a response from its recipient. */
  send: z.array(sendSchema).default([]),
  /** Score changes per dimension, each with its reason. */
  score: z.partialRecord(dimensionSchema, scoreDeltaSchema).default({}),
});

/** Effects after parsing (defaults filled in). */
export type Effects = z.output<typeof effectsSchema>;
/** A send effect after parsing. */
export type Send = z.output<typeof sendSchema>;
