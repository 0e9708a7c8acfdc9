// The browser's entry for everything that searches a scenario's graph: the debrief, score reports
// against the best run, result files, sample runs and the workshop dashboard. The search tries
// drafts of every outcome class, so this entry loads the request validator (forms-runtime.ts
// fills the validator port). The player imports it lazily, when a run ends (issue 13 budgets).
import './forms-runtime.ts';

export { availableDecisions } from './sim/options.ts';
export { runDecisions, type RunResult } from './sim/run.ts';
export { walkScenario, stateKey, type WalkResult } from './graph/walk.ts';
export { bestAchievable, scoreReport, analyseScenario, type ScoreReport } from './scoring.ts';
export { debriefOf, bestRunState, recommendedPath, type DebriefView } from './debrief.ts';
export { resultFile } from './result.ts';
export {
  caseTimeline,
  type TimelineModel,
  type TimelineEvent,
  type TimelineDeadline,
  type TimelineHours,
} from './timeline.ts';
