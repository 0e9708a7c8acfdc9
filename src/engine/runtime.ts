// The engine's browser API: everything a player, builder or dashboard needs at run time.
// It never imports the scenario schemas (parsing and linting happen at build time), so the
// schema library stays out of the browser bundle. Islands import from here, not from index.ts.
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
export { choicesOf, kindOf, type Exit } from './kinds/index.ts';
export type { Interaction, InteractionKind } from '../schemas/node.ts';
export { runDecisions, type RunResult } from './sim/run.ts';
export type {
  Decision,
  SimState,
  DecisionRecord,
  Announcement,
  JumpCause,
  InboxMessage,
} from './sim/types.ts';
export { walkScenario, stateKey, type WalkResult } from './graph/walk.ts';
export { bestAchievable, scoreReport, analyseScenario, type ScoreReport } from './scoring.ts';
export {
  saveRun,
  encodeReplay,
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
  classifyEvent,
  type MachineEvent,
  type EngineEvent,
  type EngineInput,
  type ScenarioMachine,
} from './machine.ts';
export {
  viewOf,
  recommendedPath,
  verdictOf,
  type AnnouncementView,
  type ClockView,
  type FeedbackVerdict,
  type InteractionView,
  type View,
} from './view.ts';
export { legalReferences, isKnownReference, referenceLabel } from './references.ts';
export type { Scenario } from '../schemas/scenario.ts';
export { resultFile } from './result.ts';
// Request forms and the validator (owned by src/engine/requests): the same surface as
// forms-runtime.ts, the lighter entry of pages that only draft requests (the builder).
export * from './forms-runtime.ts';
export {
  caseTimeline,
  type TimelineModel,
  type TimelineEvent,
  type TimelineDeadline,
  type TimelineHours,
} from './timeline.ts';
