import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shippedScenarios } from '../../engine/__fixtures__/shipped.ts';
import {
  bestAchievable,
  initialState,
  applyDecision,
  totalScore,
  type SimState,
} from '../../engine/index.ts';
import type { Session } from '../../schemas/session.ts';
import { aggregate, toCsv } from './aggregate.ts';
import { decodeResultCode, encodeResultCode } from './codes.ts';
import { codesFromFile, codesFromText, importCodes } from './import.ts';
import { randomRun, sampleCodes } from './sample-runs.ts';
import { teamResultCode, workshopResultFile } from './team-result.ts';

const [scenario] = shippedScenarios();
if (!scenario) throw new Error('no scenario');
const session: Session = {
  version: 1,
  scenarioId: scenario.id,
  scenarioVersion: scenario.version,
  seed: 4242,
  mode: 'assessment',
  sessionId: 'test0001',
};

function bestRun(): SimState {
  let s = initialState(scenario!, session.seed, session.mode);
  for (const d of bestAchievable(scenario!, session.seed).decisions) {
    const r = applyDecision(scenario!, s, d);
    if (!r.ok) throw new Error(r.reason);
    s = r.state;
  }
  return s;
}

const entries = (codes: string[]) => codes.map((code, i) => ({ code, source: `line ${i + 1}` }));

describe('importing results', () => {
  it('accepts codes whose replay matches, and fixes the session from the first', () => {
    const codes = sampleCodes(scenario, session, 5);
    const out = importCodes(entries(codes), [scenario], null);
    expect(out.rejected).toEqual([]);
    expect(out.accepted.map((a) => a.team)).toEqual([
      'Team 1',
      'Team 2',
      'Team 3',
      'Team 4',
      'Team 5',
    ]);
    expect(out.session).toEqual(session);
  });

  it('rejects tampered scores with a valid checksum (the replay is the authority)', () => {
    const code = teamResultCode(session, 'Alpha', scenario, randomRun(scenario, session, 3));
    const decoded = decodeResultCode(code);
    if (!decoded.ok) throw new Error('decode');
    const forged = encodeResultCode({
      ...decoded.value,
      scores: { ...decoded.value.scores, total: decoded.value.scores.total + 10 },
    });
    expect(importCodes(entries([forged]), [scenario], session).rejected).toEqual([
      { source: 'line 1', reason: 'tampered' },
    ]);
  });

  it('rejects other sessions, other versions, unknown scenarios, duplicates and junk', () => {
    const run = randomRun(scenario, session, 1);
    const good = teamResultCode(session, 'Alpha', scenario, run);
    const other = teamResultCode({ ...session, sessionId: 'other001' }, 'Bravo', scenario, run);
    const oldVersion = teamResultCode(
      { ...session, scenarioVersion: 99 },
      'Charlie',
      scenario,
      run,
    );
    const unknown = teamResultCode({ ...session, scenarioId: 'nope' }, 'Delta', scenario, run);
    const sameTeam = teamResultCode(session, 'Alpha', scenario, randomRun(scenario, session, 2));
    const out = importCodes(
      entries([
        good,
        other,
        oldVersion,
        unknown,
        good,
        sameTeam,
        'hello',
        '<script>alert(1)</script>',
      ]),
      [scenario],
      session,
    );
    expect(out.accepted).toHaveLength(1);
    expect(out.rejected.map((r) => r.reason)).toEqual([
      'other-session',
      'other-version',
      'unknown-scenario',
      'duplicate',
      'duplicate',
      'not-a-code',
      'not-a-code',
    ]);
  });

  it('reads workshop files, text files of codes, and refuses other files', () => {
    const file = workshopResultFile(session, 'Alpha', scenario, bestRun(), '2026-01-01T00:00:00Z');
    const json = JSON.stringify(file);
    expect(codesFromFile('a.json', json.length, json)).toEqual({ codes: [file.code] });
    expect(codesFromFile('codes.txt', 20, 'A\n\n  B  \r\n')).toEqual({ codes: ['A', 'B'] });
    expect(codesFromFile('big.json', 300 * 1024, '{}')).toEqual({
      source: 'big.json',
      reason: 'too-big',
    });
    expect(codesFromFile('bad.json', 5, '{"a":')).toEqual({
      source: 'bad.json',
      reason: 'invalid-json',
    });
    expect(codesFromFile('x.json', 2, '{}')).toEqual({ source: 'x.json', reason: 'not-a-result' });
    expect(codesFromFile('r.json', 40, JSON.stringify({ format: 'cca-result' }))).toEqual({
      source: 'r.json',
      reason: 'plain-result',
    });
    expect(codesFromText('a\nb\n')).toEqual(['a', 'b']);
  });
});

describe('aggregation', () => {
  it('counts each team once per option, marks the best path and lists mistakes', () => {
    const best = bestRun();
    const runs = [1, 2, 3, 4].map((i) => ({ team: `T${i}`, sim: randomRun(scenario, session, i) }));
    runs.push({ team: 'Best', sim: best });
    const agg = aggregate(scenario, runs, best);
    expect(agg.teams).toBe(5);
    const start = agg.points.find((p) => p.node === scenario.start);
    expect(start?.reached).toBe(5);
    expect(start?.options.reduce((n, o) => n + o.count, 0)).toBe(5);
    expect(start?.options.some((o) => o.best && o.teams.includes('Best'))).toBe(true);
    for (const p of agg.points) {
      for (const o of p.options) expect(o.count).toBe(o.teams.length);
      if (p.kind === 'choices')
        expect(p.options.reduce((n, o) => n + o.count, 0)).toBeGreaterThanOrEqual(p.reached);
    }
    const total = agg.spreads[0];
    expect(total?.scores).toEqual(runs.map((r) => totalScore(r.sim)));
    expect(total?.max).toBe(total?.best);
    expect(total?.bands.reduce((a, b) => a + b, 0)).toBe(5);
    for (const e of agg.evidence)
      for (const l of e.lost)
        expect(runs.find((r) => r.team === l.team)?.sim.evidence[e.id]?.status).toBe('lost');
    for (const m of agg.mistakes) expect(m.outcome).not.toBe('complete');
    expect(agg.paths[4]?.percent).toBe(100);
  });

  it('exports CSV with quoted cells and defused formulas', () => {
    const best = bestRun();
    const agg = aggregate(scenario, [{ team: '=HYPERLINK("x")', sim: best }], best);
    const csv = toCsv(scenario, agg, (t) => t);
    const [head, row] = csv.split('\r\n');
    expect(head).toBe(
      'team,ending,total,percent,timeliness,legal,quality,coordination,safeguarding,evidence lost,path',
    );
    expect(row?.startsWith(`"'=HYPERLINK(""x"")",`)).toBe(true);
  });

  it('exports CSV headers and an unfinished run in the dashboard language', () => {
    const best = bestRun();
    const start = initialState(scenario, session.seed, session.mode);
    const agg = aggregate(
      scenario,
      [
        { team: 'A', sim: best },
        { team: 'B', sim: start },
      ],
      best,
    );
    const fr = JSON.parse(readFileSync('src/i18n/fr.json', 'utf8')) as Record<string, string>;
    const say = (key: string): string => (Object.hasOwn(fr, key) ? (fr[key] ?? key) : key);
    const csv = toCsv(scenario, agg, (t) => t, {
      team: say('workshop.csv.team'),
      ending: say('workshop.csv.ending'),
      total: say('workshop.csv.total'),
      percent: say('workshop.csv.percent'),
      dimension: (d) => say(`dimension.${d}`),
      evidenceLost: say('workshop.csv.evidenceLost'),
      path: say('workshop.csv.path'),
      unfinished: say('workshop.csv.unfinished'),
    });
    const [head, , unfinished] = csv.split('\r\n');
    const columns = head?.split(',') ?? [];
    expect(columns[0]).toBe(fr['workshop.csv.team']);
    expect(columns[4]).toBe(fr['dimension.timeliness']);
    expect(columns).not.toContain('timeliness');
    expect(unfinished?.split(',')[1]).toBe(fr['workshop.csv.unfinished']);
  });
});
