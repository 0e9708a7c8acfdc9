/** Reading an imported progress file: untrusted, so size-capped, parsed and cleaned, never thrown. */
import type { LearnerRecord } from '../../schemas/learner.ts';
import { parseLearner, type Unusable } from './migrate.ts';
import { cleanName } from './certificate.ts';

/** Largest file accepted: a full record is a few kilobytes; anything much bigger is not ours. */
export const maxImportBytes = 512 * 1024;

export type ImportResult =
  | { ok: true; record: LearnerRecord; cleaned: number; migratedFrom?: number }
  | { ok: false; reason: Unusable | 'too-large' | 'json'; detail: string };

/** Parses an imported file's text. `cleaned` counts names from which markup or control characters were removed. */
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
  const parsed = parseLearner(value);
  if (!parsed.ok) return parsed;
  return parsed.migratedFrom === undefined
    ? { ok: true, record: parsed.record, cleaned }
    : { ok: true, record: parsed.record, cleaned, migratedFrom: parsed.migratedFrom };
}
