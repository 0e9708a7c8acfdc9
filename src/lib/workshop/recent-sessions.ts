/**
 * The instructor's last workshop sessions in this browser, so reopening the instructor page
 * offers them instead of silently starting a new session. Each is its session code (checked
 * again on reading) and its team names.
 */
import { readJson, writeJson, type WriteResult } from '../storage.ts';
import type { Session } from '../../schemas/session.ts';
import { cleanTeam, decodeSessionCode, encodeSessionCode } from './codes.ts';

const key = 'cca:workshop:sessions';
const keep = 5;

/** A remembered session: its settings, team names and when it was last changed. */
export interface RecentSession {
  session: Session;
  teams: string[];
  at: string;
}

/** The remembered sessions, newest first; anything damaged or tampered with is skipped. */
export function loadRecent(): RecentSession[] {
  const r = readJson(key);
  if (!r.ok || !Array.isArray(r.value)) return [];
  const out: RecentSession[] = [];
  for (const item of r.value.slice(0, keep) as unknown[]) {
    if (typeof item !== 'object' || item === null) continue;
    const o = item as Record<string, unknown>;
    const code = Object.hasOwn(o, 'code') ? decodeSessionCode(o['code']) : null;
    const teams = Object.hasOwn(o, 'teams') ? o['teams'] : null;
    const at = Object.hasOwn(o, 'at') ? o['at'] : null;
    if (!code?.ok || !Array.isArray(teams) || typeof at !== 'string' || at.length > 40) continue;
    out.push({
      session: code.value,
      teams: teams
        .filter((x): x is string => typeof x === 'string')
        .map(cleanTeam)
        .filter(Boolean)
        .slice(0, 30),
      at,
    });
  }
  return out;
}

/** Remembers a session (replacing an older entry of the same session), newest first. */
export function rememberSession(session: Session, teams: string[], at: string): WriteResult {
  const others = loadRecent().filter((r) => r.session.sessionId !== session.sessionId);
  const list = [{ session, teams, at }, ...others].slice(0, keep);
  return writeJson(
    key,
    list.map((r) => ({ code: encodeSessionCode(r.session), teams: r.teams, at: r.at })),
  );
}
