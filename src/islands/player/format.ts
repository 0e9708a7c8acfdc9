// Pure formatting helpers: the engine's structured view values (minutes, causes, outcome classes,
// announcement kinds) turned into words from the UI dictionary. No Svelte here, so a unit test can
// render every view of every scenario through exactly the code the player uses.
import type { DebriefView } from '../../engine/analysis-runtime.ts';
import type { AnnouncementView, ClockView, JumpCause, View } from '../../engine/runtime.ts';
import type { UiKey } from '../../i18n/index.ts';
import type { Translate } from '../../i18n/island.ts';
import type { Dimension, OutcomeClass } from '../../schemas/vocabulary.ts';

const MINUTES_PER_HOUR = 60;
const MINUTES_PER_DAY = 24 * MINUTES_PER_HOUR;

/** A span of whole minutes in words, e.g. `1 d 6 h 40 min`. */
export function formatMinutes(t: Translate, minutes: number): string {
  const sign = minutes < 0 ? '-' : '';
  let rest = Math.abs(Math.round(minutes));
  const days = Math.floor(rest / MINUTES_PER_DAY);
  rest -= days * MINUTES_PER_DAY;
  const hours = Math.floor(rest / MINUTES_PER_HOUR);
  const mins = rest - hours * MINUTES_PER_HOUR;
  const parts: string[] = [];
  if (days) parts.push(t('player.duration.days', { n: days }));
  if (hours) parts.push(t('player.duration.hours', { n: hours }));
  if (mins || parts.length === 0) parts.push(t('player.duration.minutes', { n: mins }));
  return sign + parts.join(' ');
}

/** The weekday of a clock view, e.g. `Fri`. */
export function weekdayOf(t: Translate, clock: ClockView): string {
  return t(`player.weekday.${clock.weekday}` as UiKey);
}

/** The hour and minute of a `YYYY-MM-DD HH:mm` clock reading, for the compact clock line. */
export function timeOfDay(reading: string): string {
  return reading.slice(-5);
}

const CRITICAL_MINUTES = 6 * MINUTES_PER_HOUR;
const URGENT_MINUTES = MINUTES_PER_DAY;
type EvidenceItem = View['evidence'][number];
/** How pressing an evidence item is; shown in words and by colour, never by colour alone. */
export type Urgency = 'lost' | 'safe' | 'critical' | 'urgent' | 'open';

/** An item's urgency: lost, safe (preserved or obtained), critical (6 h or less), urgent (a day or less) or open. */
export function urgencyOf(item: Pick<EvidenceItem, 'status' | 'timeLeftMinutes'>): Urgency {
  if (item.status === 'lost') return 'lost';
  if (item.timeLeftMinutes === null) return 'safe';
  if (item.timeLeftMinutes <= CRITICAL_MINUTES) return 'critical';
  if (item.timeLeftMinutes <= URGENT_MINUTES) return 'urgent';
  return 'open';
}

/** Evidence to act on now (deleted within a day, soonest first), then what is already lost. */
export function evidenceAtRisk(evidence: readonly EvidenceItem[]): EvidenceItem[] {
  const left = (e: EvidenceItem): number => e.timeLeftMinutes ?? Infinity;
  const pressing = evidence
    .filter((e) => ['critical', 'urgent'].includes(urgencyOf(e)))
    .sort((a, b) => left(a) - left(b));
  return [...pressing, ...evidence.filter((e) => e.status === 'lost')];
}

/** One line of a case document: its leading spaces, then text and column gaps taking turns. */
export interface DocumentLine {
  lead: string;
  /** Even positions are text, odd ones the runs of three or more spaces between columns. */
  parts: string[];
}

/**
 * A fixed-width document split for display: each line with the spaces that align it, and its
 * columns ("…Authority          Ref. 0932"), so a narrow screen can indent and stack them.
 */
export function documentLines(body: string): DocumentLine[] {
  return body
    .replace(/\s+$/, '')
    .split('\n')
    .map((line) => {
      const text = line.trimStart();
      return { lead: line.slice(0, line.length - text.length), parts: text.split(/( {3,})/) };
    });
}

/** The name of a scoring dimension (one name everywhere: debrief, progress, workshop). */
export function dimensionName(t: Translate, d: Dimension): string {
  return t(`dimension.${d}`);
}

/** What a draft's outcome class means for the trainee. */
export function outcomeText(t: Translate, outcome: OutcomeClass): string {
  return t(`player.outcome.${outcome}`);
}

/** Why the clock moved, in words. */
export function causeText(t: Translate, cause: JumpCause): string {
  switch (cause.kind) {
    case 'decision':
      return cause.label;
    case 'drafting':
      return t('player.announce.cause.drafting', { subject: cause.subject });
    case 'waiting':
      return t('player.announce.cause.waiting');
    case 'instructor':
      return cause.note ?? t('player.announce.cause.instructor');
    default:
      return cause satisfies never;
  }
}

/** One announcement for the live region. */
export function announcementText(t: Translate, a: AnnouncementView): string {
  switch (a.kind) {
    case 'time-jump':
      return t('player.announce.timeJump', {
        duration: formatMinutes(t, a.minutes),
        cause: causeText(t, a.cause),
        time: a.to.local,
      });
    case 'message':
      return a.from === null
        ? t('player.announce.messageScenario', { subject: a.subject })
        : t('player.announce.message', { from: a.from, subject: a.subject });
    case 'evidence-lost':
      return t('player.announce.lost', { label: a.label, time: a.at.local });
    case 'no-events':
      return t('player.announce.noEvents');
    default:
      return a satisfies never;
  }
}

/** What was decided, for the feedback box and the timeline (a select that picked nothing says so). */
export function decisionText(
  t: Translate,
  d: { label: string; outcome: OutcomeClass | null; items?: ReadonlyArray<unknown> },
): string {
  const label = d.label || (d.items && d.items.length > 0 ? t('player.feedback.noneSelected') : '');
  return d.outcome ? `${label} — ${outcomeText(t, d.outcome)}` : label;
}

/** Every visible string of a view, as the player words it (for tests that scan visible text). */
export function visibleStrings(t: Translate, v: View, refText: (id: string) => string[]): string[] {
  const out: string[] = [v.scenario.title, v.scenario.role, v.scenario.contentNote ?? ''];
  const clock = (c: ClockView): string[] => [
    c.local,
    weekdayOf(t, c),
    c.zone,
    c.offset,
    t('player.clock.utcValue', { time: c.utc }),
    t('player.clock.dayValue', { day: c.caseDay, elapsed: formatMinutes(t, c.elapsedMinutes) }),
    t('player.clock.dayShort', { day: c.caseDay }),
    t('player.clock.sinceStart', { elapsed: formatMinutes(t, c.elapsedMinutes) }),
    t('player.clock.utcValue', { time: timeOfDay(c.utc) }),
  ];
  out.push(...clock(v.clock));
  if (v.node) {
    out.push(v.node.title, v.node.narrative);
    for (const a of v.node.artefacts) out.push(a.title, a.from ?? '', a.body);
    const i = v.node.interaction;
    if (i.kind === 'choices') for (const o of i.options) out.push(o.label, o.lockedReason ?? '');
    else if (i.kind === 'continue') out.push(i.label, t('player.decide.continue'));
    else if (i.kind === 'select') out.push(i.prompt, ...i.options.map((o) => o.label));
    else if (i.kind === 'draft') out.push(i.subject, i.to.name);
    else
      out.push(
        i.label,
        i.minutes === null
          ? t('player.decide.waitNext')
          : t('player.decide.waitFor', { duration: formatMinutes(t, i.minutes) }),
      );
  }
  for (const e of v.evidence) {
    out.push(e.label, e.holder, t(`player.evidence.status.${e.status}`));
    out.push(t(`player.evidence.category.${e.category}`));
    if (e.timeLeftMinutes !== null)
      out.push(
        t('player.evidence.timeLeft', {
          left: formatMinutes(t, e.timeLeftMinutes),
          time: e.deadline.local,
        }),
      );
  }
  for (const m of v.inbox)
    out.push(m.from ?? t('player.inbox.fromScenario'), m.subject, m.body, m.arrived.local);
  for (const m of v.sent) out.push(m.to, m.subject, m.sent.local);
  if (v.feedback) {
    out.push(decisionText(t, v.feedback), v.feedback.text ?? '');
    for (const item of v.feedback.items) out.push(item.label, item.feedback);
    if (v.feedback.verdict) out.push(t(`player.feedback.verdict.${v.feedback.verdict}`));
    for (const r of v.feedback.refs) out.push(...refText(r.id));
  }
  out.push(...v.announcements.map((a) => announcementText(t, a)));
  return out.filter((s) => s !== '');
}

/** Every text a debrief shows (the leak tests read these), with chips' words from `refText`. */
export function debriefStrings(
  t: Translate,
  d: DebriefView,
  refText: (id: string) => string[],
): string[] {
  const out: string[] = [d.ending.title, d.ending.summary];
  for (const s of d.score.dimensions) out.push(dimensionName(t, s.dimension));
  for (const s of d.timeline) {
    out.push(s.node, decisionText(t, s), s.feedback, ...s.items.map((x) => x.feedback));
    for (const r of s.refs) out.push(...refText(r.id));
  }
  for (const s of d.recommended) out.push(s.node, decisionText(t, s));
  for (const e of d.evidenceFate) out.push(e.label, t(`player.evidence.status.${e.status}`));
  for (const j of d.timeJumps) out.push(formatMinutes(t, j.minutes), causeText(t, j.cause));
  return out.filter((s) => s !== '');
}
