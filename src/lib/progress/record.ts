/**
 * Pure updates of the learner record. No zod here: this runs in the always-on recorder on every
 * page, which must stay tiny. Inputs come from browser events any script could fake, so every value
 * is checked and clamped to what the schema (src/schemas/learner.ts) accepts.
 */
import type {
  LearnerRecord,
  ModuleProgress,
  QuizProgress,
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
const pct = (v: unknown): number =>
  typeof v === 'number' && Number.isFinite(v) ? Math.min(100, Math.max(0, Math.round(v))) : 0;
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

/** Records a knowledge-check result (`cca:quiz-result` detail): best and last. */
export function recordQuiz(rec: LearnerRecord, detail: unknown, now: string): boolean {
  if (typeof detail !== 'object' || detail === null) return false;
  const d = detail as Record<string, unknown>;
  if (!isId(d['moduleId']) || !isId(d['quizId'])) return false;
  const max = int(d['max'], 1000);
  if (max < 1) return false;
  const attempt = { score: Math.min(max, int(d['score'], 1000)), max, at: isoOr(d['at'], now) };
  const perModule = own(rec.quizzes, d['moduleId']) ?? {};
  const prev = own(perModule, d['quizId']);
  const next: QuizProgress = {
    best: prev && quizPercent(prev.best) >= quizPercent(attempt) ? prev.best : attempt,
    last: attempt,
    attempts: Math.min(1_000_000, (prev?.attempts ?? 0) + 1),
  };
  perModule[d['quizId']] = next;
  rec.quizzes[d['moduleId']] = perModule;
  rec.updatedAt = now;
  return true;
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
  rec.scenarios[id] = next;
  rec.updatedAt = now;
  return true;
}
