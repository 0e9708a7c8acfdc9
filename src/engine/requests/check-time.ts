import type { DraftExpectation } from '../../schemas/request.ts';
import { formatLocal, wallAsUtc } from './datetime.ts';
import { textOf } from './draft-values.ts';
import { refs } from './fields.ts';
import { finding } from './outcomes.ts';
import { checkUtcAndWindow } from './check-window.ts';
import { instantsOf, readTime, sameMoment, sourceMoment, statedZone } from './time-reading.ts';
import { canonicalZone, formatUtc } from './time-zones.ts';
import type { Draft, Finding } from './types.ts';

const zoneWhy =
  'The same clock time means different moments in different zones; a wrong zone points the recipient at another subscriber.';

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
        code: 'time-unreadable',
        field: 'eventTime',
        message: `"${timeText.slice(0, 40)}" is not a date and time the recipient can read; write YYYY-MM-DD HH:mm:ss${timeText.includes('/') ? ' (countries differ on day/month order)' : ''}.`,
        why: 'A time the recipient has to guess at is a time it will ask about.',
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
        message: `"${zoneText.slice(0, 40)}" is not a time zone name that can be converted; use an IANA name such as Europe/Berlin, or UTC.`,
        why: 'Abbreviations are ambiguous (BST is British Summer Time to some, Bangladesh Standard Time to software).',
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
        message: `"${zoneText}" is an abbreviation; software may read it as a different zone (${canonicalZone(zoneText) ?? 'unknown'}).`,
        why: 'Abbreviations mean different zones in different countries; an IANA name does not.',
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
        message: 'The event time stops at the minute; give the seconds as the log shows them.',
        why: 'Dynamic and shared addresses change hands within minutes; the recipient needs the exact second.',
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
        message: `${formatLocal(time.parts)} never happened in ${zone.zone}: the clocks jumped forward over it.`,
        why: 'A time that did not exist means the conversion or the zone is wrong somewhere.',
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
    if (canonicalZone(zone.zone) !== source.canonical) {
      findings.push(
        finding({
          code: 'zone-not-as-recorded',
          field: 'eventZone',
          severity: 'warning',
          message: `The moment is right, but the log recorded it in ${source.zone}, not ${zone.zone}.`,
          why: 'Quoting the zone as the source recorded it lets the recipient check it against its own logs.',
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
        message: `${formatLocal(time.parts)} happened twice that night (clocks went back); give the UTC time as well.`,
        why: 'Only the UTC time or the offset tells the recipient which of the two moments you mean.',
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
  const logged = `The log shows ${source.local} (${source.zone}), which is ${formatUtc(source.instants[0] ?? 0)}.`;
  const twelve = 12 * 3_600_000;
  // Compare to the second when the writer gave seconds, else to the minute.
  const unit = time.hasSeconds ? 1000 : 60_000;
  const toUnit = (t: number): number => Math.floor(t / unit);
  if (toUnit(wall) === toUnit(source.wall) && zoneText !== '') {
    return finding({
      code: 'zone-mismatch',
      field: 'eventZone',
      message: `The time matches the log, but ${zoneText} is not the zone the log was recorded in. ${logged}`,
      why: zoneWhy,
      reference: refs.timeZones,
      outcome: 'wrong-utc',
    });
  }
  const shifted = [wall - twelve, wall + twelve].some((w) => toUnit(w) === toUnit(source.wall));
  if (!time.meridiem && shifted) {
    return finding({
      code: 'twelve-hour-ambiguity',
      field: 'eventTime',
      message: `The time is twelve hours off: an AM/PM marker was lost in copying. ${logged}`,
      why: 'A lost AM/PM moves the request half a day, to whoever held the address then; in a real UK case a search was executed at an innocent person’s home.',
      reference: refs.timeZones,
      outcome: 'wrong-utc',
    });
  }
  return finding({
    code: 'time-mismatch',
    field: 'eventTime',
    message: `The time given does not match the log. ${logged}`,
    why: zoneWhy,
    reference: refs.timeZones,
    outcome: 'wrong-utc',
  });
}
