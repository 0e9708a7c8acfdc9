import type { DraftExpectation } from '../../schemas/request.ts';
import { formatLocal, wallAsUtc } from './datetime.ts';
import { textOf } from './draft-values.ts';
import { refs } from './fields.ts';
import { finding } from './outcomes.ts';
import { checkUtcAndWindow } from './check-window.ts';
import { instantsOf, readTime, sameMoment, sourceMoment, statedZone } from './time-reading.ts';
import { canonicalZone, formatUtc } from './time-zones.ts';
import type { Draft, Finding } from './types.ts';
import { MS_PER_HOUR, MS_PER_MINUTE, MS_PER_SECOND } from '../time/duration.ts';

/** Checks the event time, its zone and UTC conversion against the source log, then the window. */
export function checkTime(draft: Draft, expectation: DraftExpectation): Finding[] {
  const findings: Finding[] = [];
  const timeText = textOf(draft, 'eventTime');
  const zoneText = textOf(draft, 'eventZone');
  const time = readTime(timeText);
  const source = sourceMoment(expectation);
  if (timeText !== '' && !time) {
    findings.push(
      finding({
        code: timeText.includes('/') ? 'time-unreadable-slash' : 'time-unreadable',
        field: 'eventTime',
        params: { text: timeText.slice(0, 40) },
        reference: refs.timeZones,
        outcome: 'missing-elements',
      }),
    );
  }
  if (zoneText !== '' && !statedZone(zoneText, null)) {
    findings.push(
      finding({
        code: 'zone-unknown',
        field: 'eventZone',
        params: { text: zoneText.slice(0, 40) },
        reference: refs.timeZones,
        outcome: 'missing-zone',
      }),
    );
  } else if (/^[A-Z]{3,4}$/.test(zoneText) && !['UTC', 'GMT'].includes(zoneText)) {
    findings.push(
      finding({
        code: 'zone-abbreviation',
        field: 'eventZone',
        severity: 'warning',
        params: { text: zoneText, readAs: canonicalZone(zoneText) ?? zoneText },
        reference: refs.timeZones,
        outcome: 'missing-zone',
      }),
    );
  }
  const zone = statedZone(zoneText, time);
  const drafted = time ? instantsOf(time, zone) : [];
  if (time && !time.hasSeconds) {
    findings.push(
      finding({
        code: 'time-imprecise',
        field: 'eventTime',
        reference: refs.precision,
        outcome: 'vague-identifier',
      }),
    );
  }
  if (time && zone?.kind === 'zone' && time.offsetMinutes === null && drafted.length === 0) {
    findings.push(
      finding({
        code: 'time-in-dst-gap',
        field: 'eventTime',
        params: { time: formatLocal(time.parts), zone: zone.zone },
        reference: refs.timeZones,
        outcome: 'wrong-utc',
      }),
    );
  }
  if (
    time &&
    source &&
    drafted.length > 0 &&
    !sameMoment(drafted, source.instants, !time.hasSeconds)
  ) {
    findings.push(mismatch(time, zoneText, source));
  } else if (time && source && drafted.length > 0 && zone?.kind === 'zone') {
    // Any zone with the log's offset at that instant is right (Athens for a Helsinki log, both
    // EET); only a moment re-expressed in another zone's clock time earns the advice.
    if (canonicalZone(zone.zone) !== source.canonical && wallAsUtc(time.parts) !== source.wall) {
      findings.push(
        finding({
          code: 'zone-not-as-recorded',
          field: 'eventZone',
          severity: 'warning',
          params: { recorded: source.label, local: source.local, given: zone.zone },
          reference: refs.timeZones,
          outcome: 'wrong-utc',
        }),
      );
    }
  }
  if (time && drafted.length === 2 && textOf(draft, 'eventTimeUtc') === '') {
    findings.push(
      finding({
        code: 'time-ambiguous-dst',
        field: 'eventTime',
        severity: 'warning',
        params: { time: formatLocal(time.parts) },
        reference: refs.timeZones,
        outcome: 'wrong-utc',
      }),
    );
  }
  findings.push(...checkUtcAndWindow(draft, expectation, drafted, zone, source));
  return findings;
}

function mismatch(
  time: NonNullable<ReturnType<typeof readTime>>,
  zoneText: string,
  source: NonNullable<ReturnType<typeof sourceMoment>>,
): Finding {
  const wall = wallAsUtc(time.parts);
  const logged = {
    logLocal: source.local,
    logZone: source.label,
    logUtc: formatUtc(source.instants[0] ?? 0),
  };
  const twelve = 12 * MS_PER_HOUR;
  // Compare to the second when the writer gave seconds, else to the minute.
  const unit = time.hasSeconds ? MS_PER_SECOND : MS_PER_MINUTE;
  const toUnit = (t: number): number => Math.floor(t / unit);
  if (toUnit(wall) === toUnit(source.wall) && zoneText !== '') {
    return finding({
      code: 'zone-mismatch',
      field: 'eventZone',
      params: { ...logged, zone: zoneText.slice(0, 40) },
      because: 'zone',
      reference: refs.timeZones,
      outcome: 'wrong-utc',
    });
  }
  const shifted = [wall - twelve, wall + twelve].some((w) => toUnit(w) === toUnit(source.wall));
  if (!time.meridiem && shifted) {
    return finding({
      code: 'twelve-hour-ambiguity',
      field: 'eventTime',
      params: logged,
      reference: refs.timeZones,
      outcome: 'wrong-utc',
    });
  }
  return finding({
    code: 'time-mismatch',
    field: 'eventTime',
    params: logged,
    because: 'zone',
    reference: refs.timeZones,
    outcome: 'wrong-utc',
  });
}
