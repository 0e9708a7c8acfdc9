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
  // Statements not yet handed to the network; one already on its way is earlier than anything later.
  let waiting = 0;
  // Statements go out in order (cmi5 defines it), one after another.
  const send = (job: () => Promise<unknown>): void => {
    waiting += 1;
    queue = queue
      .then(() => {
        waiting -= 1;
        return job();
      })
      .catch(() => undefined);
  };
  // State documents are not statements: they need no place in the statement order.
  const save = (text: string): void =>
    void cmi5
      .xapi!.setState({ ...where, state: text, contentType: 'text/plain' })
      .catch(() => undefined);
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
      // The page is going away: a request started later, or through XHR, would be cancelled.
      const terminate = (): void => terminated(cmi5, cmi5.getInitializedDate());
      if (waiting === 0) terminate();
      else queue = queue.then(terminate);
    },
  };
}

const cmi5Category = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';

/** cmi5 `terminated` (the session's last statement) sent with `fetch` keepalive, which survives unload. */
function terminated(cmi5: Cmi5, started: Date): void {
  const params = cmi5.getLaunchParameters();
  const template = cmi5.getLaunchData().contextTemplate;
  const seconds = Math.max(0, (Date.now() - started.getTime()) / 1000);
  const statement = {
    id: crypto.randomUUID(),
    actor: params.actor,
    verb: { id: 'http://adlnet.gov/expapi/verbs/terminated', display: { 'en-US': 'Terminated' } },
    object: { objectType: 'Activity', id: params.activityId },
    result: { duration: `PT${seconds.toFixed(2)}S` },
    context: {
      ...template,
      registration: params.registration,
      contextActivities: {
        ...template.contextActivities,
        category: [...(template.contextActivities?.category ?? []), { id: cmi5Category }],
      },
    },
    timestamp: new Date().toISOString(),
  };
  const endpoint = params.endpoint.endsWith('/') ? params.endpoint : `${params.endpoint}/`;
  void fetch(`${endpoint}statements`, {
    method: 'POST',
    keepalive: true,
    headers: {
      Authorization: `Basic ${cmi5.getAuthToken()}`,
      'Content-Type': 'application/json',
      'X-Experience-API-Version': '1.0.3',
    },
    body: JSON.stringify(statement),
  }).catch(() => undefined);
}
