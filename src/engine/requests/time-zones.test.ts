import { describe, expect, it } from 'vitest';
import { parseDraftDateTime } from './datetime.ts';
import {
  canonicalZone,
  formatUtc,
  isTimeZone,
  parseLocal,
  resolveLocal,
  timeZones,
  toUtc,
} from './time-zones.ts';

describe('toUtc', () => {
  it.each([
    ['Berlin winter (UTC+1)', '2026-01-10T21:14:07', 'Europe/Berlin', '2026-01-10 20:14:07 UTC'],
    ['Berlin summer (UTC+2)', '2026-07-06T21:14:07', 'Europe/Berlin', '2026-07-06 19:14:07 UTC'],
    [
      'New York winter (UTC-5)',
      '2026-01-15T09:05:30',
      'America/New_York',
      '2026-01-15 14:05:30 UTC',
    ],
    [
      'New York summer (UTC-4)',
      '2026-07-15T09:05:30',
      'America/New_York',
      '2026-07-15 13:05:30 UTC',
    ],
    ['India, half-hour offset', '2026-03-01T00:10:00', 'Asia/Kolkata', '2026-02-28 18:40:00 UTC'],
    [
      'Chatham, 45-minute offset',
      '2026-06-01T12:00:00',
      'Pacific/Chatham',
      '2026-05-31 23:15:00 UTC',
    ],
    ['UTC itself', '2026-03-06T21:14:07', 'UTC', '2026-03-06 21:14:07 UTC'],
    ['fixed offset zone', '2026-03-06T21:14:07', '+01:00', '2026-03-06 20:14:07 UTC'],
    ['day boundary crossed', '2026-01-01T00:30:00', 'Europe/Berlin', '2025-12-31 23:30:00 UTC'],
    [
      'day after London spring change',
      '2026-03-30T09:00:00',
      'Europe/London',
      '2026-03-30 08:00:00 UTC',
    ],
  ])('%s', (_label, local, zone, utc) => {
    const instant = toUtc(local, zone);
    expect(instant).not.toBeNull();
    expect(formatUtc(instant ?? 0)).toBe(utc);
  });

  it('returns null in the spring-forward gap, for bad zones and for bad dates', () => {
    expect(toUtc('2026-03-29T02:30:00', 'Europe/Berlin')).toBeNull();
    expect(toUtc('2026-03-08T02:30:00', 'America/New_York')).toBeNull();
    expect(toUtc('2026-03-06T21:14:07', 'Mars/Olympus')).toBeNull();
    expect(toUtc('2026-02-30T10:00:00', 'UTC')).toBeNull();
    expect(toUtc('06/03/2026 9:14 PM', 'UTC')).toBeNull();
  });

  it('takes the earlier instant in the autumn overlap, and resolveLocal shows both', () => {
    const parts = parseLocal('2026-10-25T02:30:00');
    expect(parts).not.toBeNull();
    const both = resolveLocal(parts ?? ({} as never), 'Europe/Berlin').map(formatUtc);
    expect(both).toEqual(['2026-10-25 00:30:00 UTC', '2026-10-25 01:30:00 UTC']);
    expect(formatUtc(toUtc('2026-10-25T02:30:00', 'Europe/Berlin') ?? 0)).toBe(both[0]);
  });
});

describe('zones', () => {
  it('lists UTC first and real IANA zones', () => {
    const zones = timeZones();
    expect(zones[0]).toBe('UTC');
    expect(zones).toContain('Europe/Berlin');
    expect(new Set(zones).size).toBe(zones.length);
  });

  it.each([
    ['Europe/Berlin', true],
    ['europe/berlin', true],
    ['UTC', true],
    ['CEST', false],
    ['', false],
    ['Not/AZone', false],
  ])('isTimeZone(%j) is %s', (zone, valid) => {
    expect(isTimeZone(zone)).toBe(valid);
  });

  it('canonicalises aliases so renamed zones compare equal', () => {
    expect(canonicalZone('Europe/Kyiv')).toBe(canonicalZone('Europe/Kiev'));
    expect(canonicalZone('nonsense')).toBeNull();
  });

  it('formats non-finite instants as empty text', () => {
    expect(formatUtc(Number.NaN)).toBe('');
  });
});

describe('parseDraftDateTime', () => {
  it.each([
    ['2026-03-06 21:14:07', 21, true, null, null],
    ['2026-03-06T21:14:07', 21, true, null, null],
    ['2026-03-06 9:14:07 PM', 21, true, 'pm', null],
    ['2026-03-06 12:05:00 am', 0, true, 'am', null],
    ['2026-03-06 12:05:00 p.m.', 12, true, 'pm', null],
    ['2026-03-06 21:14', 21, false, null, null],
    ['2026-03-06T21:14:07Z', 21, true, null, 0],
    ['2026-03-06 21:14:07 UTC', 21, true, null, 0],
    ['2026-03-06T21:14:07+01:00', 21, true, null, 60],
    ['2026-03-06T21:14:07-0530', 21, true, null, -330],
    ['2026-03-06T21:14:07.123Z', 21, true, null, 0],
  ])('%j', (input, hour, hasSeconds, meridiem, offset) => {
    const parsed = parseDraftDateTime(input);
    expect(parsed?.parts.hour).toBe(hour);
    expect(parsed?.hasSeconds).toBe(hasSeconds);
    expect(parsed?.meridiem).toBe(meridiem);
    expect(parsed?.offsetMinutes).toBe(offset);
  });

  it.each([
    '',
    '06/03/2026 21:14:07',
    '2026-13-01 10:00:00',
    '2026-03-06 25:00:00',
    '2026-03-06 13:00:00 PM',
    'tonight',
    '2'.repeat(100),
  ])('rejects %j', (input) => {
    expect(parseDraftDateTime(input)).toBeNull();
  });
});
