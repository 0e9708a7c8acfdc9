// The engine's browser API for playing a run (the player's page loads it). What searches the
// graph (debrief, scores, result files, dashboards) enters through analysis-runtime.ts, the request
// forms through forms-runtime.ts: the player loads both later, on use (issue 13 budgets).
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
export { choicesOf, kindOf, type Exit } from './kinds/index.ts';
export type { Interaction, InteractionKind } from '../schemas/node.ts';
export type {
  Decision,
  SimState,
  DecisionRecord,
  Announcement,
  JumpCause,
  InboxMessage,
} from './sim/types.ts';
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
  verdictOf,
  type AnnouncementView,
  type ClockView,
  type FeedbackVerdict,
  type InteractionView,
  type View,
} from './view.ts';
export type { Scenario } from '../schemas/scenario.ts';
