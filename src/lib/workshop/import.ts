/**
 * Imports team results into the debrief dashboard. Everything here is untrusted: files may be
 * huge, not JSON, from another session or edited. A result code is the authority: it is decoded,
 * replayed with the engine, and its recorded scores must equal the replay's, or it is refused.
 */
import { replay, totalScore, type Scenario, type SimState } from '../../engine/runtime.ts';
import { limits, type Session, type TeamResult } from '../../schemas/session.ts';
import { dimensions } from '../../schemas/vocabulary.ts';
import { decodeResultCode, teamKey, type CodeError } from './codes.ts';

/** Why an import was refused. */
export type RejectReason =
  | CodeError
  | 'too-big'
  | 'invalid-json'
  | 'not-a-result'
  | 'plain-result'
  | 'unknown-scenario'
  | 'other-version'
  | 'other-session'
  | 'replay-failed'
  | 'tampered'
  | 'duplicate';

/** A verified team result. */
export interface Accepted {
  team: string;
  code: string;
  result: TeamResult;
  sim: SimState;
  /** File name or "pasted line n". */
  source: string;
}

/** A refused input with its reason. */
export interface Rejected {
  source: string;
  reason: RejectReason;
}

/** Extracts result codes from one imported file (a workshop result file or a text file of codes). */
export function codesFromFile(
  name: string,
  size: number,
  text: string,
): { codes: string[] } | Rejected {
  const source = name.slice(0, 120);
  if (size > limits.fileBytes || text.length > limits.fileBytes)
    return { source, reason: 'too-big' };
  const trimmed = text.trim();
  if (!trimmed.startsWith('{')) return { codes: codesFromText(trimmed) };
  let data: unknown;
  try {
    data = JSON.parse(trimmed);
  } catch {
    return { source, reason: 'invalid-json' };
  }
  if (typeof data !== 'object' || data === null) return { source, reason: 'not-a-result' };
  const record = data as Record<string, unknown>;
  if (record.format === 'cca-result') return { source, reason: 'plain-result' };
  if (record.format !== 'cca-workshop-result' || typeof record.code !== 'string')
    return { source, reason: 'not-a-result' };
  return { codes: [record.code] };
}

/** Splits pasted text into candidate codes: one per line, blank lines skipped. */
export function codesFromText(text: string): string[] {
  return text
    .slice(0, limits.fileBytes)
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}

const sameSession = (a: Session, b: Session): boolean =>
  a.sessionId === b.sessionId && a.seed === b.seed && a.mode === b.mode;

/**
 * Checks one code against the scenarios and the session (the first accepted result fixes the
 * session when none was given), replays it and compares the recorded scores with the replay.
 */
export function verifyCode(
  code: string,
  source: string,
  scenarios: readonly Scenario[],
  session: Session | null,
  already: readonly Accepted[],
): Accepted | Rejected {
  const decoded = decodeResultCode(code);
  if (!decoded.ok) return { source, reason: decoded.reason };
  const result = decoded.value;
  const s = result.session;
  const scenario = scenarios.find((x) => x.id === s.scenarioId);
  if (!scenario) return { source, reason: 'unknown-scenario' };
  if (s.scenarioVersion !== scenario.version) return { source, reason: 'other-version' };
  if (session && (session.scenarioId !== s.scenarioId || !sameSession(session, s)))
    return { source, reason: 'other-session' };
  if (session && session.scenarioVersion !== s.scenarioVersion)
    return { source, reason: 'other-version' };
  const trimmed = code.trim();
  const key = teamKey(result.team);
  if (already.some((a) => a.code === trimmed || teamKey(a.team) === key))
    return { source, reason: 'duplicate' };
  const run = replay(scenario, {
    scenarioId: s.scenarioId,
    scenarioVersion: s.scenarioVersion,
    seed: s.seed,
    mode: s.mode,
    tokens: result.tokens,
  });
  if (!run.ok) return { source, reason: 'replay-failed' };
  const sim = run.state;
  const matches =
    totalScore(sim) === result.scores.total &&
    dimensions.every((d) => sim.score[d] === result.scores.dimensions[d]);
  if (!matches) return { source, reason: 'tampered' };
  return { team: result.team, code: trimmed, result, sim, source };
}

/** Imports many codes at once: accepted results in order, and every refusal with its reason. */
export function importCodes(
  entries: ReadonlyArray<{ code: string; source: string }>,
  scenarios: readonly Scenario[],
  session: Session | null,
  already: readonly Accepted[] = [],
): { accepted: Accepted[]; rejected: Rejected[]; session: Session | null } {
  const accepted: Accepted[] = [];
  const rejected: Rejected[] = [];
  let fixed = session ?? already[0]?.result.session ?? null;
  for (const { code, source } of entries) {
    let r: Accepted | Rejected;
    try {
      r = verifyCode(code, source, scenarios, fixed, [...already, ...accepted]);
    } catch {
      // A code the replay cannot digest is refused on its own; it never stops the others.
      r = { source, reason: 'replay-failed' };
    }
    if ('reason' in r) rejected.push(r);
    else {
      accepted.push(r);
      fixed ??= r.result.session;
    }
  }
  return { accepted, rejected, session: fixed };
}
