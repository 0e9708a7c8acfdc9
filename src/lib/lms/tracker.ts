/**
 * What the bridge asks of a learning platform, whichever protocol it speaks (SCORM 1.2 or cmi5).
 * Pass marks are percentages; the platform's own mastery score, where it sends one, wins.
 */
import type { ScenarioFinished, Unit } from './events.ts';

/** A module's state as the platform keeps it: read to the end, best knowledge-check percent. */
export interface ModuleState {
  read: boolean;
  best: number | null;
}

/** One launched SCO/AU. */
export interface Tracker {
  /** Saved resume data (a replay code for scenarios), or null. */
  resumeData(): string | null;
  /** A decision was taken: the run so far, as a replay code. */
  progress(replay: string): void;
  /** A scenario run reached its debrief. */
  scenarioFinished(run: ScenarioFinished, passMark: number): void;
  /** A module's reading or knowledge check changed. */
  moduleChanged(state: ModuleState, passMark: number): void;
  /** The page goes away: report the session and end it (called once). */
  finish(): void;
}

/** Module suspend data: `r1q80` = read, best check 80 %; `r0` = not read, no check yet. */
export function encodeModuleState(s: ModuleState): string {
  return `r${s.read ? 1 : 0}${s.best === null ? '' : `q${s.best}`}`;
}

/** Reads module suspend data; anything else is a fresh state. */
export function decodeModuleState(text: string | null): ModuleState {
  const m = /^r([01])(?:q(\d{1,3}))?$/.exec(text ?? '');
  if (!m) return { read: false, best: null };
  return { read: m[1] === '1', best: m[2] === undefined ? null : Math.min(100, Number(m[2])) };
}

/** True when a module counts as done: read to the end and its check passed. */
export function moduleDone(s: ModuleState, passMark: number): boolean {
  return s.read && s.best !== null && s.best >= passMark;
}

export type { Unit };
