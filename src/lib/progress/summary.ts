/** What the learner has done against the course: per module, per scenario, overall, next step. */
import type { LearnerRecord, ScenarioRun } from '../../schemas/learner.ts';
import { assessedRun, own, quizPercent } from './record.ts';

/** The course, built from content and content/course.yaml (src/config/course.ts). */
export interface CourseInfo {
  contentVersion: string;
  quizPercent: number;
  /** Hours a knowledge-check session lasts (only its first check counts); 24 when not given. */
  quizSessionHours?: number;
  scenarioPercent: number;
  modules: Array<{
    id: string;
    title: string;
    order: number;
    quizzes: string[];
    required: boolean;
  }>;
  scenarios: Array<{
    id: string;
    title: string;
    required: boolean;
    /** Ending titles by ending id, so a run's ending shows as words (optional for older callers). */
    endings?: Record<string, string>;
  }>;
}

export interface ModuleStatus {
  id: string;
  title: string;
  required: boolean;
  /** Sections reached, 0–100. */
  readPercent: number;
  read: boolean;
  /**
   * Per knowledge check (null: not taken): best and last percent of any attempt, and `counted`,
   * the best first check of a session, which alone decides `passed`.
   */
  quizzes: Array<{
    id: string;
    best: number | null;
    last: number | null;
    counted: number | null;
    passed: boolean;
  }>;
  checksPassed: boolean;
  /** Read and every check passed. */
  complete: boolean;
}

export interface ScenarioStatus {
  id: string;
  title: string;
  required: boolean;
  best: ScenarioRun | null;
  last: ScenarioRun | null;
  /** Best finished assessment-mode run, which alone decides `passed`. */
  assessed: ScenarioRun | null;
  passed: boolean;
}

export type Step =
  | { kind: 'read' | 'quiz'; id: string; title: string }
  | { kind: 'scenario'; id: string; title: string }
  | { kind: 'certificate' };

export interface Summary {
  modules: ModuleStatus[];
  scenarios: ScenarioStatus[];
  /** Required modules complete plus required scenarios passed, out of all required. */
  overall: { done: number; total: number; percent: number };
  /** Every required check and scenario at the pass level: a certificate may be issued. */
  eligible: boolean;
  next: Step | null;
  /** Where the learner was last, if it still exists. */
  resume: { kind: 'module' | 'scenario'; id: string; title: string } | null;
}

/** Works out the learner's standing in the course. */
export function summarise(course: CourseInfo, rec: LearnerRecord): Summary {
  const modules = course.modules.map((m): ModuleStatus => {
    const p = own(rec.modules, m.id);
    const perModule = own(rec.quizzes, m.id) ?? {};
    const quizzes = m.quizzes.map((id) => {
      const q = own(perModule, id);
      const counted = q?.counted ? quizPercent(q.counted) : null;
      return {
        id,
        best: q ? quizPercent(q.best) : null,
        last: q ? quizPercent(q.last) : null,
        counted,
        passed: counted !== null && counted >= course.quizPercent,
      };
    });
    const read = !!p?.readAt;
    const checksPassed = quizzes.every((q) => q.passed);
    return {
      id: m.id,
      title: m.title,
      required: m.required,
      readPercent: read ? 100 : p && p.total > 0 ? Math.round((p.reached / p.total) * 100) : 0,
      read,
      quizzes,
      checksPassed,
      complete: read && checksPassed,
    };
  });
  const scenarios = course.scenarios.map((s): ScenarioStatus => {
    const p = own(rec.scenarios, s.id);
    const assessed = assessedRun(p) ?? null;
    return {
      id: s.id,
      title: s.title,
      required: s.required,
      best: p?.best ?? null,
      last: p?.last ?? null,
      assessed,
      passed: !!assessed && assessed.percent >= course.scenarioPercent,
    };
  });
  const reqM = modules.filter((m) => m.required);
  const reqS = scenarios.filter((s) => s.required);
  const total = reqM.length + reqS.length;
  const done = reqM.filter((m) => m.complete).length + reqS.filter((s) => s.passed).length;
  const eligible = reqM.every((m) => m.checksPassed) && reqS.every((s) => s.passed);
  const unread = reqM.find((m) => !m.read);
  const unchecked = reqM.find((m) => !m.checksPassed);
  const unplayed = reqS.find((s) => !s.passed);
  const next: Step | null = unchecked
    ? { kind: unchecked.read ? 'quiz' : 'read', id: unchecked.id, title: unchecked.title }
    : unplayed
      ? { kind: 'scenario', id: unplayed.id, title: unplayed.title }
      : unread
        ? { kind: 'read', id: unread.id, title: unread.title }
        : eligible
          ? { kind: 'certificate' }
          : null;
  const last = rec.last;
  const lastTitle = last
    ? (last.kind === 'module' ? course.modules : course.scenarios).find((x) => x.id === last.id)
        ?.title
    : undefined;
  return {
    modules,
    scenarios,
    overall: { done, total, percent: total > 0 ? Math.round((done / total) * 100) : 100 },
    eligible,
    next,
    resume: last && lastTitle ? { kind: last.kind, id: last.id, title: lastTitle } : null,
  };
}
