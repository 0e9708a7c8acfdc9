import { describe, expect, it } from 'vitest';
import v1 from './fixtures/v1-full.json' with { type: 'json' };
import v0keys from './fixtures/v0-legacy.json' with { type: 'json' };
import { parseLearner } from './migrate.ts';
import { collectLegacy } from './legacy.ts';
import { readImport } from './import.ts';

const now = '2026-11-28T00:00:00.000Z';
const clone = (): Record<string, unknown> => structuredClone(v1);

describe('learner record v1', () => {
  it('parses the fixture and round-trips through JSON unchanged', () => {
    const p = parseLearner(clone(), now);
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    expect(p.migratedFrom).toBeUndefined();
    const again = parseLearner(JSON.parse(JSON.stringify(p.record)), now);
    expect(again).toEqual(p);
    expect(p.record).toEqual(v1);
  });
});

describe('migration 0 → 1 (the pre-record cca:last-result keys)', () => {
  it('turns old last results into scenario entries, ignoring junk and unsafe ids', () => {
    const v0 = collectLegacy(Object.entries(v0keys));
    expect(v0).toEqual({
      format: 'cca-learner',
      version: 0,
      lastResults: {
        'desk-night-shift': { percent: 72, ending: 'chain-secured' },
        'other-case': 'not an object',
      },
    });
    const p = parseLearner(v0, now);
    expect(p).toMatchObject({ ok: true, migratedFrom: 0 });
    if (!p.ok) return;
    expect(Object.keys(p.record.scenarios)).toEqual(['desk-night-shift']);
    expect(p.record.scenarios['desk-night-shift']).toEqual({
      best: {
        percent: 72,
        ending: 'chain-secured',
        mode: 'practice',
        version: 0,
        dimensions: [],
        at: now,
      },
      last: {
        percent: 72,
        ending: 'chain-secured',
        mode: 'practice',
        version: 0,
        dimensions: [],
        at: now,
      },
      runs: 1,
    });
    expect(Object.getPrototypeOf(p.record.scenarios)).toBe(Object.prototype);
  });

  it('finds nothing when there are no old keys', () => {
    expect(collectLegacy([['cca:run:x', {}]])).toBeNull();
  });
});

/** Each case: a change to a valid record, and the reason it must be refused. */
const broken: Array<[string, (r: Record<string, unknown>) => unknown, string]> = [
  ['not an object', () => 42, 'format'],
  ['an array', () => [], 'format'],
  ['null', () => null, 'format'],
  ['another format', (r) => ({ ...r, format: 'cca-run' }), 'format'],
  ['a future version', (r) => ({ ...r, version: 2 }), 'future'],
  ['a fractional version', (r) => ({ ...r, version: 0.5 }), 'invalid'],
  ['a string version', (r) => ({ ...r, version: '1' }), 'invalid'],
  ['a negative version', (r) => ({ ...r, version: -1 }), 'invalid'],
  ['modules as a list', (r) => ({ ...r, modules: [] }), 'invalid'],
  [
    'a huge reached count',
    (r) => setPath(r, ['modules', 'channels-of-cooperation', 'reached'], 1e12),
    'invalid',
  ],
  [
    'NaN-like string score',
    (r) =>
      setPath(
        r,
        [
          'quizzes',
          'why-evidence-crosses-borders',
          'why-evidence-crosses-borders-check',
          'best',
          'score',
        ],
        'NaN',
      ),
    'invalid',
  ],
  [
    'a percent over 100',
    (r) => setPath(r, ['scenarios', 'desk-night-shift', 'best', 'percent'], 1000),
    'invalid',
  ],
  [
    'an unknown dimension',
    (r) =>
      setPath(
        r,
        ['scenarios', 'desk-night-shift', 'best', 'dimensions'],
        [{ dimension: 'x', percent: 1 }],
      ),
    'invalid',
  ],
  [
    'a script in a module id',
    (r) => ({
      ...r,
      modules: {
        '<script>alert(1)</script>': (r['modules'] as Record<string, unknown>)[
          'channels-of-cooperation'
        ],
      },
    }),
    'invalid',
  ],
  [
    'a __proto__ key',
    (r) => ({ ...r, scenarios: JSON.parse('{"__proto__": {"polluted": true}}') as unknown }),
    'invalid',
  ],
  [
    'a constructor.prototype key',
    (r) => ({
      ...r,
      quizzes: JSON.parse('{"constructor": {"prototype": {"polluted": true}}}') as unknown,
    }),
    'invalid',
  ],
  ['an extra field', (r) => ({ ...r, isAdmin: true }), 'invalid'],
  ['a bad date', (r) => ({ ...r, updatedAt: 'yesterday' }), 'invalid'],
  [
    'a name with control characters',
    (r) => setPath(r, ['certificates', 0, 'name'], 'Ana\u0000\u001b[31m'),
    'invalid',
  ],
  ['a huge name', (r) => setPath(r, ['certificates', 0, 'name'], 'x'.repeat(10_000)), 'invalid'],
  ['a malformed code', (r) => setPath(r, ['certificates', 0, 'code'], '<b>code</b>'), 'invalid'],
  [
    'too many certificates',
    (r) => ({ ...r, certificates: Array(51).fill((r['certificates'] as unknown[])[0]) }),
    'invalid',
  ],
  [
    'too many modules',
    (r) => ({
      ...r,
      modules: Object.fromEntries(
        Array.from({ length: 501 }, (_, i) => [
          `m${i}`,
          (r['modules'] as Record<string, unknown>)['channels-of-cooperation'],
        ]),
      ),
    }),
    'invalid',
  ],
];

function setPath(
  r: Record<string, unknown>,
  path: Array<string | number>,
  value: unknown,
): unknown {
  let o = r as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) o = o[k] as Record<string | number, unknown>;
  o[path.at(-1) ?? ''] = value;
  return r;
}

describe('every corrupt record is refused with a reason, never thrown', () => {
  it.each(broken)('%s', (_, change, reason) => {
    const p = parseLearner(change(clone()), now);
    expect(p).toMatchObject({ ok: false, reason });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('says where the problem is', () => {
    const p = parseLearner(
      setPath(clone(), ['modules', 'channels-of-cooperation', 'reached'], -1),
      now,
    );
    expect(p.ok ? '' : p.detail).toContain('modules › channels-of-cooperation › reached');
  });
});

describe('imported files', () => {
  it('rejects truncated JSON', () => {
    const text = JSON.stringify(v1).slice(0, 200);
    expect(readImport(text)).toMatchObject({ ok: false, reason: 'json' });
  });
  it('rejects files over the size cap before parsing', () => {
    expect(readImport(' '.repeat(600_000))).toMatchObject({ ok: false, reason: 'too-large' });
  });
  it('rejects other JSON', () => {
    expect(readImport('{"format":"cca-result","version":1}')).toMatchObject({
      ok: false,
      reason: 'format',
    });
    expect(readImport('"just a string"')).toMatchObject({ ok: false, reason: 'format' });
  });
  it('refuses a future version', () => {
    expect(readImport(JSON.stringify({ ...v1, version: 9 }))).toMatchObject({
      ok: false,
      reason: 'future',
    });
  });
  it('neutralises script-like names and says how many', () => {
    const r = clone();
    setPath(r, ['certificates', 0, 'name'], '<img src=x onerror=alert(1)>Ana\u202e');
    const result = readImport(JSON.stringify(r));
    expect(result).toMatchObject({ ok: true, cleaned: 1 });
    if (result.ok)
      expect(result.record.certificates[0]?.name).toBe('img src=x onerror=alert(1) Ana');
  });
  it('accepts an exported v0 document and migrates it', () => {
    const v0 = collectLegacy(Object.entries(v0keys));
    expect(readImport(JSON.stringify(v0))).toMatchObject({ ok: true, migratedFrom: 0 });
  });
});
