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
import { formatUtc } from './time-zones.ts';
import type { Draft, Finding } from './types.ts';

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
      message: 'The request does not show the moment in UTC as well.',
      why: 'Showing both the logged time and its UTC conversion lets the recipient check your arithmetic.',
      reference: refs.timeZones,
      outcome: 'wrong-utc',
    });
  }
  const utc = readTime(text);
  if (!utc || (utc.offsetMinutes !== null && utc.offsetMinutes !== 0)) {
    return finding({
      code: utc ? 'utc-has-offset' : 'utc-unreadable',
      field: 'eventTimeUtc',
      message: utc
        ? 'The UTC field carries another offset; write the time in UTC itself.'
        : `"${text.slice(0, 40)}" is not a UTC time the recipient can read; write YYYY-MM-DD HH:mm:ss.`,
      why: 'A UTC field that is not UTC invites exactly the conversion error it is there to prevent.',
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
    message: `The UTC conversion is wrong: the local time given corresponds to ${formatUtc(reference[0] ?? 0)}. Check the offset on that date (summer time changes it).`,
    why: 'Providers search their logs by UTC; a conversion off by an hour identifies whoever held the address an hour earlier or later.',
    reference: refs.timeZones,
    outcome: 'wrong-utc',
  });
}

function placed(time: DraftDateTime, zone: StatedZone | null): number {
  // Inside a DST gap no instant exists; reading the wall clock as UTC is close enough for widths.
  return instantsOf(time, zone)[0] ?? wallAsUtc(time.parts);
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
  const bad = (code: string, message: string): Finding[] => [
    finding({
      code,
      field: from ? 'windowTo' : 'windowFrom',
      message,
      why: 'The recipient retrieves data only for the period you state; it must be readable and in order.',
      reference: refs.precision,
      outcome: 'missing-elements',
    }),
  ];
  if (!from || !to)
    return bad('window-unreadable', 'The time window cannot be read; write YYYY-MM-DD HH:mm:ss.');
  const start = placed(from, zone);
  const end = placed(to, zone);
  if (start > end) return bad('window-reversed', 'The time window ends before it starts.');
  const findings: Finding[] = [];
  const hours = (end - start) / 3_600_000;
  if (hours > expectation.maxWindowHours) {
    findings.push(
      finding({
        code: 'window-too-wide',
        field: 'windowFrom',
        message: `The window spans about ${Math.round(hours)} hours; the case needs at most ${expectation.maxWindowHours}.`,
        why: 'Providers narrow or refuse overly broad requests, and every extra hour is other people’s data.',
        reference: refs.precision,
        outcome: 'disproportionate',
      }),
    );
  }
  const placeable = zone !== null || (from.offsetMinutes !== null && to.offsetMinutes !== null);
  if (placeable && moments.length > 0 && !moments.some((m) => m >= start - 999 && m <= end + 999)) {
    findings.push(
      finding({
        code: 'window-misses-event',
        field: 'windowFrom',
        message: `The window does not include the logged moment (${formatUtc(moments[0] ?? 0)}).`,
        why: 'Data for a period that misses the event cannot show who was behind it.',
        reference: refs.timeZones,
        outcome: 'wrong-utc',
      }),
    );
  }
  return findings;
}
