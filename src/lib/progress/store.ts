/**
 * Loading and saving the learner record in this browser. Never throws and never loses data: an
 * unreadable record is kept aside and left in place; when storage is unavailable, full or holds
 * an unreadable record, progress continues in a session copy and the page says so.
 */
// Types only from the schema module: importing a value from it would ship zod/mini to every page.
import type { LearnerRecord } from '../../schemas/learner.ts';
import { keepAside, readJson, writeJson } from '../storage.ts';
import { collectLegacy, upgradeV0 } from './legacy.ts';
import { emptyRecord } from './record.ts';

/** Storage key of the learner record (`<key>.unreadable.<time>` keys hold records that could not be read). */
export const learnerKey = 'cca:learner';

/** Why progress is only kept for this session (null: saved normally). */
export type Problem = 'unavailable' | 'full' | 'unreadable' | null;

export interface Loaded {
  record: LearnerRecord;
  problem: Problem;
  /** The unreadable text, for "download the raw data". */
  raw?: string;
  /** Key the unreadable text is kept under, or null if keeping it failed. */
  asideKey?: string | null;
}

/** Checks a stored value: the recorder's cheap guard or the full schema parse. */
export type Check = (value: unknown) => LearnerRecord | null;

function session(): Storage | null {
  try {
    return globalThis.sessionStorage;
  } catch {
    return null;
  }
}

/** The session copy kept while the main record cannot be used. */
function readSession(check: Check): LearnerRecord | null {
  try {
    const raw = session()?.getItem(learnerKey);
    return raw ? check(JSON.parse(raw)) : null;
  } catch {
    return null;
  }
}

function writeSession(rec: LearnerRecord): void {
  try {
    session()?.setItem(learnerKey, JSON.stringify(rec));
  } catch {
    /* memory only: the notice already says progress is not kept */
  }
}

function localEntries(): Array<[string, unknown]> {
  const out: Array<[string, unknown]> = [];
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      const r = key ? readJson(key) : null;
      if (key && r?.ok) out.push([key, r.value]);
    }
  } catch {
    /* unavailable: nothing to migrate */
  }
  return out;
}

/** Loads the record; an unreadable one is kept aside (each distinct text once) and a session copy is used instead. */
export function loadRecord(check: Check, now: string): Loaded {
  const r = readJson(learnerKey);
  const fallback = () => readSession(check) ?? emptyRecord(now);
  if (!r.ok && r.reason === 'unavailable') return { record: fallback(), problem: 'unavailable' };
  if (!r.ok && r.reason === 'missing') {
    const legacy = collectLegacy(localEntries());
    const record = legacy ? check(upgradeV0({ ...legacy }, now)) : null;
    return { record: readSession(check) ?? record ?? emptyRecord(now), problem: null };
  }
  const record = r.ok ? check(r.value) : null;
  // A session copy next to a readable record means the last save failed (storage full): it is newer.
  if (record) {
    const newer = readSession(check);
    // Say so on every page (My progress included), not only where a save has just failed.
    return newer ? { record: newer, problem: 'full' } : { record, problem: null };
  }
  const raw = r.ok || r.reason === 'corrupt' ? r.raw : '';
  // Each distinct damaged text gets its own copy: an older kept copy is never a reason to skip one.
  const asideKey = keepAside(learnerKey, raw);
  return { record: fallback(), problem: 'unreadable', raw, asideKey };
}

/** Saves the record where it belongs; returns the problem that kept it to this session, if any. */
export function saveRecord(rec: LearnerRecord, loaded: Problem): Problem {
  if (loaded === 'unreadable' || loaded === 'unavailable') {
    writeSession(rec);
    return loaded;
  }
  const w = writeJson(learnerKey, rec);
  if (w === 'ok') {
    try {
      session()?.removeItem(learnerKey);
    } catch {
      /* nothing to clean up */
    }
    return null;
  }
  writeSession(rec);
  return w;
}

/** Cheap structural guard for the always-on recorder (the full schema parse runs on the progress pages). */
export function looksCurrent(v: unknown): LearnerRecord | null {
  const o = v as Record<string, unknown> | null;
  const isObj = (x: unknown) => typeof x === 'object' && x !== null && !Array.isArray(x);
  return isObj(o) &&
    o?.['format'] === 'cca-learner' &&
    o['version'] === 1 &&
    isObj(o['modules']) &&
    isObj(o['quizzes']) &&
    isObj(o['scenarios']) &&
    Array.isArray(o['certificates'])
    ? (o as unknown as LearnerRecord)
    : null;
}
