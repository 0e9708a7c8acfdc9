import type { WorkingHours } from '../../schemas/actor.ts';
import { zonedParts, zonedToEpoch } from './zone.ts';

function minutesOf(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

/**
 * The first instant at or after `epochMs` inside the working hours, read in the actor's own zone
 * (weekends and DST included). `always` (24/7 points of contact) returns the instant unchanged.
 */
export function nextWorkingMoment(epochMs: number, hours: WorkingHours, zone: string): number {
  if (hours === 'always') return epochMs;
  const from = minutesOf(hours.from);
  const to = minutesOf(hours.to);
  const p = zonedParts(epochMs, zone);
  const now = p.hour * 60 + p.minute + p.second / 60;
  if (hours.days.includes(p.weekday)) {
    if (now >= from && now < to) return epochMs;
    if (now < from) {
      return zonedToEpoch(
        { year: p.year, month: p.month, day: p.day, hour: (from / 60) | 0, minute: from % 60 },
        zone,
      );
    }
  }
  for (let add = 1; add <= 7; add++) {
    const d = new Date(Date.UTC(p.year, p.month - 1, p.day + add));
    const weekday = ((d.getUTCDay() + 6) % 7) + 1;
    if (hours.days.includes(weekday)) {
      return zonedToEpoch(
        {
          year: d.getUTCFullYear(),
          month: d.getUTCMonth() + 1,
          day: d.getUTCDate(),
          hour: (from / 60) | 0,
          minute: from % 60,
        },
        zone,
      );
    }
  }
  throw new Error('Working hours list no day of the week');
}
