import { describe, expect, it } from 'vitest';
import { cgnatCase, expectation } from './test-fixtures.ts';
import {
  builderExpectation,
  completeDraft,
  representativeDrafts,
  validateForm,
  validateRequest,
} from './index.ts';

const codes = (result: { findings: Array<{ code: string }> }): string[] =>
  result.findings.map((f) => f.code);

describe('address ranges', () => {
  const base = completeDraft('preservation', cgnatCase);

  it.each(['198.51.100.0/24', '198.51.100.x', '198.51.100.*'])(
    'flags %s in the simulator as a range, not one subscriber',
    (range) => {
      const result = validateRequest(
        'preservation',
        { ...base, identifiers: `${range} source port 41234` },
        cgnatCase,
      );
      expect(result.outcome).toBe('vague-identifier');
      expect(result.findings[0]).toMatchObject({ code: 'identifier-range', severity: 'error' });
    },
  );

  it('flags a /24 in the builder, where there is no case file to compare with', () => {
    const result = validateForm(
      'preservation',
      { ...base, identifiers: '198.51.100.0/24' },
      builderExpectation('preservation'),
    );
    const range = result.findings.find((f) => f.code === 'identifier-range');
    expect(range?.params).toEqual({ identifier: '198.51.100.0/24', addresses: 256 });
    expect(range?.severity).toBe('error');
  });

  it('leaves single addresses alone', () => {
    const result = validateForm(
      'preservation',
      { ...base, identifiers: '198.51.100.23:41234' },
      builderExpectation('preservation'),
    );
    expect(codes(result)).not.toContain('identifier-range');
  });
});

describe('window width', () => {
  it('flags a one-month window in the builder with the proportionality reason', () => {
    const draft = {
      ...completeDraft('preservation', cgnatCase),
      eventZone: 'UTC',
      eventTime: '2026-03-06 20:14:07',
      eventTimeUtc: '2026-03-06 20:14:07',
      windowFrom: '2026-02-06 20:14:07',
      windowTo: '2026-03-06 20:14:07',
    };
    const result = validateForm('preservation', draft, builderExpectation('preservation'));
    expect(result.outcome).toBe('disproportionate');
    expect(result.findings[0]).toMatchObject({
      code: 'window-too-wide',
      params: { days: 28, hours: 672 },
    });
    // A six-hour window is fine.
    const narrow = { ...draft, windowFrom: '2026-03-06 17:00:00', windowTo: '2026-03-06 23:00:00' };
    expect(validateForm('preservation', narrow, builderExpectation('preservation')).outcome).toBe(
      'complete',
    );
  });

  // The Hidden service MLA step: "from the account's creation (2025-11-10) until now".
  const accountLife = expectation({
    identifiers: ['lumen.archive@brightpost.example'],
    maxWindowHours: 2208,
    period: { from: '2025-11-10T19:02:44', zone: 'UTC' },
  });
  const mla = (windowFrom: string, windowTo: string) => ({
    ...completeDraft('mla-stored-data', accountLife),
    windowFrom,
    windowTo,
  });

  it('accepts a window from the account creation until now, however long', () => {
    const result = validateRequest(
      'mla-stored-data',
      mla('2025-11-10 19:02:44', '2026-03-20 10:00:00'),
      accountLife,
    );
    expect(codes(result)).not.toContain('window-too-wide');
    expect(codes(result)).not.toContain('window-outside-period');
    expect(result.outcome).toBe('complete');
  });

  it('flags a window reaching well before the account existed', () => {
    const result = validateRequest(
      'mla-stored-data',
      mla('2025-06-01 00:00:00', '2026-03-20 10:00:00'),
      accountLife,
    );
    expect(result.outcome).toBe('disproportionate');
    expect(result.findings.find((f) => f.code === 'window-outside-period')?.params).toMatchObject({
      from: '2025-11-10 19:02:44 UTC',
    });
  });

  it('still caps the width with maxWindowHours when the case gives no period', () => {
    const capped = expectation({ ...accountLife, period: undefined });
    const result = validateRequest(
      'mla-stored-data',
      mla('2025-11-10 19:02:44', '2026-03-20 10:00:00'),
      capped,
    );
    expect(codes(result)).toContain('window-too-wide');
  });

  it('still produces every outcome class from representative drafts with a period', () => {
    const drafts = representativeDrafts('mla-stored-data', accountLife);
    expect(Object.keys(drafts)).toEqual(
      expect.arrayContaining(['complete', 'disproportionate', 'wrong-identifier']),
    );
  });
});
