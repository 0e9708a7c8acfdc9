import { z } from 'zod';

const dimension = z.enum(['timeliness', 'legal', 'quality', 'coordination', 'safeguarding']);

/**
 * A finished (or abandoned) run as a file for the instructor, version 1. The replay code is the
 * authority: a dashboard can replay it against the scenario to recompute everything else.
 */
export const resultFileSchema = z.strictObject({
  /** Format marker, so other JSON files are rejected early. */
  format: z.literal('cca-result'),
  /** Result format version. */
  version: z.literal(1),
  /** Which scenario, at which content version. */
  scenario: z.strictObject({
    id: z.string().min(1).max(100),
    version: z.number().int().min(1),
    title: z.string().max(300),
  }),
  /** The run's seed (same seed and decisions give the same run). */
  seed: z.number().int().min(0).max(0xffffffff),
  /** Practice or assessment. */
  mode: z.enum(['practice', 'assessment']),
  /** Compact replay code (seed + decisions) from `encodeReplay`. */
  replay: z.string().max(8192),
  /** Ending id, or null when the run was not finished. */
  ending: z.string().max(100).nullable(),
  /** The decisions, for reading without replaying. */
  decisions: z
    .array(
      z.strictObject({
        node: z.string().max(100),
        label: z.string().max(1000),
        /** Simulated time of the decision, ISO 8601 UTC. */
        at: z.iso.datetime(),
        score: z.number(),
        minScore: z.number(),
        maxScore: z.number(),
      }),
    )
    .max(2000),
  /** Scores against the best achievable run of the same seed. */
  scores: z.strictObject({
    total: z.strictObject({ score: z.number(), best: z.number(), percent: z.number() }),
    dimensions: z
      .array(
        z.strictObject({
          dimension,
          score: z.number(),
          best: z.number(),
          percent: z.number().nullable(),
        }),
      )
      .max(5),
  }),
  /** Final state of each evidence item. */
  evidence: z
    .array(
      z.strictObject({
        id: z.string().max(100),
        status: z.string().max(40),
        /** When it reached that state, ISO 8601 UTC. */
        since: z.iso.datetime(),
      }),
    )
    .max(200),
  /** When the file was made (real time, ISO 8601). */
  exportedAt: z.iso.datetime(),
});

/** A result file after parsing. */
export type ResultFile = z.output<typeof resultFileSchema>;
