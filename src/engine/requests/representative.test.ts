import { describe, expect, it } from 'vitest';
import { accountCase, cgnatCase, expectation } from './test-fixtures.ts';
import { representativeDrafts, requestTypes, validateRequest, type RequestType } from './index.ts';

const types = Object.keys(requestTypes) as RequestType[];

const cases = {
  cgnat: cgnatCase,
  account: accountCase,
  'no identifiers, no source time': expectation({}),
  'autumn overlap in London, narrow window': expectation({
    identifiers: ['2001:db8::42'],
    sourceTime: { local: '2026-10-25T01:30:00', zone: 'Europe/London' },
    maxWindowHours: 0.5,
  }),
  'UTC log, subscriber-only MLA, fixed channel': expectation({
    identifiers: ['+44 20 7946 0000', 'https://example.org/p/1'],
    sourceTime: { local: '2026-02-28T23:59:59', zone: 'UTC' },
    categories: ['subscriber'],
    channel: 'central-authority',
    recipient: 'ostmark-ca',
    emergency: true,
  }),
};

// The fixed-channel case only makes sense for an MLA request; emergency drafts need an emergency.
function applies(type: RequestType, name: string): boolean {
  return !name.includes('fixed channel') || type === 'mla-stored-data';
}

describe('representativeDrafts', () => {
  it.each(
    types.flatMap((type) =>
      Object.entries(cases)
        .filter(([name]) => applies(type, name))
        .map(
          ([name, exp]) =>
            [
              type,
              name,
              type === 'emergency-disclosure' ? { ...exp, emergency: true } : exp,
            ] as const,
        ),
    ),
  )('%s, %s: every draft really produces its outcome', (type, _name, exp) => {
    const drafts = representativeDrafts(type, exp);
    expect(Object.keys(drafts).length).toBeGreaterThanOrEqual(5);
    for (const [outcome, draft] of Object.entries(drafts)) {
      expect(validateRequest(type, draft, exp).outcome).toBe(outcome);
    }
  });

  it.each(types)('%s covers the outcomes its route can produce in the CGNAT case', (type) => {
    const exp = type === 'emergency-disclosure' ? { ...cgnatCase, emergency: true } : cgnatCase;
    const expected = [
      'complete',
      'missing-elements',
      'missing-zone',
      'wrong-utc',
      'wrong-identifier',
      'vague-identifier',
      'disproportionate',
      'wrong-channel',
      ...(type === 'provider-subscriber' ? ['wrong-category'] : []),
      ...(type === 'emergency-disclosure' ? ['no-emergency-facts'] : []),
    ];
    expect(Object.keys(representativeDrafts(type, exp)).sort()).toEqual(expected.sort());
  });

  it('an emergency request in a case with no emergency can only be refused (or misrouted)', () => {
    const drafts = representativeDrafts('emergency-disclosure', cgnatCase);
    expect(Object.keys(drafts).sort()).toEqual(['no-emergency-facts', 'wrong-channel']);
    for (const [outcome, draft] of Object.entries(drafts)) {
      expect(validateRequest('emergency-disclosure', draft, cgnatCase).outcome).toBe(outcome);
    }
  });

  it('a case-file channel the type cannot use yields no complete draft', () => {
    const exp = cases['UTC log, subscriber-only MLA, fixed channel'];
    expect(representativeDrafts('provider-subscriber', exp).complete).toBeUndefined();
  });

  it('offers wrong-category on a route that allows everything only when the case narrows it', () => {
    expect(representativeDrafts('mla-stored-data', cgnatCase)['wrong-category']).toBeUndefined();
    const narrowed = expectation({ ...cgnatCase, categories: ['subscriber'] });
    expect(representativeDrafts('mla-stored-data', narrowed)['wrong-category']).toBeDefined();
  });
});
