/**
 * One SCORM 1.2 SCO launch: LMSInitialize, the values the academy reports, LMSCommit after each
 * change and LMSFinish exactly once when the page goes away.
 */
import type { ScenarioFinished, Unit } from './events.ts';
import {
  interactionValues,
  scorePercent,
  sessionTime,
  suspendLimit,
  type Scorm12Api,
} from './scorm12.ts';
import { encodeModuleState, moduleDone, type ModuleState, type Tracker } from './tracker.ts';

const done = new Set(['passed', 'failed', 'completed']);

/** Starts a SCORM 1.2 session; null when the LMS refuses LMSInitialize. */
export function startScorm12(api: Scorm12Api, unit: Unit, now = Date.now): Tracker | null {
  if (String(api.LMSInitialize('')) !== 'true') return null;
  const started = now();
  let lastDecision = started;
  const latencies: number[] = [];
  const get = (el: string): string => String(api.LMSGetValue(el) ?? '');
  const set = (el: string, value: string): void => void api.LMSSetValue(el, value);
  const commit = (): void => void api.LMSCommit('');
  let status = get('cmi.core.lesson_status');
  const setStatus = (s: string): void => {
    status = s;
    set('cmi.core.lesson_status', s);
  };
  if (status === 'not attempted' || status === '') setStatus('incomplete');
  const suspend = get('cmi.suspend_data');
  commit();

  return {
    resumeData: () => (suspend === '' ? null : suspend),
    progress(replay) {
      const t = now();
      latencies.push(t - lastDecision);
      lastDecision = t;
      // Never cut a replay code: a shortened one cannot be resumed. Tested to fit (4,096).
      if (replay.length <= suspendLimit) set('cmi.suspend_data', replay);
      commit();
    },
    scenarioFinished(run: ScenarioFinished, passMark: number) {
      if (unit.kind !== 'scenario' || run.id !== unit.id) return;
      if (run.replay.length <= suspendLimit) set('cmi.suspend_data', run.replay);
      // Practice runs (undo, hints) are the learner's own: only assessment runs are scored.
      if (run.mode === 'assessment') {
        set('cmi.core.score.min', '0');
        set('cmi.core.score.max', '100');
        set('cmi.core.score.raw', scorePercent(run.percent));
        setStatus(run.percent >= passMark ? 'passed' : 'failed');
        const start = Number(get('cmi.interactions._count')) || 0;
        const lat = latencies.slice(-run.decisions.length);
        const offset = run.decisions.length - lat.length;
        const perDecision = run.decisions.map((_, i) =>
          i >= offset ? lat[i - offset] : undefined,
        );
        for (const [el, value] of interactionValues(run.decisions, start, perDecision))
          set(el, value);
      }
      commit();
    },
    moduleChanged(state: ModuleState, passMark: number) {
      if (unit.kind !== 'module') return;
      set('cmi.suspend_data', encodeModuleState(state));
      if (state.best !== null) {
        set('cmi.core.score.min', '0');
        set('cmi.core.score.max', '100');
        set('cmi.core.score.raw', scorePercent(state.best));
      }
      if (moduleDone(state, passMark)) setStatus('completed');
      commit();
    },
    finish() {
      set('cmi.core.session_time', sessionTime(now() - started));
      // Unfinished work is suspended so the LMS relaunches with cmi.core.entry = "resume".
      set('cmi.core.exit', done.has(status) ? '' : 'suspend');
      commit();
      api.LMSFinish('');
    },
  };
}
