import type { Scenario } from '../schemas/scenario.ts';
import type { WorkingHours } from '../schemas/actor.ts';
import { startOf, deadlineOf } from './sim/clock.ts';
import type { InboxMessage, SimState } from './sim/types.ts';
import { minutesOf, MS_PER_HOUR } from './time/duration.ts';

/** Working intervals drawn at most (about a year of working days; stops a malformed range). */
const MAX_WORKING_INTERVALS = 400;
import { nextWorkingMoment } from './time/working-hours.ts';
import { zonedParts, zonedToEpoch } from './time/zone.ts';

/** One mark on the case timeline, in simulated time (epoch ms). Words come from the UI. */
export type TimelineEvent =
  | {
      kind: 'decision';
      at: number;
      /** Node title and what was chosen (the author's words). */
      node: string;
      label: string;
      /** Minutes of case time until the next decision (or the end): what this step cost. */
      minutes: number;
      score: number;
      maxScore: number;
    }
  | { kind: 'sent'; at: number; to: string; subject: string }
  | {
      kind: 'reply';
      at: number;
      from: string | null;
      subject: string;
      reply: InboxMessage['reply'];
    }
  | { kind: 'lost'; at: number; evidence: string; label: string };

/** An evidence deadline, and when the item was lost (null: kept or not yet due). */
export interface TimelineDeadline {
  evidence: string;
  label: string;
  at: number;
  lostAt: number | null;
}

/** The working hours of a recipient the trainee wrote to (24/7 contacts have none to show). */
export interface TimelineHours {
  actor: string;
  name: string;
  zone: string;
  /** Working intervals inside the timeline's range. */
  intervals: Array<[number, number]>;
}

/** Everything the case timeline draws: your run and the recommended run on one time axis. */
export interface TimelineModel {
  start: number;
  end: number;
  /** The trainee's zone (the axis shows it and UTC). */
  zone: string;
  you: TimelineEvent[];
  best: TimelineEvent[];
  deadlines: TimelineDeadline[];
  hours: TimelineHours[];
}

/** Every working interval of `hours` (in `zone`) that overlaps [from, to]. */
export function workingIntervals(
  hours: WorkingHours,
  zone: string,
  from: number,
  to: number,
): Array<[number, number]> {
  if (hours === 'always') return [[from, to]];
  const out: Array<[number, number]> = [];
  const [endH, endM] = hours.to.split(':').map(Number) as [number, number];
  let cursor = from;
  // At most one interval a day; the bound keeps a malformed range from looping.
  for (let i = 0; i < MAX_WORKING_INTERVALS && cursor < to; i++) {
    const open = nextWorkingMoment(cursor, hours, zone);
    if (open >= to) break;
    const p = zonedParts(open, zone);
    const close = zonedToEpoch(
      { year: p.year, month: p.month, day: p.day, hour: endH, minute: endM },
      zone,
    );
    out.push([open, Math.min(close, to)]);
    cursor = close + 1;
  }
  return out;
}

/** The events of one run, in time order. */
function runEvents(scenario: Scenario, s: SimState): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  s.decisions.forEach((d, i) => {
    const next = s.decisions[i + 1]?.at ?? s.clock;
    events.push({
      kind: 'decision',
      at: d.at,
      node: Object.hasOwn(scenario.nodes, d.node) ? (scenario.nodes[d.node]?.title ?? '') : '',
      label: d.label,
      minutes: Math.max(0, minutesOf(next - d.at)),
      score: d.score,
      maxScore: d.maxScore,
    });
  });
  const actorName = (id: string) =>
    Object.hasOwn(scenario.actors, id) ? (scenario.actors[id]?.name ?? id) : id;
  for (const m of s.sent)
    events.push({ kind: 'sent', at: m.sentAt, to: actorName(m.to), subject: m.subject });
  for (const m of s.inbox)
    events.push({
      kind: 'reply',
      at: m.arrivedAt,
      from: m.from,
      subject: m.subject,
      reply: m.reply,
    });
  for (const [id, e] of Object.entries(s.evidence))
    if (e.status === 'lost')
      events.push({
        kind: 'lost',
        at: e.lostAt ?? e.since,
        evidence: id,
        label: Object.hasOwn(scenario.evidence, id) ? (scenario.evidence[id]?.label ?? id) : id,
      });
  const order = { decision: 0, sent: 1, reply: 2, lost: 3 } as const;
  return events.sort((a, b) => a.at - b.at || order[a.kind] - order[b.kind]);
}

/**
 * The case timeline of a finished run beside the recommended run: decisions with the time each
 * cost, requests and answers, deadlines and losses, and the working hours of every recipient with
 * office hours (so "I waited for office hours in another zone" is visible).
 */
export function caseTimeline(scenario: Scenario, you: SimState, best: SimState): TimelineModel {
  const start = startOf(scenario);
  const youEvents = runEvents(scenario, you);
  const bestEvents = runEvents(scenario, best).filter(
    (e) => e.kind === 'decision' || e.kind === 'lost',
  );
  // Evidence neither run ever identified stays off the picture, like off the evidence board.
  const known = (s: SimState, id: string) =>
    Object.hasOwn(s.evidence, id) && s.evidence[id]?.status !== 'unknown';
  const shown = Object.keys(scenario.evidence).filter((id) => known(you, id) || known(best, id));
  const deadlines: TimelineDeadline[] = shown.map((id) => {
    const state = Object.hasOwn(you.evidence, id) ? you.evidence[id] : undefined;
    return {
      evidence: id,
      label: scenario.evidence[id]?.label ?? id,
      at: deadlineOf(scenario, id),
      lostAt: state?.status === 'lost' ? (state.lostAt ?? state.since) : null,
    };
  });
  const runEnd = Math.max(you.clock, best.clock, start + MS_PER_HOUR);
  // Deadlines a little after the end still matter ("lost two hours after you stopped"): show
  // those within a quarter of the case's length beyond it.
  const slack = (runEnd - start) / 4;
  const end = Math.max(runEnd, ...deadlines.map((d) => d.at).filter((at) => at <= runEnd + slack));
  const contacted = [...new Set(you.sent.map((m) => m.to))];
  const hours: TimelineHours[] = contacted.flatMap((id) => {
    if (!Object.hasOwn(scenario.actors, id)) return [];
    const actor = scenario.actors[id];
    if (!actor || actor.hours === 'always') return [];
    return [
      {
        actor: id,
        name: actor.name,
        zone: actor.timezone,
        intervals: workingIntervals(actor.hours, actor.timezone, start, end),
      },
    ];
  });
  return {
    start,
    end,
    zone: scenario.home.timezone,
    you: youEvents,
    best: bestEvents,
    deadlines: deadlines.filter((d) => d.at <= end),
    hours,
  };
}
