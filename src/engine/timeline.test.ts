import { describe, expect, it } from 'vitest';
import { scenarioSchema } from '../schemas/scenario.ts';
import { tinyScenarioData } from './__fixtures__/tiny.ts';
import { runDecisions } from './sim/run.ts';
import type { Decision, SimState } from './sim/types.ts';
import { caseTimeline, workingIntervals } from './timeline.ts';
import { zonedParts } from './time/zone.ts';

const tiny = scenarioSchema.parse(tinyScenarioData());
const HOUR = 3_600_000;

function play(decisions: Decision[]): SimState {
  const r = runDecisions(tiny, 1, decisions);
  if (!r.ok) throw new Error(`refused at ${r.index}: ${r.reason}`);
  return r.state;
}

const careful = play([
  { kind: 'choose', choice: 'send' },
  { kind: 'wait' },
  { kind: 'choose', choice: 'win' },
]);
const careless = play([
  { kind: 'choose', choice: 'idle' },
  { kind: 'wait' },
  { kind: 'choose', choice: 'lose' },
]);

describe('case timeline', () => {
  it('has one mark per decision, request, answer and loss of the run, in time order', () => {
    const model = caseTimeline(tiny, careful, careful);
    const kinds = model.you.map((e) => e.kind);
    expect(kinds.filter((k) => k === 'decision')).toHaveLength(careful.decisions.length);
    expect(kinds.filter((k) => k === 'sent')).toHaveLength(careful.sent.length);
    expect(kinds.filter((k) => k === 'reply')).toHaveLength(careful.inbox.length);
    expect(kinds).not.toContain('lost');
    const times = model.you.map((e) => e.at);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(model.you.find((e) => e.kind === 'sent')).toMatchObject({
      to: 'Beta ISP',
      subject: 'Preserve',
    });
  });

  it('shows the loss where it happened, at the deadline, and keeps it off the recommended lane', () => {
    const model = caseTimeline(tiny, careless, careful);
    const lost = model.you.filter((e) => e.kind === 'lost');
    expect(lost).toEqual([
      expect.objectContaining({
        evidence: 'logs',
        label: 'ISP logs',
        at: careless.evidence['logs']?.lostAt,
      }),
    ]);
    const deadline = model.deadlines.find((d) => d.evidence === 'logs');
    expect(deadline?.lostAt).toBe(deadline?.at);
    expect(model.best.some((e) => e.kind === 'lost')).toBe(false);
    // The lost mark comes after the first decision and before the later ones.
    const order = model.you.map((e) => e.kind);
    expect(order.indexOf('lost')).toBeGreaterThan(order.indexOf('decision'));
  });

  it('says what each decision cost in case time: the costs add up to the run', () => {
    const model = caseTimeline(tiny, careless, careful);
    const decisions = model.you.filter((e) => e.kind === 'decision');
    const total = decisions.reduce((sum, e) => sum + e.minutes, 0);
    const first = careless.decisions[0]?.at ?? 0;
    expect(total).toBe(Math.round((careless.clock - first) / 60_000));
    expect(decisions[0]?.minutes).toBeGreaterThanOrEqual(4 * 24 * 60);
  });

  it('shades the office hours of recipients who keep them, in their own zone', () => {
    const model = caseTimeline(tiny, careful, careful);
    expect(model.hours.map((h) => h.name)).toEqual(['Beta ISP']);
    for (const [open, close] of model.hours[0]?.intervals ?? []) {
      const p = zonedParts(open, 'America/New_York');
      expect(p.weekday).toBeLessThanOrEqual(5);
      expect(p.hour).toBeGreaterThanOrEqual(9);
      expect(close - open).toBeLessThanOrEqual(8 * HOUR);
    }
    expect(model.start).toBeLessThan(model.end);
  });

  it('finds working intervals across a weekend', () => {
    const friday = Date.parse('2026-03-06T12:00:00Z');
    const intervals = workingIntervals(
      { days: [1, 2, 3, 4, 5], from: '09:00', to: '17:00' },
      'America/New_York',
      friday,
      friday + 4 * 24 * HOUR,
    );
    // Friday afternoon, then Monday: nothing on the weekend.
    expect(intervals).toHaveLength(2);
    expect(zonedParts(intervals[1]?.[0] ?? 0, 'America/New_York').weekday).toBe(1);
    expect(workingIntervals('always', 'UTC', 0, 10)).toEqual([[0, 10]]);
  });
});
