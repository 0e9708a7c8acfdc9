// Public API of the scenario engine. Pure TypeScript: runs in Vitest, the build and the browser.
export { parseScenario, loadScenarioText, type LoadResult } from './load.ts';
export {
  lintScenarios,
  formatLint,
  zonelessTimestamps,
  type LintResult,
  type ScenarioFile,
} from './lint.ts';
export { formatProblem, type Problem } from './problems.ts';
export {
  initialState,
  applyDecision,
  advanceClock,
  enabledChoices,
  totalScore,
  type StepResult,
} from './sim/step.ts';
export { availableDecisions } from './sim/options.ts';
export type {
  Decision,
  SimState,
  DecisionRecord,
  Announcement,
  InboxMessage,
} from './sim/types.ts';
export { walkScenario, stateKey, type WalkResult } from './graph/walk.ts';
export { bestAchievable, scoreReport, analyseScenario, type ScoreReport } from './scoring.ts';
export {
  saveRun,
  restoreRun,
  encodeReplay,
  decodeReplay,
  replay,
  undo,
  type Replay,
  type RestoreError,
  type RestoreResult,
} from './persistence.ts';
export {
  createScenarioMachine,
  snapshotFor,
  draftDecision,
  type EngineEvent,
  type EngineInput,
  type ScenarioMachine,
} from './machine.ts';
export { viewOf, recommendedPath, dimensionLabels, type View } from './view.ts';
export { legalReferences, isKnownReference, referenceLabel } from './references.ts';
export type { Scenario } from '../schemas/scenario.ts';
