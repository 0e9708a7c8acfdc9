import { describe, expect, it } from 'vitest';
import { cgnatCase } from './test-fixtures.ts';
import {
  completeDraft,
  requestTypes,
  validateRequest,
  type Draft,
  type RequestType,
} from './index.ts';

const types = Object.keys(requestTypes) as RequestType[];
const huge = 'A'.repeat(1_000_000);
const script = '<script>alert(1)</script>';

// Values a hostile or corrupted import could put where the form expects strings.
const junk: unknown[] = [
  huge,
  script,
  `${'9'.repeat(5000)}.${'9'.repeat(5000)}`,
  '1.1.1.1:'.repeat(20_000),
  'port '.repeat(50_000),
  ['a', 'b'],
  [1, null, { x: 1 }],
  42,
  null,
  undefined,
  { toString: () => 'x' },
  '\u0000\u202e\ud800',
  '2026-07-06 21:14:07'.repeat(1000),
  'all data '.repeat(10_000),
];

describe('hostile input never throws', () => {
  it.each(types)('%s: junk in every field', (type) => {
    const fields = requestTypes[type].fields.map((f) => f.id);
    for (const value of junk) {
      const draft = Object.fromEntries(fields.map((id) => [id, value])) as unknown as Draft;
      const result = validateRequest(type, draft, cgnatCase);
      expect(result.outcome).not.toBe('complete');
    }
  });

  it.each(types)('%s: junk in one field at a time of a complete draft', (type) => {
    const base = completeDraft(type, cgnatCase);
    for (const field of requestTypes[type].fields) {
      for (const value of junk) {
        const draft = { ...base, [field.id]: value } as unknown as Draft;
        expect(() => validateRequest(type, draft, cgnatCase)).not.toThrow();
      }
    }
  });

  it('rejects an unknown type and a non-object draft without throwing', () => {
    expect(validateRequest('subpoena' as RequestType, {}, cgnatCase).outcome).toBe(
      'missing-elements',
    );
    expect(validateRequest('preservation', null as unknown as Draft, cgnatCase).outcome).toBe(
      'missing-elements',
    );
    expect(validateRequest('preservation', [] as unknown as Draft, cgnatCase).outcome).toBe(
      'missing-elements',
    );
  });

  it('ignores prototype keys', () => {
    const draft = JSON.parse('{"__proto__": {"channel": "network-24-7"}}') as Draft;
    expect(
      validateRequest('preservation', draft, cgnatCase).findings.some((f) => f.field === 'channel'),
    ).toBe(true);
  });

  it('quotes user text only in short, escaped-by-the-UI slices', () => {
    const draft = { ...completeDraft('preservation', cgnatCase), eventTime: script + huge };
    const result = validateRequest('preservation', draft, cgnatCase);
    for (const f of result.findings) {
      for (const value of Object.values(f.params ?? {})) {
        expect(String(value).length).toBeLessThan(100);
      }
    }
  });

  it('stays fast on a megabyte of text', () => {
    const started = performance.now();
    const draft = {
      ...completeDraft('mla-stored-data', cgnatCase),
      identifiers: '198.51.100.23 '.repeat(70_000),
    };
    validateRequest('mla-stored-data', draft, cgnatCase);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
