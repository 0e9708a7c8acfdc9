import type { DraftExpectation } from '../../schemas/request.ts';
import { wallAsUtc, type DraftDateTime } from './datetime.ts';
import { textOf } from './draft-values.ts';
import { refs } from './fields.ts';
import { finding } from './outcomes.ts';
import {
  instantsOf,
  readTime,
  sameMoment,
  type SourceMoment,
  type StatedZone,
} from './time-reading.ts';
import { formatUtc, parseLocal, resolveLocal } from './time-zones.ts';
import type { Draft, Finding } from './types.ts';
import { MS_PER_DAY, MS_PER_HOUR } from '../time/duration.ts';

/** Checks the stated UTC conversion and the requested time window. */
export function checkUtcAndWindow(
  draft: Draft,
  expectation: DraftExpectation,
  drafted: number[],
  zone: StatedZone | null,
  source: SourceMoment | null,
): Finding[] {
  const findings: Finding[] = [];
  const utcFinding = checkUtc(draft, drafted, source);
  if (utcFinding) findings.push(utcFinding);
  findings.push(...checkWindow(draft, expectation, zone, source ? source.instants : drafted));
  return findings;
}

function checkUtc(draft: Draft, drafted: number[], source: SourceMoment | null): Finding | null {
  const text = textOf(draft, 'eventTimeUtc');
  if (text === '') {
    if (drafted.length === 0 && !source) return null;
    return finding({
      code: 'utc-missing',
      field: 'eventTimeUtc',
      severity: 'warning',
      reference: refs.timeZones,
      outcome: 'wrong-utc',
    });
  }
  const utc = readTime(text);
  if (!utc || (utc.offsetMinutes !== null && utc.offsetMinutes !== 0)) {
    return finding({
      code: utc ? 'utc-has-offset' : 'utc-unreadable',
      field: 'eventTimeUtc',
      ...(utc ? {} : { params: { text: text.slice(0, 40) } }),
      reference: refs.timeZones,
      outcome: 'wrong-utc',
    });
  }
  // Compare with the draft's own local time where it can be placed, else with the log itself.
  const reference = drafted.length > 0 ? drafted : (source?.instants ?? []);
  if (reference.length === 0) return null;
  if (sameMoment([wallAsUtc(utc.parts)], reference, !utc.hasSeconds)) return null;
  return finding({
    code: 'utc-conversion-wrong',
    field: 'eventTimeUtc',
    params: { utc: formatUtc(reference[0] ?? 0) },
    reference: refs.timeZones,
    outcome: 'wrong-utc',
  });
}

function placed(time: DraftDateTime, zone: StatedZone | null): number {
  // Inside a DST gap no instant exists; reading the wall clock as UTC is close enough for widths.
  return instantsOf(time, zone)[0] ?? wallAsUtc(time.parts);
}

// A window may reach a day past the period the case justifies: zone slips and rounding, not fishing.
const periodSlackMs = MS_PER_DAY;

/** The case's justified period as instants; `to` is open ("until now") when the case gives none. */
function periodOf(expectation: DraftExpectation): { from: number; to: number | null } | null {
  const period = expectation.period;
  const fromParts = period ? parseLocal(period.from) : null;
  if (!period || !fromParts) return null;
  const from = resolveLocal(fromParts, period.zone)[0];
  if (from === undefined) return null;
  const toParts = period.to ? parseLocal(period.to) : null;
  const to = toParts ? (resolveLocal(toParts, period.zone)[0] ?? null) : null;
  return { from, to };
}

/**
 * Judges the window's width against the case: inside the period the case justifies (an account's
 * life, say) any width is proportionate; without such a period, the case's `maxWindowHours` caps it.
 */
function checkWidth(expectation: DraftExpectation, start: number, end: number): Finding[] {
  const period = periodOf(expectation);
  if (period) {
    const outside =
      Math.max(0, period.from - start) + (period.to === null ? 0 : Math.max(0, end - period.to));
    if (outside <= periodSlackMs) return [];
    return [
      finding({
        code: 'window-outside-period',
        field: 'windowFrom',
        params: {
          hours: Math.round(outside / MS_PER_HOUR),
          from: formatUtc(period.from),
          ...(period.to === null ? {} : { to: formatUtc(period.to) }),
        },
        reference: refs.precision,
        outcome: 'disproportionate',
      }),
    ];
  }
  const hours = (end - start) / MS_PER_HOUR;
  if (hours <= expectation.maxWindowHours) return [];
  return [
    finding({
      code: 'window-too-wide',
      field: 'windowFrom',
      params: {
        hours: Math.round(hours),
        days: Math.round(hours / 24),
        max: expectation.maxWindowHours,
      },
      reference: refs.precision,
      outcome: 'disproportionate',
    }),
  ];
}

function checkWindow(
  draft: Draft,
  expectation: DraftExpectation,
  zone: StatedZone | null,
  moments: number[],
): Finding[] {
  const fromText = textOf(draft, 'windowFrom');
  const toText = textOf(draft, 'windowTo');
  if (fromText === '' || toText === '') return []; // presence check reports it
  const from = readTime(fromText);
  const to = readTime(toText);
  const bad = (code: 'window-unreadable' | 'window-reversed'): Finding[] => [
    finding({
      code,
      field: from ? 'windowTo' : 'windowFrom',
      because: 'window',
      reference: refs.precision,
      outcome: 'missing-elements',
    }),
  ];
  if (!from || !to) return bad('window-unreadable');
  const start = placed(from, zone);
  const end = placed(to, zone);
  if (start > end) return bad('window-reversed');
  const findings = checkWidth(expectation, start, end);
  const placeable = zone !== null || (from.offsetMinutes !== null && to.offsetMinutes !== null);
  if (placeable && moments.length > 0 && !moments.some((m) => m >= start - 999 && m <= end + 999)) {
    findings.push(
      finding({
        code: 'window-misses-event',
        field: 'windowFrom',
        params: { utc: formatUtc(moments[0] ?? 0) },
        reference: refs.timeZones,
        outcome: 'wrong-utc',
      }),
    );
  }
  return findings;
}
