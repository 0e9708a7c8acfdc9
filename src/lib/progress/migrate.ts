/**
 * Reading a learner record from storage or an imported file: one friendly-parse path. Older
 * versions are migrated step by step (adapt_framework style); newer ones are refused, never
 * guessed at, so the caller keeps them aside unchanged.
 */
import { learnerSchema, learnerVersion, type LearnerRecord } from '../../schemas/learner.ts';
import { upgradeV0 } from './legacy.ts';

/** Why a value is not a usable record. */
export type Unusable = 'format' | 'future' | 'invalid';

export type Parsed =
  | { ok: true; record: LearnerRecord; migratedFrom?: number }
  | { ok: false; reason: Unusable; detail: string };

/** One step per version: `steps[n]` turns version n into version n + 1. */
const steps: Record<number, (doc: Record<string, unknown>, now: string) => unknown> = {
  0: upgradeV0,
};

/** Where a problem is, e.g. "modules › why-evidence › reached". */
const where = (issue: { path: readonly PropertyKey[] }): string =>
  issue.path.map(String).join(' › ') || 'the record';

/**
 * True when the value holds a `__proto__` key anywhere (JSON.parse makes it an own key). zod drops
 * such keys quietly; a record carrying one was tampered with, so it is refused and kept aside.
 */
function unsafeKey(value: unknown, depth: number): boolean {
  if (typeof value !== 'object' || value === null || depth > 8) return false;
  if (Object.hasOwn(value, '__proto__')) return true;
  return Object.values(value).some((v) => unsafeKey(v, depth + 1));
}

/** Parses (and if needed migrates) a stored or imported value into a current learner record. */
export function parseLearner(value: unknown, now = new Date().toISOString()): Parsed {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, reason: 'format', detail: 'not a JSON object' };
  }
  if (unsafeKey(value, 0)) {
    return { ok: false, reason: 'invalid', detail: 'contains a "__proto__" key' };
  }
  let doc = value as Record<string, unknown>;
  if (doc['format'] !== 'cca-learner') {
    return { ok: false, reason: 'format', detail: 'no "format": "cca-learner" marker' };
  }
  const version = doc['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return { ok: false, reason: 'invalid', detail: `version ${JSON.stringify(version)}` };
  }
  if (version > learnerVersion) {
    return {
      ok: false,
      reason: 'future',
      detail: `version ${version}, this academy reads ${learnerVersion}`,
    };
  }
  for (let v = version; v < learnerVersion; v++) {
    const step = steps[v];
    if (!step) return { ok: false, reason: 'invalid', detail: `no migration from version ${v}` };
    doc = step(doc, now) as Record<string, unknown>;
  }
  const result = learnerSchema.safeParse(doc);
  if (!result.success) {
    const issue = result.error.issues[0];
    return {
      ok: false,
      reason: 'invalid',
      detail: issue ? `${where(issue)}: ${issue.message}` : 'invalid',
    };
  }
  return version < learnerVersion
    ? { ok: true, record: result.data, migratedFrom: version }
    : { ok: true, record: result.data };
}
