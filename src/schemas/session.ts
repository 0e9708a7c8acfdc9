// Workshop session and team-result shapes. Deliberately zod-free: the player decodes session links
// and encodes result codes in the browser, and its byte budget has no room for a schema library.
// The parsers in src/lib/workshop/codes.ts check every field against the limits below.
import type { Dimension } from './vocabulary.ts';

/** Practice shows feedback after each decision; assessment only in the debrief. */
export type SessionMode = 'practice' | 'assessment';

/** A workshop session as the instructor set it up: every team plays the same case and seed. */
export interface Session {
  /** Code format version (1). */
  version: 1;
  /** Scenario id (lower-case letters, digits, hyphens). */
  scenarioId: string;
  /** Scenario content version: results from another version are rejected. */
  scenarioVersion: number;
  /** 32-bit seed, so every team gets the same reply delays and case timings. */
  seed: number;
  /** Fixed for every team. */
  mode: SessionMode;
  /** Random id of this session (results from another session are rejected). */
  sessionId: string;
}

/** One team's result as carried by a result code: the session, the team and the replay. */
export interface TeamResult {
  session: Session;
  /** Team name, plain text (markup characters removed), at most 40 characters. */
  team: string;
  /** Replay tokens in the engine's `Replay.tokens` form (choice index, `w`, `s…`, `d…`). */
  tokens: Array<number | string>;
  /** Scores the team's browser recorded; the dashboard checks them against a replay. */
  scores: { total: number; dimensions: Record<Dimension, number> };
}

/** The downloadable workshop result: the result code (the authority) plus the readable result. */
export interface WorkshopResultFile {
  format: 'cca-workshop-result';
  version: 1;
  team: string;
  sessionId: string;
  /** The result code; the dashboard reads only this. */
  code: string;
  /** The engine's `cca-result` v1 file, for people reading the file. */
  result: unknown;
}

/** Limits of untrusted input. */
export const limits = {
  /** Longest team name kept. */
  team: 40,
  /** Largest imported file, bytes. */
  fileBytes: 256 * 1024,
  /** Longest code accepted. */
  code: 4096,
  /** Most decisions in a replay. */
  tokens: 2000,
} as const;

/** Session ids: 4–12 lower-case letters and digits. */
export const sessionIdPattern = /^[a-z0-9]{4,12}$/;
/** Scenario ids, as in the scenario schema. */
export const scenarioIdPattern = /^[a-z][a-z0-9-]{0,99}$/;
/** One replay token, as the engine's replay schema accepts them. */
export const tokenPattern = /^(\d{1,4}|w|s[0-9a-z]{1,7}|d\d{1,2}|d:[a-z-]{1,40})$/;
