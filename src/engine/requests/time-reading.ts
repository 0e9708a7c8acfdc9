import { parseDraftDateTime, wallAsUtc, type DraftDateTime } from './datetime.ts';
import { canonicalZone, isTimeZone, parseLocal, resolveLocal } from './time-zones.ts';
import type { DraftExpectation } from '../../schemas/request.ts';
import { MS_PER_MINUTE, MS_PER_SECOND } from '../time/duration.ts';

/** The zone a draft states: an IANA name from the zone field, or an offset written after the time. */
export type StatedZone = { kind: 'zone'; zone: string } | { kind: 'offset'; minutes: number };

/** Instants a typed date-time can denote in the stated zone (empty when it cannot be placed). */
export function instantsOf(time: DraftDateTime, zone: StatedZone | null): number[] {
  const offset = time.offsetMinutes ?? (zone?.kind === 'offset' ? zone.minutes : null);
  if (offset !== null) return [wallAsUtc(time.parts) - offset * MS_PER_MINUTE];
  if (zone?.kind === 'zone') return resolveLocal(time.parts, zone.zone);
  return [];
}

/** Reads the zone field; null when empty or unknown to `Intl`. */
export function statedZone(zoneText: string, time: DraftDateTime | null): StatedZone | null {
  const zone = zoneText.trim();
  if (zone !== '' && isTimeZone(zone)) return { kind: 'zone', zone };
  if (time?.offsetMinutes != null) return { kind: 'offset', minutes: time.offsetMinutes };
  return null;
}

/** The logged moment from the case file: its instants (two in a DST overlap) and zone. */
export interface SourceMoment {
  instants: number[];
  zone: string;
  canonical: string | null;
  wall: number;
  local: string;
  /** How the case file names the zone: the author's label, else the offset ("UTC+02:00"). */
  label: string;
}

/** `UTC+02:00` for an offset in milliseconds: names a zone without naming one no document shows. */
export function offsetLabel(offsetMs: number): string {
  const minutes = Math.round(Math.abs(offsetMs) / MS_PER_MINUTE);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `UTC${offsetMs < 0 ? '-' : '+'}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** Resolves the expectation's source time; null when absent or not placeable. */
export function sourceMoment(expectation: DraftExpectation): SourceMoment | null {
  const source = expectation.sourceTime;
  const parts = source ? parseLocal(source.local) : null;
  if (!source || !parts) return null;
  const instants = resolveLocal(parts, source.zone);
  if (instants.length === 0) return null;
  return {
    instants,
    zone: source.zone,
    canonical: canonicalZone(source.zone),
    wall: wallAsUtc(parts),
    local: source.local.replace('T', ' '),
    label: source.zoneLabel ?? offsetLabel(wallAsUtc(parts) - (instants[0] ?? 0)),
  };
}

/** True when two instant lists share a moment, to the minute when the writer gave no seconds. */
export function sameMoment(a: number[], b: number[], toMinute: boolean): boolean {
  const unit = toMinute ? MS_PER_MINUTE : MS_PER_SECOND;
  return a.some((x) => b.some((y) => Math.floor(x / unit) === Math.floor(y / unit)));
}

/** Parses a draft field, returning null for empty or unreadable values. */
export function readTime(text: string): DraftDateTime | null {
  return text === '' ? null : parseDraftDateTime(text);
}
