/**
 * One cmi5 AU launch through @xapi/cmi5: initialized → (completed) passed/failed → terminated,
 * results with score and duration, the replay code kept in the xAPI state API for resume. The
 * LMS's launch data decide: its masteryScore replaces the course pass mark, and in Browse or
 * Review launch mode nothing is scored (cmi5 allows no completed/passed/failed there).
 */
import Cmi5 from '@xapi/cmi5';
import type { ScenarioFinished, Unit } from './events.ts';
import { moduleDone, encodeModuleState, type ModuleState, type Tracker } from './tracker.ts';

const stateId = 'https://w3id.org/xapi/cca/state/resume';

/** Starts a cmi5 session (fetches the auth token, reads launch data, sends initialized). */
export async function startCmi5(unit: Unit): Promise<Tracker> {
  const cmi5 = new Cmi5();
  await cmi5.initialize();
  const params = cmi5.getLaunchParameters();
  const launch = cmi5.getLaunchData();
  const scoring = launch.launchMode === 'Normal';
  const mastery = typeof launch.masteryScore === 'number' ? launch.masteryScore : null;
  const where = {
    agent: params.actor,
    activityId: params.activityId,
    registration: params.registration,
    stateId,
  };
  let resume: string | null = null;
  try {
    const saved = (await cmi5.xapi?.getState(where))?.data;
    if (typeof saved === 'string' && /^[A-Za-z0-9_-]{1,8192}$/.test(saved)) resume = saved;
  } catch {
    // No saved state yet (404): a fresh start.
  }
  let completed = false;
  let judged = false;
  let queue: Promise<unknown> = Promise.resolve();
  // Statements go out in order (cmi5 defines it), one after another.
  const send = (job: () => Promise<unknown>): void => {
    queue = queue.then(job).catch(() => undefined);
  };
  const save = (text: string): void =>
    send(() => cmi5.xapi!.setState({ ...where, state: text, contentType: 'text/plain' }));
  const judge = (percent: number, passMark: number, complete: boolean): void => {
    if (!scoring) return;
    const scaled = Math.min(1, Math.max(0, percent / 100));
    const score = { scaled, raw: Math.round(percent), min: 0, max: 100 };
    if (complete && !completed) {
      completed = true;
      send(() => cmi5.complete());
    }
    if (judged) return;
    judged = true;
    const passed = scaled >= (mastery ?? passMark / 100);
    send(() => (passed ? cmi5.pass(score) : cmi5.fail(score)));
  };

  return {
    resumeData: () => resume,
    progress: (replay) => save(replay),
    scenarioFinished(run: ScenarioFinished, passMark: number) {
      if (unit.kind !== 'scenario' || run.id !== unit.id) return;
      save(run.replay);
      if (run.mode === 'assessment') judge(run.percent, passMark, true);
    },
    moduleChanged(state: ModuleState, passMark: number) {
      if (unit.kind !== 'module') return;
      save(encodeModuleState(state));
      if (moduleDone(state, passMark) && state.best !== null) judge(state.best, passMark, true);
    },
    finish() {
      send(() => cmi5.terminate());
    },
  };
}
