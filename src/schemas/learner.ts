// zod/mini, not zod: the learner record is checked in the browser (progress, certificate and
// scenario pages) and the mini build is tree-shaken to the few checks used here.
import * as z from 'zod/mini';

/** Current version of the learner record. Older versions are migrated (src/lib/progress/migrate.ts). */
export const learnerVersion = 1;

// Ids are kebab-case, like content ids. This also refuses `__proto__` and friends as record keys.
const id = z.string().check(z.maxLength(100), z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));
const iso = z
  .string()
  .check(z.maxLength(40), z.regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d{1,9})?)?Z$/));
const count = (max: number) => z.number().check(z.int(), z.minimum(0), z.maximum(max));
const percent = z.number().check(z.minimum(0), z.maximum(100));
/** A record keyed by id, with at most `max` entries (a tampered file cannot make pages crawl). */
const byId = <T extends z.ZodMiniType>(value: T, max: number) =>
  z
    .record(id, value)
    .check(z.refine((o) => Object.keys(o).length <= max, { error: `more than ${max} entries` }));

/** A list in which `keyOf` gives each entry once (pages key their lists by it; duplicates froze them). */
const uniqueBy = <T>(keyOf: (x: T) => string) =>
  z.refine<T[]>((xs) => new Set(xs.map(keyOf)).size === xs.length, {
    error: 'duplicate entries',
  });

/** How far a module was read: h2 sections reached, out of the module's sections. */
export const moduleProgressSchema = z.strictObject({
  /** Sections (h2 headings) reached, counted from the top. */
  reached: count(500),
  /** Sections in the module when last seen. */
  total: count(500),
  /** First opened, ISO 8601 UTC. */
  firstAt: iso,
  /** Last opened. */
  lastAt: iso,
  /** When the last section was reached: the module counts as read from then on. */
  readAt: z.optional(iso),
});

/** The seed a knowledge-check attempt drew its questions with (8 hex digits). */
const seed = z.string().check(z.regex(/^[0-9a-f]{1,16}$/));

/** One knowledge-check attempt. */
export const quizAttemptSchema = z.strictObject({
  /** Questions answered exactly right. */
  score: count(1000),
  /** Number of questions. */
  max: z.number().check(z.int(), z.minimum(1), z.maximum(1000)),
  /** When checked. */
  at: iso,
  /** Seed of the draw (records made before question pools have none). */
  seed: z.optional(seed),
});

/**
 * A session of a knowledge check: it starts with a check made when no session is open, lasts
 * `hours`, and only that first check counts toward a certificate; later checks are retries.
 */
export const quizSessionSchema = z.strictObject({
  /** When the session's first check was made. */
  startedAt: iso,
  /** Seed of that first attempt. */
  seed: z.optional(seed),
  /** Session length in hours (from content/course.yaml when it started). */
  hours: z.number().check(z.int(), z.minimum(1), z.maximum(720)),
});

/** A knowledge check's best and last attempts. */
export const quizProgressSchema = z.strictObject({
  best: quizAttemptSchema,
  last: quizAttemptSchema,
  /** Attempts so far. */
  attempts: count(1_000_000),
  /** Best first attempt of a session: the only attempts a certificate counts. */
  counted: z.optional(quizAttemptSchema),
  /** The latest session. */
  session: z.optional(quizSessionSchema),
});

/** One finished scenario run, reduced to what progress and certificates need. */
export const scenarioRunSchema = z.strictObject({
  /** Total against the best achievable run, 0–100. */
  percent,
  /** Ending id, or null when the run was not finished. */
  ending: z.nullable(id),
  /** Practice or assessment. */
  mode: z.enum(['practice', 'assessment']),
  /** Scenario content version the run was played on. */
  version: count(1_000_000),
  /** Percent per scoring dimension (null where the scenario did not score it). */
  dimensions: z
    .array(
      z.strictObject({
        dimension: z.enum(['timeliness', 'legal', 'quality', 'coordination', 'safeguarding']),
        percent: z.nullable(percent),
      }),
    )
    .check(
      z.maxLength(5),
      uniqueBy((d: { dimension: string }) => d.dimension),
    ),
  /** When the run finished. */
  at: iso,
});

/** A scenario's best and last runs. */
export const scenarioProgressSchema = z.strictObject({
  best: scenarioRunSchema,
  last: scenarioRunSchema,
  /** Finished runs so far. */
  runs: count(1_000_000),
  /** Best finished run in assessment mode: the only runs a certificate counts. */
  assessed: z.optional(scenarioRunSchema),
});

/** A certificate that was issued (the page can be printed again from it). */
export const certificateSchema = z.strictObject({
  /** The learner's name as typed, control characters removed; shown as text, never as HTML. */
  name: z.string().check(z.minLength(1), z.maxLength(80), z.regex(/^[^\p{Cc}]*$/u)),
  /** When it was issued. */
  issuedAt: iso,
  /** Course content version it was issued against. */
  contentVersion: z.string().check(z.maxLength(40), z.regex(/^[\w.-]+$/)),
  /** Verification code: 16 hex digits in groups of four. */
  code: z.string().check(z.regex(/^[0-9A-F]{4}(?:-[0-9A-F]{4}){3}$/)),
  /** Best knowledge-check percent per required module, as printed. */
  modules: z.array(z.strictObject({ id, percent })).check(
    z.maxLength(500),
    uniqueBy((m: { id: string }) => m.id),
  ),
  /** Best percent per required scenario, as printed. */
  scenarios: z.array(z.strictObject({ id, percent })).check(
    z.maxLength(500),
    uniqueBy((m: { id: string }) => m.id),
  ),
});

/** The learner record, version 1: everything the academy remembers about one learner, in one key. */
export const learnerSchema = z.strictObject({
  /** Format marker, so other JSON files are rejected early. */
  format: z.literal('cca-learner'),
  /** Record version. */
  version: z.literal(1),
  /** Reading progress per module slug. */
  modules: byId(moduleProgressSchema, 500),
  /** Knowledge checks per module slug, then per quiz id. */
  quizzes: byId(byId(quizProgressSchema, 50), 500),
  /** Scenario runs per scenario id. */
  scenarios: byId(scenarioProgressSchema, 500),
  /** Certificates issued, oldest first. */
  certificates: z.array(certificateSchema).check(
    z.maxLength(50),
    uniqueBy((c: { code: string }) => c.code),
  ),
  /** Where the learner was last, for "continue where you left off". */
  last: z.optional(z.strictObject({ kind: z.enum(['module', 'scenario']), id, at: iso })),
  /** Last change. */
  updatedAt: iso,
});

/** The learner record after parsing. */
export type LearnerRecord = z.output<typeof learnerSchema>;
export type ModuleProgress = z.output<typeof moduleProgressSchema>;
export type QuizProgress = z.output<typeof quizProgressSchema>;
export type QuizAttempt = z.output<typeof quizAttemptSchema>;
export type QuizSession = z.output<typeof quizSessionSchema>;
export type ScenarioRun = z.output<typeof scenarioRunSchema>;
export type ScenarioProgress = z.output<typeof scenarioProgressSchema>;
export type Certificate = z.output<typeof certificateSchema>;
