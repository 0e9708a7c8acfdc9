/**
 * The LMS bridge, loaded only in the packaged build (`npm run package`). On a module or scenario
 * page it finds the learning platform (cmi5 launch parameters, else the SCORM 1.2 API), passes the
 * site's learning events to it and ends the session when the page goes away. Without a platform
 * the site works as always and a short notice says that results are not being recorded.
 */
import { findScorm12Api } from './scorm12.ts';
import { startScorm12 } from './scorm-session.ts';
import {
  hasCmi5Launch,
  readModuleRead,
  readProgress,
  readQuiz,
  readScenarioFinished,
  unitOf,
} from './events.ts';
import { decodeModuleState, type Tracker, type Unit } from './tracker.ts';

const meta = document.querySelector<HTMLMetaElement>('meta[name="cca-lms"]');
const passMark = (key: 'quiz' | 'scenario'): number => {
  const n = Number(meta?.dataset[key]);
  return Number.isFinite(n) ? n : 100;
};

function notRecorded(): void {
  const notice = document.querySelector<HTMLElement>('[data-lms-notice]');
  if (notice) notice.hidden = false;
}

/** Wires one tracker to the page's learning events. */
function connect(tracker: Tracker, unit: Unit): void {
  const resume = tracker.resumeData();
  if (unit.kind === 'scenario') {
    if (resume) {
      // The player may mount before or after this script: offer now and when it says it is ready.
      const offer = (): boolean =>
        window.dispatchEvent(
          new CustomEvent('cca:lms-resume', { detail: { id: unit.id, code: resume } }),
        );
      offer();
      window.addEventListener('cca:player-ready', offer);
    }
    window.addEventListener('cca:scenario-progress', (e) => {
      const p = readProgress((e as CustomEvent).detail);
      if (p?.id === unit.id) tracker.progress(p.replay);
    });
    window.addEventListener('cca:scenario-result', (e) => {
      const run = readScenarioFinished((e as CustomEvent).detail);
      if (run) tracker.scenarioFinished(run, passMark('scenario'));
    });
  } else {
    const state = decodeModuleState(resume);
    const onQuiz = (e: Event): void => {
      const q = readQuiz((e as CustomEvent).detail);
      if (q?.slug !== unit.id) return;
      state.best = Math.max(state.best ?? 0, q.percent);
      tracker.moduleChanged(state, passMark('quiz'));
    };
    window.addEventListener('cca:quiz-result', onQuiz);
    window.addEventListener('cca:quiz-finished', onQuiz);
    window.addEventListener('cca:module-read', (e) => {
      if (readModuleRead((e as CustomEvent).detail) !== unit.id || state.read) return;
      state.read = true;
      tracker.moduleChanged(state, passMark('quiz'));
    });
  }
  let ended = false;
  const end = (): void => {
    if (ended) return;
    ended = true;
    tracker.finish();
  };
  window.addEventListener('pagehide', end);
  window.addEventListener('beforeunload', end);
}

async function main(): Promise<void> {
  const unit = unitOf(window.location.pathname);
  if (!unit) return;
  if (hasCmi5Launch(window.location.search)) {
    try {
      const { startCmi5 } = await import('./cmi5.ts');
      connect(await startCmi5(unit), unit);
    } catch {
      notRecorded();
    }
    return;
  }
  const api = findScorm12Api(window);
  const tracker = api ? startScorm12(api, unit) : null;
  if (tracker) connect(tracker, unit);
  else notRecorded();
}

void main();
