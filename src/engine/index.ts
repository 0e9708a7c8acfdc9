// Public API of the scenario engine. Pure TypeScript: runs in Vitest, the build and the browser.
// Build-time parts (YAML loading, zod schemas, the linter) plus the browser API in runtime.ts.
export { parseScenario, loadScenarioText, type LoadResult } from './load.ts';
export {
  lintScenarios,
  formatLint,
  zonelessTimestamps,
  type LintResult,
  type ScenarioFile,
} from './lint.ts';
export * from './runtime.ts';
export * from './forms-runtime.ts';
export * from './analysis-runtime.ts';
export { restoreRun, decodeReplay } from './restore.ts';
