// Parsing of untrusted saves and replay codes. Kept apart from persistence.ts because it needs
// the save schemas (zod/mini): the player loads this module only when there is a run to resume.
// Replaying a save re-validates its drafts: the validator's entry fills the port (draft-port.ts).
import './forms-runtime.ts';
import type { Scenario } from '../schemas/scenario.ts';
import { replaySchema, savedRunSchema } from '../schemas/save.ts';
import {
  fail,
  replayDecisions,
  type Replay,
  type RestoreError,
  type RestoreResult,
} from './persistence.ts';
import type { Decision } from './sim/types.ts';

/** Longest replay code accepted (a long run is a few hundred characters). */
const MAX_REPLAY_CODE_LENGTH = 8192;

/** Restores a saved run (object or JSON text) after validating it; never throws. */
export function restoreRun(scenario: Scenario, saved: unknown): RestoreResult {
  let data = saved;
  if (typeof saved === 'string') {
    try {
      data = JSON.parse(saved);
    } catch {
      return fail('invalid-text');
    }
  }
  const parsed = savedRunSchema.safeParse(data);
  if (!parsed.success) return fail('invalid-format');
  const run = parsed.data;
  if (run.scenarioId !== scenario.id) return fail('wrong-scenario');
  if (run.scenarioVersion !== scenario.version) return fail('scenario-changed');
  return replayDecisions(scenario, run.seed, run.mode, run.decisions as Decision[]);
}

/** Decodes a replay code; hostile or damaged input yields a typed error, never an exception. */
export function decodeReplay(
  code: unknown,
): { ok: true; replay: Replay } | { ok: false; error: RestoreError } {
  if (
    typeof code !== 'string' ||
    code.length === 0 ||
    code.length > MAX_REPLAY_CODE_LENGTH ||
    !/^[A-Za-z0-9_-]+$/.test(code)
  ) {
    return { ok: false, error: { code: 'invalid-text' } };
  }
  let data: unknown;
  try {
    data = JSON.parse(atob(code.replace(/-/g, '+').replace(/_/g, '/')));
  } catch {
    return { ok: false, error: { code: 'invalid-text' } };
  }
  const parsed = replaySchema.safeParse(data);
  if (!parsed.success) return { ok: false, error: { code: 'invalid-format' } };
  const [, scenarioId, scenarioVersion, seed, mode, tokens] = parsed.data;
  return {
    ok: true,
    replay: {
      scenarioId,
      scenarioVersion,
      seed,
      mode: mode === 'a' ? 'assessment' : 'practice',
      tokens,
    },
  };
}
