/**
 * The debrief dashboard's imported result codes, kept per session in this browser so a reload of
 * the projector page does not lose the room's results. Only the codes are kept: they are the
 * authority, and are verified again (replayed) whenever they are read back.
 */
import { sessionIdPattern } from '../../schemas/session.ts';
import { readJson, removeKey, writeJson, type WriteResult } from '../storage.ts';

const prefix = 'cca:workshop:results:';
/** One kept result: its code and where it came from (file name or pasted line). */
export interface KeptEntry {
  code: string;
  source: string;
}

// Checked by hand like the session shapes (src/schemas/session.ts): no schema library on the
// projector page for two string fields.
const isEntry = (x: unknown): x is KeptEntry => {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return false;
  const keys = Object.keys(x);
  if (keys.length !== 2 || !Object.hasOwn(x, 'code') || !Object.hasOwn(x, 'source')) return false;
  const { code, source } = x as Record<string, unknown>;
  return (
    typeof code === 'string' &&
    code.length <= 2000 &&
    typeof source === 'string' &&
    source.length <= 200
  );
};

const keyOf = (sessionId: string): string | null =>
  sessionIdPattern.test(sessionId) ? `${prefix}${sessionId}` : null;

/** The codes kept for a session (none when missing, unreadable or tampered with). */
export function loadKept(sessionId: string): KeptEntry[] {
  const key = keyOf(sessionId);
  if (!key) return [];
  const r = readJson(key);
  if (!r.ok) return [];
  const v = r.value as Record<string, unknown> | null;
  const entries = typeof v === 'object' && v !== null ? v['entries'] : null;
  if (v?.['format'] !== 'cca-workshop-kept' || v['version'] !== 1 || !Array.isArray(entries))
    return [];
  return entries.filter(isEntry).slice(0, 300);
}

/** Keeps a session's accepted codes; reports a full or unavailable store. */
export function saveKept(sessionId: string, entries: readonly KeptEntry[]): WriteResult {
  const key = keyOf(sessionId);
  if (!key) return 'unavailable';
  return writeJson(key, {
    format: 'cca-workshop-kept',
    version: 1,
    entries: entries.slice(0, 300),
  });
}

/** Forgets a session's results (the instructor confirmed "Clear all results"). */
export function clearKept(sessionId: string): void {
  const key = keyOf(sessionId);
  if (key) removeKey(key);
}
