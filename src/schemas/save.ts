// zod/mini, not zod: this schema is checked in the browser when a run resumes, and the mini
// build is tree-shaken to the few checks used here instead of shipping the whole library.
import * as z from 'zod/mini';

const text = (max: number) => z.string().check(z.maxLength(max));

/**
 * A finding from the request validator, as stored with a draft decision: structured (code,
 * params, refs); saves from before that change also carried English `message`/`why`, still accepted.
 */
export const storedFindingSchema = z.object({
  code: z.string(),
  field: z.string(),
  severity: z.enum(['error', 'warning']),
  params: z.optional(z.record(text(100), z.union([text(400), z.number()]))),
  because: z.optional(text(100)),
  refs: z.optional(z.array(text(200)).check(z.maxLength(10))),
  message: z.optional(z.string()),
  why: z.optional(z.string()),
  reference: z.optional(z.string()),
  outcome: z.string(),
});

/** One stored decision; drafts keep their text so a restore re-validates them. */
export const storedDecisionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('choose'), choice: text(100) }),
  z.strictObject({ kind: z.literal('select'), options: z.array(text(100)).check(z.maxLength(32)) }),
  z.strictObject({
    kind: z.literal('draft'),
    outcome: text(100),
    draft: z.optional(
      z.record(text(100), z.union([text(20000), z.array(text(2000)).check(z.maxLength(100))])),
    ),
    findings: z.optional(z.array(storedFindingSchema).check(z.maxLength(200))),
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
  scenarioId: z.string().check(z.minLength(1), z.maxLength(100)),
  /** Scenario content version at save time. */
  scenarioVersion: z.number().check(z.int(), z.minimum(1)),
  /** The run's 32-bit seed. */
  seed: z.number().check(z.int(), z.minimum(0), z.maximum(0xffffffff)),
  /** Practice or assessment. */
  mode: z.enum(['practice', 'assessment']),
  /** Decisions in order. */
  decisions: z.array(storedDecisionSchema).check(z.maxLength(2000)),
});

/** A saved run after parsing. */
export type SavedRun = z.output<typeof savedRunSchema>;

/** The compact replay (seed + decisions by position) for an LMS suspend-data field. */
export const replaySchema = z.tuple([
  z.literal(1),
  z.string().check(z.minLength(1), z.maxLength(100)),
  z.number().check(z.int(), z.minimum(1)),
  z.number().check(z.int(), z.minimum(0), z.maximum(0xffffffff)),
  z.enum(['p', 'a']),
  z
    .array(
      z.union([
        z.number().check(z.int(), z.minimum(0), z.maximum(1000)),
        z.string().check(z.regex(/^(w|s[0-9a-z]{1,7}|d\d{1,2}|d:[a-z-]{1,40})$/)),
      ]),
    )
    .check(z.maxLength(2000)),
]);
/** A decoded replay after parsing. */
export type ReplayTuple = z.output<typeof replaySchema>;
