/** Milliseconds in a second, a minute, an hour and a 24-hour day of elapsed time. */
export const MS_PER_SECOND = 1000;
export const MS_PER_MINUTE = 60 * MS_PER_SECOND;
export const MS_PER_HOUR = 60 * MS_PER_MINUTE;
export const MS_PER_DAY = 24 * MS_PER_HOUR;
const DAYS_PER_WEEK = 7;

/** Whole minutes in a span of milliseconds (rounded), for the UI to word. */
export function minutesOf(ms: number): number {
  return Math.round(ms / MS_PER_MINUTE);
}

const cache = new Map<string, number>();
const pattern = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

/** Parses an ISO 8601 duration (weeks, days, hours, minutes, seconds) to milliseconds; a day is 24 h of elapsed time. */
export function durationMs(iso: string): number {
  const hit = cache.get(iso);
  if (hit !== undefined) return hit;
  const m = pattern.exec(iso);
  if (!m || iso === 'P' || iso.endsWith('T')) throw new Error(`Not an ISO 8601 duration: "${iso}"`);
  const n = (i: number): number => Number(m[i] ?? 0);
  const days = n(1) * DAYS_PER_WEEK + n(2);
  const ms = days * MS_PER_DAY + n(3) * MS_PER_HOUR + n(4) * MS_PER_MINUTE + n(5) * MS_PER_SECOND;
  cache.set(iso, ms);
  return ms;
}
