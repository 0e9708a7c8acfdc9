import { MS_PER_DAY, MS_PER_SECOND } from '../time/duration.ts';

/** Zones whose formatter is kept (IANA has about 600; the cap bounds junk input). */
const MAX_CACHED_ZONES = 1000;
/** Wall-clock fields of a local time, as written in a log. */
export interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat | null>();

// One formatter per zone: building them is the slow part of Intl, and graph walks call this a lot.
function formatterFor(zone: string): Intl.DateTimeFormat | null {
  if (formatters.has(zone)) return formatters.get(zone) ?? null;
  let formatter: Intl.DateTimeFormat | null = null;
  try {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
  } catch {
    formatter = null;
  }
  if (formatters.size < MAX_CACHED_ZONES) formatters.set(zone, formatter);
  return formatter;
}

/** True when `Intl` knows the zone (IANA name, alias such as `CET`, or an offset such as `+01:00`). */
export function isTimeZone(zone: string): boolean {
  return zone.trim() !== '' && formatterFor(zone.trim()) !== null;
}

/** The canonical name `Intl` resolves a zone to (so `Europe/Kyiv` and `Europe/Kiev` compare equal). */
export function canonicalZone(zone: string): string | null {
  return formatterFor(zone.trim())?.resolvedOptions().timeZone ?? null;
}

/** Offset of `zone` from UTC at instant `epochMs`, in milliseconds (positive east of Greenwich). */
export function offsetAt(zone: string, epochMs: number): number | null {
  const formatter = formatterFor(zone);
  if (!formatter || !Number.isFinite(epochMs)) return null;
  const parts: Record<string, number> = {};
  for (const part of formatter.formatToParts(epochMs)) parts[part.type] = Number(part.value);
  const asUtc = Date.UTC(
    parts['year'] ?? 0,
    (parts['month'] ?? 1) - 1,
    parts['day'] ?? 1,
    parts['hour'] ?? 0,
    parts['minute'] ?? 0,
    parts['second'] ?? 0,
  );
  return asUtc - Math.floor(epochMs / MS_PER_SECOND) * MS_PER_SECOND;
}

/**
 * Every instant a local wall-clock time can denote in `zone`: none inside a DST gap (the clock
 * jumped over it), two inside a DST overlap (the hour happened twice), otherwise one.
 */
export function resolveLocal(local: LocalParts, zone: string): number[] {
  const wall = Date.UTC(
    local.year,
    local.month - 1,
    local.day,
    local.hour,
    local.minute,
    local.second,
  );
  if (!Number.isFinite(wall) || !formatterFor(zone)) return [];
  const day = MS_PER_DAY;
  const offsets = new Set<number>();
  for (const probe of [wall - day, wall, wall + day]) {
    const offset = offsetAt(zone, probe);
    if (offset !== null) offsets.add(offset);
  }
  const instants = [...offsets]
    .map((offset) => wall - offset)
    .filter((instant) => offsetAt(zone, instant) === wall - instant);
  return [...new Set(instants)].sort((a, b) => a - b);
}

/** Parses `YYYY-MM-DDTHH:mm[:ss]` (or with a space) into wall-clock parts, or null. */
export function parseLocal(local: string): LocalParts | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(local.trim());
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1).map((v) => Number(v ?? 0));
  const parts = { year, month, day, hour, minute, second } as LocalParts;
  return isValidParts(parts) ? parts : null;
}

/** True when the parts name a real calendar date and a 24-hour clock time. */
export function isValidParts(p: LocalParts): boolean {
  if (p.month < 1 || p.month > 12 || p.day < 1 || p.hour > 23 || p.minute > 59 || p.second > 59) {
    return false;
  }
  const check = new Date(Date.UTC(p.year, p.month - 1, p.day));
  return check.getUTCDate() === p.day && check.getUTCMonth() === p.month - 1;
}

/**
 * Converts a local time recorded in `zone` to a UTC instant (epoch ms). In a DST overlap it
 * returns the earlier instant; in a gap, or for bad input, null.
 */
export function toUtc(local: string, zone: string): number | null {
  const parts = parseLocal(local);
  return parts ? (resolveLocal(parts, zone)[0] ?? null) : null;
}

/** Formats an instant as `YYYY-MM-DD HH:mm:ss UTC`, the form requests should show. */
export function formatUtc(epochMs: number): string {
  if (!Number.isFinite(epochMs)) return '';
  return (
    new Date(Math.floor(epochMs / MS_PER_SECOND) * MS_PER_SECOND)
      .toISOString()
      .replace('T', ' ')
      .slice(0, 19) + ' UTC'
  );
}

const fallbackZones = [
  'UTC',
  'Africa/Johannesburg',
  'America/Chicago',
  'America/Los_Angeles',
  'America/New_York',
  'America/Sao_Paulo',
  'Asia/Kolkata',
  'Asia/Seoul',
  'Asia/Tokyo',
  'Australia/Sydney',
  'Europe/Berlin',
  'Europe/Bucharest',
  'Europe/Istanbul',
  'Europe/Kyiv',
  'Europe/London',
  'Europe/Moscow',
  'Europe/Paris',
];

/** IANA zones for select options: `Intl.supportedValuesOf` with `UTC` first, or a short fallback. */
export function timeZones(): string[] {
  try {
    const zones = Intl.supportedValuesOf('timeZone');
    if (zones.length > 0) return ['UTC', ...zones.filter((zone) => zone !== 'UTC')];
  } catch {
    // Older engines lack supportedValuesOf; the fallback still covers the scenarios' zones.
  }
  return [...fallbackZones];
}
