import { describe, expect, it } from 'vitest';
import { draftExpectationSchema } from '../../schemas/request.ts';

describe('draftExpectationSchema', () => {
  it('fills defaults for a minimal expectation', () => {
    expect(draftExpectationSchema.parse({})).toEqual({
      identifiers: [],
      maxWindowHours: 24,
      emergency: false,
      offence: 'distribution of child sexual abuse material',
    });
  });

  it.each([
    ['198.51.100.23:41234', { kind: 'ip', value: '198.51.100.23', port: 41234 }],
    ['198.51.100.23', { kind: 'ip', value: '198.51.100.23' }],
    ['[2001:db8::1]:443', { kind: 'ip', value: '2001:db8::1', port: 443 }],
    ['nightowl@example.org', { kind: 'email', value: 'nightowl@example.org' }],
    ['https://example.org/a', { kind: 'url', value: 'https://example.org/a' }],
    ['+44 20 7946 0000', { kind: 'phone', value: '+44 20 7946 0000' }],
    ['nightowl_77', { kind: 'account', value: 'nightowl_77' }],
  ])('reads the shorthand %j', (input, output) => {
    expect(draftExpectationSchema.parse({ identifiers: [input] }).identifiers[0]).toEqual(output);
  });

  it.each([
    [{ sourceTime: { local: '2026-03-06 21:14', zone: 'UTC' } }, 'sourceTime.local'],
    [{ sourceTime: { local: '2026-03-06T21:14:07', zone: 'CEST' } }, 'sourceTime.zone'],
    [{ maxWindowHours: 0 }, 'maxWindowHours'],
    [{ channel: 'fax' }, 'channel'],
    [{ categories: [] }, 'categories'],
    [{ identifiers: [{ kind: 'ip', value: '1.2.3.4', port: 70000 }] }, 'identifiers.0.port'],
  ])('rejects %j at %s', (input, path) => {
    const result = draftExpectationSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain(path);
  });
});
