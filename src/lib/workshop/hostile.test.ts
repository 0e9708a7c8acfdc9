/**
 * Hostile result codes and team names (issue 15, causes 1 and 7): a bad code pasted with good ones
 * never stops them from importing and never throws; invisible characters never make a new team.
 */
import { describe, expect, it } from 'vitest';
import { shippedScenarios } from '../../engine/__fixtures__/shipped.ts';
import type { Session } from '../../schemas/session.ts';
import { cleanTeam, decodeResultCode, encodeResultCode } from './codes.ts';
import { importCodes } from './import.ts';
import { randomRun } from './sample-runs.ts';
import { teamResultCode } from './team-result.ts';

// A scenario with drafting steps, whose replay tokens are `d<n>` (or `d:<outcome>`).
const scenario = shippedScenarios().find((x) => x.id === 'hidden-service');
if (!scenario) throw new Error('no scenario');
const session: Session = {
  version: 1,
  scenarioId: scenario.id,
  scenarioVersion: scenario.version,
  seed: 4242,
  mode: 'assessment',
  sessionId: 'test0001',
};
const entries = (codes: string[]) => codes.map((code, i) => ({ code, source: `line ${i + 1}` }));

/** A valid code whose every draft token is replaced by `token`. */
function withToken(team: string, token: string): string {
  const good = decodeResultCode(
    teamResultCode(session, team, scenario!, randomRun(scenario!, session, 5)),
  );
  if (!good.ok) throw new Error('decode');
  const tokens = good.value.tokens.map((t) => (/^d/.test(String(t)) ? token : t));
  expect(tokens).toContain(token);
  return encodeResultCode({ ...good.value, tokens });
}

describe('hostile result codes', () => {
  for (const key of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
    it(`a code with outcome "${key}" is refused and the good codes with it import`, () => {
      const good = teamResultCode(session, 'Alpha', scenario, randomRun(scenario, session, 1));
      const bad = withToken('Bravo', `d:${key}`);
      const bare = withToken('Charlie', key);
      const later = teamResultCode(session, 'Delta', scenario, randomRun(scenario, session, 2));
      const out = importCodes(entries([bad, good, bare, later]), [scenario], session);
      expect(out.accepted.map((a) => a.team)).toEqual(['Alpha', 'Delta']);
      expect(out.rejected.map((r) => r.source)).toEqual(['line 1', 'line 3']);
    });
  }
});

describe('team names', () => {
  it('refuses names made only of invisible characters', () => {
    expect(cleanTeam('\u2060\u2061\u2062')).toBe('');
    expect(cleanTeam('\u00ad\ufeff')).toBe('');
  });

  it('normalises names so look-alikes are one team', () => {
    expect(cleanTeam('Alpha\u2060')).toBe('Alpha');
    expect(cleanTeam('Al\u00adpha')).toBe('Alpha');
    expect(cleanTeam('\uff21lpha')).toBe('Alpha'); // full-width A (NFKC)
    const codes = ['Alpha', 'Alpha\u2060', 'Al\u00adpha', 'alpha'].map((t, i) =>
      teamResultCode(session, t, scenario, randomRun(scenario, session, i + 1)),
    );
    const out = importCodes(entries(codes), [scenario], session);
    expect(out.accepted.map((a) => a.team)).toEqual(['Alpha']);
    expect(out.rejected.map((r) => r.reason)).toEqual(['duplicate', 'duplicate', 'duplicate']);
  });
});
