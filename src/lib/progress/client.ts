/**
 * Learner record helpers for the progress and certificate islands: the full schema parse (with
 * migrations), saving, file download, and the data actions (start fresh, replace, delete).
 */
import type { LearnerRecord } from '../../schemas/learner.ts';
import { asideKeys, readJson, removeKey } from '../storage.ts';
import { parseLearner, type Unusable } from './migrate.ts';
import { emptyRecord } from './record.ts';
import { learnerKey, loadRecord, saveRecord, type Loaded, type Problem } from './store.ts';

/** A loaded record plus, when unreadable, why (damaged or from a newer academy). */
export interface FullLoad extends Loaded {
  why?: Unusable | 'json';
}

/** Loads the record with the full schema parse; older versions are migrated and saved back. */
export function loadFull(now = new Date().toISOString()): FullLoad {
  let migrated = false;
  const loaded = loadRecord((v) => {
    const p = parseLearner(v, now);
    if (p.ok && p.migratedFrom !== undefined) migrated = true;
    return p.ok ? p.record : null;
  }, now);
  if (migrated && loaded.problem === null) loaded.problem = saveRecord(loaded.record, null);
  if (loaded.problem !== 'unreadable') return loaded;
  let why: FullLoad['why'] = 'json';
  try {
    const p = parseLearner(JSON.parse(loaded.raw ?? ''), now);
    why = p.ok ? 'invalid' : p.reason;
  } catch {
    /* not JSON */
  }
  return { ...loaded, why };
}

/** The stored record's text as it is (for keeping aside when a page cannot be drawn from it). */
export function storedText(): string {
  const r = readJson(learnerKey);
  return r.ok || r.reason === 'corrupt' ? r.raw : '';
}

/** Saves (to the session copy while the stored record is unusable). */
export function save(rec: LearnerRecord, problem: Problem): Problem {
  rec.updatedAt = new Date().toISOString();
  return saveRecord(rec, problem);
}

/** Replaces the stored record (start fresh after an unreadable one, or import with replace). */
export function replaceStored(rec: LearnerRecord): Problem {
  const problem = saveRecord(rec, null);
  if (problem === null) {
    try {
      sessionStorage.removeItem(learnerKey);
    } catch {
      /* no session copy */
    }
  }
  return problem;
}

/** Deletes the record, the kept-aside copies, the session copy and the pre-record keys. */
export function deleteAll(): LearnerRecord {
  removeKey(learnerKey);
  asideKeys(learnerKey).forEach(removeKey);
  try {
    sessionStorage.removeItem(learnerKey);
    const old: string[] = [];
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i);
      if (k?.startsWith('cca:last-result:')) old.push(k);
    }
    old.forEach(removeKey);
  } catch {
    /* storage unavailable: nothing stored */
  }
  return emptyRecord(new Date().toISOString());
}

/** Offers text as a file download (nothing is sent anywhere). */
export { downloadText as download } from '../download.ts';
