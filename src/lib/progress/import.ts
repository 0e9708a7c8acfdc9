/** Reading an imported progress file: untrusted, so size-capped, parsed and cleaned, never thrown. */
import type { LearnerRecord } from '../../schemas/learner.ts';
import { parseLearner, type Unusable } from './migrate.ts';
import { cleanName } from './certificate.ts';

/** Largest file accepted: a full record is a few kilobytes; anything much bigger is not ours. */
export const maxImportBytes = 512 * 1024;

export type ImportResult =
  | { ok: true; record: LearnerRecord; cleaned: number; migratedFrom?: number }
  | { ok: false; reason: Unusable | 'too-large' | 'json'; detail: string };

/** Keeps the first of entries sharing `key` in an array; returns how many were dropped. */
function dropRepeats(list: unknown, key: string): number {
  if (!Array.isArray(list)) return 0;
  const seen = new Set<unknown>();
  const before = list.length;
  const kept = (list as unknown[]).filter((x) => {
    const k: unknown =
      typeof x === 'object' && x !== null && Object.hasOwn(x, key)
        ? (x as Record<string, unknown>)[key]
        : x;
    if (typeof k === 'string' && seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  list.splice(0, list.length, ...kept);
  return before - kept.length;
}

/**
 * Removes repeated entries within the file (a dimension listed twice in a run, the same
 * certificate twice): the schema refuses them, and merging one file should not fail over a repeat.
 */
function dedupe(value: unknown): number {
  const v = value as { scenarios?: unknown; certificates?: unknown } | null;
  if (typeof v !== 'object' || v === null) return 0;
  let n = 0;
  if (typeof v.scenarios === 'object' && v.scenarios !== null)
    for (const s of Object.values(v.scenarios as Record<string, unknown>))
      for (const run of [
        (s as { best?: unknown } | null)?.best,
        (s as { last?: unknown } | null)?.last,
      ])
        n += dropRepeats((run as { dimensions?: unknown } | null)?.dimensions, 'dimension');
  n += dropRepeats(v.certificates, 'code');
  if (Array.isArray(v.certificates))
    for (const c of v.certificates as unknown[]) {
      n += dropRepeats((c as { modules?: unknown } | null)?.modules, 'id');
      n += dropRepeats((c as { scenarios?: unknown } | null)?.scenarios, 'id');
    }
  return n;
}

/** Parses an imported file's text. `cleaned` counts names cleaned of markup or control characters and repeated entries removed. */
export function readImport(text: string): ImportResult {
  if (text.length > maxImportBytes) {
    return { ok: false, reason: 'too-large', detail: `${text.length} characters` };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, reason: 'json', detail: e instanceof Error ? e.message : 'not JSON' };
  }
  // Names are the only free text in a record: neutralise markup and control characters before
  // checking, so a tampered name is cleaned (and reported) rather than the whole file refused.
  let cleaned = 0;
  const certs = (value as { certificates?: unknown } | null)?.certificates;
  if (Array.isArray(certs)) {
    for (const c of certs as unknown[]) {
      if (
        typeof c === 'object' &&
        c !== null &&
        typeof (c as { name?: unknown }).name === 'string'
      ) {
        const cert = c as { name: string };
        const clean = cleanName(cert.name);
        if (clean !== cert.name) {
          cert.name = clean || '?';
          cleaned++;
        }
      }
    }
  }
  cleaned += dedupe(value);
  const parsed = parseLearner(value);
  if (!parsed.ok) return parsed;
  return parsed.migratedFrom === undefined
    ? { ok: true, record: parsed.record, cleaned }
    : { ok: true, record: parsed.record, cleaned, migratedFrom: parsed.migratedFrom };
}
