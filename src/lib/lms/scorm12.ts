/**
 * SCORM 1.2 run-time side of the LMS bridge: finding the LMS's `API` object the way the SCORM 1.2
 * Run-Time Environment describes it, and the data-model values the academy writes (status, score,
 * session time, interactions, suspend data), each within SCORM 1.2's types and limits.
 */

/** The SCORM 1.2 API an LMS puts on a parent or opener window (all values are strings). */
export interface Scorm12Api {
  LMSInitialize(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: ''): string;
  LMSGetLastError(): string;
}

/** The parts of a window the discovery walks (a real `Window` fits). */
export interface ApiWindow {
  API?: unknown;
  parent?: ApiWindow | null;
  opener?: ApiWindow | null;
}

const isApi = (x: unknown): x is Scorm12Api =>
  typeof x === 'object' &&
  x !== null &&
  typeof (x as Scorm12Api).LMSInitialize === 'function' &&
  typeof (x as Scorm12Api).LMSSetValue === 'function';

/** Reads `API` from a window; a cross-origin frame throws on access, which counts as "none here". */
function apiOf(win: ApiWindow): Scorm12Api | null {
  try {
    return isApi(win.API) ? win.API : null;
  } catch {
    return null;
  }
}

/** Walks a window and its parents, at most `max` steps up (SCORM 1.2 RTE: 7). */
function walkUp(win: ApiWindow | null | undefined, max: number): Scorm12Api | null {
  let current = win;
  for (let i = 0; current && i <= max; i++) {
    const api = apiOf(current);
    if (api) return api;
    let parent: ApiWindow | null | undefined;
    try {
      parent = current.parent;
    } catch {
      return null;
    }
    if (!parent || parent === current) return null;
    current = parent;
  }
  return null;
}

/** Finds the SCORM 1.2 API: this window and up to 7 parents, then the opener and its parents. */
export function findScorm12Api(win: ApiWindow): Scorm12Api | null {
  const found = walkUp(win, 7);
  if (found) return found;
  let opener: ApiWindow | null | undefined;
  try {
    opener = win.opener;
  } catch {
    opener = null;
  }
  return opener ? walkUp(opener, 7) : null;
}

/** SCORM 1.2 CMITimespan `HHHH:MM:SS.SS` (hours capped at 9999) from milliseconds. */
export function sessionTime(ms: number): string {
  const cs = Math.min(Math.max(0, Math.round(ms / 10)), 9999 * 360000 + 359999);
  const h = Math.floor(cs / 360000);
  const m = Math.floor((cs % 360000) / 6000);
  const s = Math.floor((cs % 6000) / 100);
  const c = cs % 100;
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${String(h).padStart(4, '0')}:${two(m)}:${two(s)}.${two(c)}`;
}

/** A SCORM 1.2 CMIIdentifier (no spaces, ≤ 255 characters) from any text. */
export function cmiIdentifier(text: string): string {
  const clean = text.replace(/[^A-Za-z0-9_.-]+/g, '_').slice(0, 255);
  return clean === '' ? '_' : clean;
}

/** SCORM 1.2 `cmi.suspend_data` holds at most 4,096 characters. */
export const suspendLimit = 4096;

/** One decision of a finished run, as the result event carries it. */
export interface DecisionResult {
  node: string;
  label: string;
  score: number;
  minScore: number;
  maxScore: number;
}

/** SCORM 1.2 interaction result of a decision: best option correct, worst wrong, else neutral. */
export function interactionResult(d: DecisionResult): 'correct' | 'wrong' | 'neutral' {
  if (d.maxScore > d.minScore && d.score >= d.maxScore) return 'correct';
  if (d.maxScore > d.minScore && d.score <= d.minScore) return 'wrong';
  return 'neutral';
}

/**
 * The `cmi.interactions.n.*` values for the decisions of a run, numbered from `start` (SCORM 1.2
 * interactions are write-only and appended). `latencies` are real milliseconds per decision.
 */
export function interactionValues(
  decisions: readonly DecisionResult[],
  start: number,
  latencies: readonly (number | undefined)[] = [],
): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  decisions.forEach((d, i) => {
    const n = `cmi.interactions.${start + i}`;
    out.push([`${n}.id`, cmiIdentifier(`d${i + 1}_${d.node}`)]);
    out.push([`${n}.type`, 'performance']);
    // CMIFeedback for a performance interaction: free text, at most 255 characters.
    out.push([`${n}.student_response`, d.label.slice(0, 255)]);
    out.push([`${n}.result`, interactionResult(d)]);
    out.push([`${n}.weighting`, String(Math.max(0, d.maxScore - d.minScore))]);
    const latency = latencies[i];
    if (latency !== undefined) out.push([`${n}.latency`, sessionTime(latency)]);
  });
  return out;
}

/** A SCORM 1.2 CMIDecimal score 0–100 from a percentage (rounded, clamped). */
export function scorePercent(percent: number): string {
  return String(Math.min(100, Math.max(0, Math.round(percent))));
}
