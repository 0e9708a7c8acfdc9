/**
 * The debrief dashboard's imported result codes, kept per session in this browser so a reload of
 * the projector page does not lose the room's results. Only the codes are kept: they are the
 * authority, and are verified again (replayed) whenever they are read back.
 */
import * as z from 'zod/mini';
import { sessionIdPattern } from '../../schemas/session.ts';
import { readJson, removeKey, writeJson, type WriteResult } from '../storage.ts';

const prefix = 'cca:workshop:results:';
const keptSchema = z.strictObject({
  format: z.literal('cca-workshop-kept'),
  version: z.literal(1),
  entries: z
    .array(
      z.strictObject({
        code: z.string().check(z.maxLength(2000)),
        source: z.string().check(z.maxLength(200)),
      }),
    )
    .check(z.maxLength(300)),
});

/** One kept result: its code and where it came from (file name or pasted line). */
export type KeptEntry = z.infer<typeof keptSchema>['entries'][number];

const keyOf = (sessionId: string): string | null =>
  sessionIdPattern.test(sessionId) ? `${prefix}${sessionId}` : null;

/** The codes kept for a session (none when missing, unreadable or tampered with). */
export function loadKept(sessionId: string): KeptEntry[] {
  const key = keyOf(sessionId);
  if (!key) return [];
  const r = readJson(key);
  if (!r.ok) return [];
  const parsed = keptSchema.safeParse(r.value);
  return parsed.success ? parsed.data.entries : [];
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
