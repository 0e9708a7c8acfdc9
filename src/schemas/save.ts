import { z } from 'zod';

/** A finding from the request validator, as stored with a draft decision. */
export const storedFindingSchema = z.object({
  code: z.string(),
  field: z.string(),
  severity: z.enum(['error', 'warning']),
  message: z.string(),
  why: z.string(),
  reference: z.string(),
  outcome: z.string(),
});

/** One stored decision; drafts keep their text so a restore re-validates them. */
export const storedDecisionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('choose'), choice: z.string().max(100) }),
  z.strictObject({ kind: z.literal('select'), options: z.array(z.string().max(100)).max(32) }),
  z.strictObject({
    kind: z.literal('draft'),
    outcome: z.string().max(100),
    draft: z
      .record(
        z.string().max(100),
        z.union([z.string().max(20000), z.array(z.string().max(2000)).max(100)]),
      )
      .optional(),
    findings: z.array(storedFindingSchema).max(200).optional(),
  }),
  z.strictObject({ kind: z.literal('wait') }),
]);

/** A saved run, version 1: the seed and the decisions; restoring replays them exactly. */
export const savedRunSchema = z.strictObject({
  /** Format marker, so other JSON files are rejected early. */
  format: z.literal('cca-run'),
  /** Save format version. */
  version: z.literal(1),
  /** Scenario id the run belongs to. */
  scenarioId: z.string().min(1).max(100),
  /** Scenario content version at save time. */
  scenarioVersion: z.number().int().min(1),
  /** The run's 32-bit seed. */
  seed: z.number().int().min(0).max(0xffffffff),
  /** Practice or assessment. */
  mode: z.enum(['practice', 'assessment']),
  /** Decisions in order. */
  decisions: z.array(storedDecisionSchema).max(2000),
});

/** A saved run after parsing. */
export type SavedRun = z.output<typeof savedRunSchema>;

/** The compact replay (seed + decisions by position) for an LMS suspend-data field. */
export const replaySchema = z.tuple([
  z.literal(1),
  z.string().min(1).max(100),
  z.number().int().min(1),
  z.number().int().min(0).max(0xffffffff),
  z.enum(['p', 'a']),
  z
    .array(
      z.union([
        z.number().int().min(0).max(1000),
        z.string().regex(/^(w|s[0-9a-z]{1,7}|d\d{1,2}|d:[a-z-]{1,40})$/),
      ]),
    )
    .max(2000),
]);
/** A decoded replay after parsing. */
export type ReplayTuple = z.output<typeof replaySchema>;
