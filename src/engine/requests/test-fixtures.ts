import { draftExpectationSchema, type DraftExpectationInput } from '../../schemas/request.ts';
import type { DraftExpectation } from './index.ts';

/** Parses an expectation as scenario YAML would be, for tests. */
export function expectation(input: DraftExpectationInput = {}): DraftExpectation {
  return draftExpectationSchema.parse(input);
}

/** The night-shift case: an IP behind carrier-grade NAT, logged in Berlin summer time. */
export const cgnatCase = expectation({
  identifiers: ['198.51.100.23:41234'],
  sourceTime: { local: '2026-07-06T21:14:07', zone: 'Europe/Berlin' },
  maxWindowHours: 2,
  recipient: 'ostmark-247',
});

/** An account case logged in New York winter time, with an e-mail and a URL. */
export const accountCase = expectation({
  identifiers: [
    { kind: 'account', value: 'NightOwl_77' },
    'nightowl@example.org',
    'https://files.example.net/u/nightowl_77/album/991',
  ],
  sourceTime: { local: '2026-01-15T09:05:30', zone: 'America/New_York' },
  maxWindowHours: 24,
  emergency: true,
});
