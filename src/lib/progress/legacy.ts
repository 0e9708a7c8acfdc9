/**
 * Version 0 of the learner record is the world before it: a scenario's last result stored under
 * `cca:last-result:<id>` as `{ percent, ending }`. No zod here: the always-on recorder migrates
 * these keys the first time it finds no record.
 */
import type { LearnerRecord } from '../../schemas/learner.ts';
import { emptyRecord, isId, recordScenario } from './record.ts';

/** The pre-record keys gathered into one document. */
export interface LearnerV0 {
  format: 'cca-learner';
  version: 0;
  /** Last results per scenario id, as found (unchecked). */
  lastResults: Record<string, unknown>;
}

/** Gathers the pre-record keys into a version-0 document, or null when there are none. */
export function collectLegacy(entries: Iterable<[string, unknown]>): LearnerV0 | null {
  const lastResults: Record<string, unknown> = {};
  let found = false;
  for (const [key, value] of entries) {
    const id = key.startsWith('cca:last-result:') ? key.slice(16) : '';
    if (isId(id)) {
      lastResults[id] = value;
      found = true;
    }
  }
  return found ? { format: 'cca-learner', version: 0, lastResults } : null;
}

/** Migration 0 → 1: each old last result becomes a scenario entry (no dimensions, version unknown: 0). */
export function upgradeV0(doc: Record<string, unknown>, now: string): LearnerRecord {
  const rec = emptyRecord(now);
  const last = doc['lastResults'];
  if (typeof last !== 'object' || last === null) return rec;
  for (const [id, value] of Object.entries(last)) {
    const v = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
    if (typeof v['percent'] !== 'number') continue;
    recordScenario(
      rec,
      { scenario: { id, version: 0 }, ending: v['ending'], scores: { total: v }, mode: 'practice' },
      now,
    );
  }
  return rec;
}
