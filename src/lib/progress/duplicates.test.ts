/** Entries repeated within a record (issue 15, cause 2): refused when stored, dropped on import. */
import { describe, expect, it } from 'vitest';
import v1 from './fixtures/v1-full.json' with { type: 'json' };
import { readImport } from './import.ts';
import { parseLearner } from './migrate.ts';
import { emptyRecord, recordScenario } from './record.ts';

const now = '2026-12-01T00:00:00.000Z';
const withRepeats = () => {
  const r = structuredClone<typeof v1>(v1);
  const run = r.scenarios['desk-night-shift'].best;
  run.dimensions.push({ ...run.dimensions[0]! });
  r.certificates.push(structuredClone(r.certificates[0]!));
  return r;
};

describe('repeated entries', () => {
  it('a stored record listing a dimension or certificate twice is refused, typed', () => {
    expect(parseLearner(withRepeats(), now)).toMatchObject({ ok: false });
  });

  it('an imported file with repeats imports once each, and says it cleaned them', () => {
    const r = readImport(JSON.stringify(withRepeats()));
    expect(r.ok && r.cleaned).toBe(2);
    if (!r.ok) return;
    expect(r.record.scenarios['desk-night-shift']?.best.dimensions).toEqual(
      v1.scenarios['desk-night-shift'].best.dimensions,
    );
    expect(r.record.certificates).toHaveLength(1);
  });

  it('a finished run listing a dimension twice is recorded once per dimension', () => {
    const rec = emptyRecord(now);
    const dims = [
      { dimension: 'legal', percent: 50 },
      { dimension: 'legal', percent: 90 },
    ];
    recordScenario(
      rec,
      { scenario: { id: 'x-case', version: 1 }, scores: { dimensions: dims } },
      now,
    );
    expect(rec.scenarios['x-case']?.last.dimensions).toEqual([{ dimension: 'legal', percent: 50 }]);
  });
});
