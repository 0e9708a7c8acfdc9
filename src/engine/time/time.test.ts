import { describe, expect, it } from 'vitest';
import { workingHoursSchema } from '../../schemas/actor.ts';
import { durationMs, minutesOf } from './duration.ts';
import { nextWorkingMoment } from './working-hours.ts';
import { formatLocal, offsetMs, zonedParts, zonedToEpoch } from './zone.ts';

const officeHours = workingHoursSchema.parse({ days: 'Mon-Fri', from: '08:00', to: '17:00' });
const utc = (iso: string): number => Date.parse(iso);

describe('durations', () => {
  it.each([
    ['PT40M', 40 * 60000],
    ['P1DT6H', 30 * 3600000],
    ['P2W', 14 * 86400000],
    ['PT1H30M15S', 5415000],
  ])('%s', (iso, ms) => expect(durationMs(iso)).toBe(ms));
  it('rejects what is not a duration', () => {
    expect(() => durationMs('P1Y')).toThrow();
    expect(() => durationMs('PT')).toThrow();
  });
  it('counts whole minutes', () => expect(minutesOf(30 * 3600000 + 40 * 60000)).toBe(1840));
});

describe('zones via Intl', () => {
  it('reads wall-clock parts and weekday', () => {
    const p = zonedParts(utc('2026-03-06T19:14:07Z'), 'Europe/Helsinki');
    expect(p).toEqual({
      year: 2026,
      month: 3,
      day: 6,
      hour: 21,
      minute: 14,
      second: 7,
      weekday: 5,
    });
  });
  it('knows offsets on both sides of a DST change', () => {
    expect(offsetMs(utc('2026-03-28T12:00:00Z'), 'Europe/Vienna')).toBe(3600000);
    expect(offsetMs(utc('2026-03-29T12:00:00Z'), 'Europe/Vienna')).toBe(7200000);
    expect(offsetMs(utc('2026-03-09T12:00:00Z'), 'America/New_York')).toBe(-4 * 3600000);
  });
  it('converts wall-clock time back to an instant', () => {
    expect(
      zonedToEpoch(
        { year: 2026, month: 3, day: 6, hour: 21, minute: 14, second: 7 },
        'Europe/Helsinki',
      ),
    ).toBe(utc('2026-03-06T19:14:07Z'));
  });
  it('moves a time in the spring-forward gap forward by the gap', () => {
    const t = zonedToEpoch({ year: 2026, month: 3, day: 29, hour: 2, minute: 30 }, 'Europe/Vienna');
    expect(formatLocal(t, 'Europe/Vienna')).toBe('2026-03-29 03:30');
  });
  it('takes the earlier instant in the autumn overlap', () => {
    const t = zonedToEpoch(
      { year: 2026, month: 10, day: 25, hour: 2, minute: 30 },
      'Europe/Vienna',
    );
    expect(t).toBe(utc('2026-10-25T00:30:00Z'));
  });
});

describe('working hours', () => {
  it('24/7 answers at once', () => {
    expect(nextWorkingMoment(utc('2026-03-07T03:00:00Z'), 'always', 'Europe/Vienna')).toBe(
      utc('2026-03-07T03:00:00Z'),
    );
  });
  it('keeps an instant inside office hours', () => {
    expect(nextWorkingMoment(utc('2026-03-05T10:00:00Z'), officeHours, 'Europe/Vienna')).toBe(
      utc('2026-03-05T10:00:00Z'),
    );
  });
  it('moves an early-morning instant to opening time the same day', () => {
    expect(nextWorkingMoment(utc('2026-03-05T05:00:00Z'), officeHours, 'Europe/Vienna')).toBe(
      utc('2026-03-05T07:00:00Z'),
    );
  });
  it('moves Friday night to Monday morning (weekend)', () => {
    expect(nextWorkingMoment(utc('2026-03-06T21:40:00Z'), officeHours, 'Europe/Vienna')).toBe(
      utc('2026-03-09T07:00:00Z'),
    );
  });
  it("reads the hours in the actor's own zone, across a DST change", () => {
    // Friday 17:30 in New York (EST); US clocks go forward on Sunday 8 March 2026.
    const t = nextWorkingMoment(utc('2026-03-06T22:30:00Z'), officeHours, 'America/New_York');
    expect(t).toBe(utc('2026-03-09T12:00:00Z')); // Monday 08:00 EDT
  });
  it('a Vienna office opening is another hour in Tokyo', () => {
    const t = nextWorkingMoment(utc('2026-03-06T00:30:00Z'), officeHours, 'Asia/Tokyo');
    expect(t).toBe(utc('2026-03-06T00:30:00Z')); // 09:30 Friday in Tokyo: open
  });
});
