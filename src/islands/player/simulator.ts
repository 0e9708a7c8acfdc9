// What playing a run needs, loaded when the trainee starts or resumes one, or a saved run is found
// (issue 13 budgets): the scenario machine (XState) with the simulator, and the run's screen. The
// scenario page's first load carries the briefing only.
export { Run } from './run.svelte.ts';
export { encodeReplay, initialState, replay, saveRun, viewOf } from '../../engine/runtime.ts';
export { default as RunScreen } from './RunScreen.svelte';
