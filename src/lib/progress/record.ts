/**
 * Pure updates of the learner record. No zod here: this runs in the always-on recorder on every
 * page, which must stay tiny. Inputs come from browser events any script could fake, so every value
 * is checked and clamped to what the schema (src/schemas/learner.ts) accepts.
 */
import type {
  LearnerRecord,
  ModuleProgress,
  QuizAttempt,
  QuizProgress,
  QuizSession,
  ScenarioProgress,
  ScenarioRun,
} from '../../schemas/learner.ts';

/** Kebab-case id, as in the schema. */
export const isId = (v: unknown): v is string =>
  typeof v === 'string' && v.length <= 100 && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(v);

/** An own property only: `rec.modules['constructor']` must not find Object.prototype's. */
export function own<T>(obj: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(obj, key) ? obj[key] : undefined;
}

const int = (v: unknown, max: number): number =>
  typeof v === 'number' && Number.isFinite(v) ? Math.min(max, Math.max(0, Math.round(v))) : 0;
const pct = (v: unknown): number => int(v, 100);
const isoOr = (v: unknown, now: string): string =>
  typeof v === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d{1,9})?)?Z$/.test(v) ? v : now;

/** A new, empty record. */
export function emptyRecord(now: string): LearnerRecord {
  return {
    format: 'cca-learner',
    version: 1,
    modules: {},
    quizzes: {},
    scenarios: {},
    certificates: [],
    updatedAt: now,
  };
}

/** Notes a visit to a module or scenario page ("continue where you left off"). */
export function recordVisit(
  rec: LearnerRecord,
  kind: 'module' | 'scenario',
  id: string,
  now: string,
): void {
  if (!isId(id)) return;
  rec.last = { kind, id, at: now };
  rec.updatedAt = now;
}

/** Notes that `reached` of `total` sections of a module have been seen. Never goes backwards. */
export function recordReading(
  rec: LearnerRecord,
  slug: string,
  reached: number,
  total: number,
  now: string,
): ModuleProgress | undefined {
  if (!isId(slug)) return undefined;
  const prev = own(rec.modules, slug);
  const t = int(total, 500);
  const r = Math.min(t, Math.max(int(reached, 500), prev?.reached ?? 0));
  const next: ModuleProgress = {
    reached: r,
    total: t,
    firstAt: prev?.firstAt ?? now,
    lastAt: now,
  };
  const readAt = prev?.readAt ?? (t > 0 && r >= t ? now : undefined);
  if (readAt) next.readAt = readAt;
  rec.modules[slug] = next;
  rec.updatedAt = now;
  return next;
}

/** Share of a quiz attempt, 0–100. */
export const quizPercent = (a: { score: number; max: number }): number =>
  a.max > 0 ? Math.round((a.score / a.max) * 100) : 0;

/** True while a knowledge-check session is open at `now` (a clock set back keeps it open). */
export function sessionOpen(session: QuizSession | undefined, now: string): boolean {
  if (!session) return false;
  return Date.parse(now) - Date.parse(session.startedAt) < session.hours * 3_600_000;
}

/** The better of two attempts (the earlier one on a tie). */
const better = (a: QuizAttempt | undefined, b: QuizAttempt): QuizAttempt =>
  a && quizPercent(a) >= quizPercent(b) ? a : b;

/**
 * Records a knowledge-check result (`cca:quiz-result` detail): best and last, and whether it was
 * the first check of a session. Only such first checks count toward a certificate (`counted`):
 * once the feedback has shown the answers, a retry measures memory of the feedback, not knowledge.
 */
export function recordQuiz(rec: LearnerRecord, detail: unknown, now: string): boolean {
  if (typeof detail !== 'object' || detail === null) return false;
  const d = detail as Record<string, unknown>;
  if (!isId(d['moduleId']) || !isId(d['quizId'])) return false;
  const max = int(d['max'], 1000);
  if (max < 1) return false;
  const seed =
    typeof d['seed'] === 'string' && /^[0-9a-f]{1,16}$/.test(d['seed']) ? d['seed'] : undefined;
  const attempt: QuizAttempt = {
    score: Math.min(max, int(d['score'], 1000)),
    max,
    at: isoOr(d['at'], now),
    ...(seed ? { seed } : {}),
  };
  const perModule = own(rec.quizzes, d['moduleId']) ?? {};
  const prev = own(perModule, d['quizId']);
  const next: QuizProgress = {
    best: better(prev?.best, attempt),
    last: attempt,
    attempts: Math.min(1_000_000, (prev?.attempts ?? 0) + 1),
  };
  if (prev?.counted) next.counted = prev.counted;
  if (prev?.session) next.session = prev.session;
  // The session clock runs on the recorder's time, not on the `at` the event claims.
  if (!sessionOpen(prev?.session, now)) {
    const hours = Math.min(720, Math.max(1, int(d['sessionHours'], 720) || 24));
    next.session = { startedAt: now, hours, ...(seed ? { seed } : {}) };
    next.counted = better(prev?.counted, attempt);
  }
  perModule[d['quizId']] = next;
  rec.quizzes[d['moduleId']] = perModule;
  rec.updatedAt = now;
  return true;
}

/** The best finished assessment run (also from records made before `assessed` was kept). */
export function assessedRun(p: ScenarioProgress | undefined): ScenarioRun | undefined {
  if (!p) return undefined;
  if (p.assessed) return p.assessed;
  const old = [p.best, p.last].filter((r) => r.mode === 'assessment' && r.ending !== null);
  return old.sort((a, b) => b.percent - a.percent)[0];
}

const dimensions = ['timeliness', 'legal', 'quality', 'coordination', 'safeguarding'] as const;

/** Records a finished scenario run from the `cca:scenario-result` detail (a result file). */
export function recordScenario(rec: LearnerRecord, detail: unknown, now: string): boolean {
  if (typeof detail !== 'object' || detail === null) return false;
  const d = detail as {
    scenario?: { id?: unknown; version?: unknown };
    mode?: unknown;
    ending?: unknown;
    scores?: { total?: { percent?: unknown }; dimensions?: unknown };
    exportedAt?: unknown;
  };
  const id = d.scenario?.id;
  if (!isId(id)) return false;
  const dims = Array.isArray(d.scores?.dimensions) ? (d.scores.dimensions as unknown[]) : [];
  const run: ScenarioRun = {
    percent: pct(d.scores?.total?.percent),
    ending: isId(d.ending) ? d.ending : null,
    mode: d.mode === 'assessment' ? 'assessment' : 'practice',
    version: int(d.scenario?.version, 1_000_000),
    dimensions: dims
      .map((x) => x as { dimension?: unknown; percent?: unknown })
      .filter(
        (x, i, all): x is { dimension: (typeof dimensions)[number]; percent: unknown } =>
          dimensions.includes(x.dimension as (typeof dimensions)[number]) &&
          // Each dimension once (the first): pages key their lists by dimension.
          all.findIndex((y) => y.dimension === x.dimension) === i,
      )
      .slice(0, 5)
      .map((x) => ({
        dimension: x.dimension,
        percent: x.percent === null ? null : pct(x.percent),
      })),
    at: isoOr(d.exportedAt, now),
  };
  const prev = own(rec.scenarios, id);
  const next: ScenarioProgress = {
    best: prev && prev.best.percent >= run.percent ? prev.best : run,
    last: run,
    runs: Math.min(1_000_000, (prev?.runs ?? 0) + 1),
  };
  const assessed = assessedRun(prev);
  // Certificates count finished assessment runs only: practice mode shows feedback at every step.
  if (run.mode === 'assessment' && run.ending !== null) {
    next.assessed = assessed && assessed.percent >= run.percent ? assessed : run;
  } else if (assessed) next.assessed = assessed;
  rec.scenarios[id] = next;
  rec.updatedAt = now;
  return true;
}
