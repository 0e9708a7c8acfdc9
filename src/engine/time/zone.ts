import { MS_PER_HOUR, MS_PER_MINUTE, MS_PER_SECOND } from './duration.ts';
/** Wall-clock parts of an instant in a time zone; weekday is ISO (Mon = 1 … Sun = 7). */
export interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const weekdayIndex: Record<string, number> = {
  Mon: 1,
  Tue: 2,
  Wed: 3,
  Thu: 4,
  Fri: 5,
  Sat: 6,
  Sun: 7,
};

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      weekday: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** Splits an instant into wall-clock parts in the given IANA zone (via Intl, no date library). */
export function zonedParts(epochMs: number, zone: string): ZonedParts {
  const out: ZonedParts = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0, weekday: 0 };
  for (const p of formatter(zone).formatToParts(new Date(epochMs))) {
    if (p.type === 'weekday') out.weekday = weekdayIndex[p.value] ?? 0;
    else if (p.type in out) out[p.type as keyof ZonedParts] = Number(p.value);
  }
  return out;
}

/** Offset of the zone from UTC at that instant, in milliseconds (east positive). */
export function offsetMs(epochMs: number, zone: string): number {
  const p = zonedParts(epochMs, zone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - (epochMs - (((epochMs % MS_PER_SECOND) + MS_PER_SECOND) % MS_PER_SECOND));
}

/**
 * Instant of a wall-clock time in a zone. In a DST gap the time is moved forward by the gap
 * (02:30 on a spring-forward night becomes 03:30); in an overlap the earlier instant wins.
 */
export function zonedToEpoch(
  local: {
    year: number;
    month: number;
    day: number;
    hour: number;
    minute: number;
    second?: number;
  },
  zone: string,
): number {
  const guess = Date.UTC(
    local.year,
    local.month - 1,
    local.day,
    local.hour,
    local.minute,
    local.second ?? 0,
  );
  const first = guess - offsetMs(guess, zone);
  const second = guess - offsetMs(first, zone);
  if (first === second) {
    const earlier = guess - offsetMs(first - MS_PER_HOUR, zone);
    return earlier < first && offsetMs(earlier, zone) === guess - earlier ? earlier : first;
  }
  // Gap: neither candidate maps back to the wall time; take the later offset's reading.
  return Math.max(first, second);
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** `+01:00`-style offset label. */
export function formatOffset(ms: number): string {
  const sign = ms < 0 ? '-' : '+';
  const minutes = Math.abs(ms) / MS_PER_MINUTE;
  return `${sign}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** `2026-03-06 22:40` in the given zone. */
export function formatLocal(epochMs: number, zone: string): string {
  const p = zonedParts(epochMs, zone);
  return `${p.year}-${pad(p.month)}-${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}`;
}

/** ISO weekday (1 Monday … 7 Sunday) of an instant in a zone. */
export function isoWeekday(epochMs: number, zone: string): number {
  return zonedParts(epochMs, zone).weekday;
}
