import type { Scenario } from '../schemas/scenario.ts';
import type { ScenarioNode } from '../schemas/node.ts';
import type { Artefact } from '../schemas/artefact.ts';
import {
  safeStatuses,
  type DataCategory,
  type EvidenceStatus,
  type OutcomeClass,
  type RunMode,
} from '../schemas/vocabulary.ts';
import { isOutcomeClass, type Finding } from './draft-port.ts';
import { kindOf, type InteractionView } from './kinds/index.ts';
import { own } from './own.ts';
import { deadlineOf, startOf } from './sim/clock.ts';
import type {
  Announcement,
  DecisionRecord,
  InboxMessage,
  JumpCause,
  SimState,
} from './sim/types.ts';
import { minutesOf, MS_PER_DAY } from './time/duration.ts';
import { formatLocal, formatOffset, isoWeekday, offsetMs } from './time/zone.ts';

/** A moment as the UI shows it: trainee local time, UTC, and the raw instant. */
export interface ClockView {
  epochMs: number;
  /** `YYYY-MM-DD HH:mm` in the trainee's zone. */
  local: string;
  zone: string;
  /** `+01:00`. */
  offset: string;
  /** ISO weekday in the trainee's zone: 1 Monday … 7 Sunday (the UI names it). */
  weekday: number;
  /** `YYYY-MM-DD HH:mm` in UTC. */
  utc: string;
  /** 1 on the day the scenario starts (in the trainee's zone), 2 the next, … */
  caseDay: number;
  /** Whole minutes since the start. */
  elapsedMinutes: number;
}

/** A reference chip: an id the page turns into words (src/lib/reference-words.ts). */
export interface ReferenceView {
  id: string;
}

export type { ChoiceOptionView, InteractionView } from './kinds/types.ts';

/** Why the clock moved, with the moments resolved. */
export type AnnouncementView =
  | { kind: 'time-jump'; from: ClockView; to: ClockView; minutes: number; cause: JumpCause }
  | { kind: 'message'; at: ClockView; from: string | null; subject: string }
  | { kind: 'evidence-lost'; at: ClockView; label: string }
  | { kind: 'no-events'; at: ClockView };

/** Feedback verdict on a scored step (the UI words it); null for a step with no alternative. */
export type FeedbackVerdict = 'best' | 'least-bad' | 'partial' | 'worst';

/** Everything the player renders. No game logic is needed beyond this and sending events. */
export interface View {
  scenario: {
    id: string;
    title: string;
    role: string;
    contentNote: string | null;
    estimatedMinutes: number;
  };
  mode: RunMode;
  /** The run has reached an ending: the debrief (debrief.ts) takes over. */
  finished: boolean;
  node: {
    id: string;
    title: string;
    narrative: string;
    artefacts: Array<{
      id: string;
      kind: Artefact['kind'];
      title: string;
      from: string | null;
      body: string;
    }>;
    interaction: InteractionView;
  } | null;
  clock: ClockView;
  evidence: Array<{
    id: string;
    label: string;
    category: DataCategory;
    holder: string;
    status: EvidenceStatus;
    deadline: ClockView;
    /** Whole minutes left before deletion, null once safe or lost. */
    timeLeftMinutes: number | null;
    lostAt: ClockView | null;
  }>;
  inbox: Array<{
    id: string;
    /** Sender's name; null for a message from the scenario itself (an inject). */
    from: string | null;
    subject: string;
    body: string;
    arrived: ClockView;
    reply: InboxMessage['reply'];
    isNew: boolean;
  }>;
  sent: Array<{ to: string; subject: string; sent: ClockView }>;
  /** The last decision's feedback; in assessment mode only its label until the debrief. */
  feedback: {
    label: string;
    /** Draft only: the class the validator gave it. */
    outcome: OutcomeClass | null;
    text: string | null;
    /** Select only: each option, whether it was picked, and its feedback. */
    items: Array<{ label: string; picked: boolean; feedback: string }>;
    refs: ReferenceView[];
    score: number | null;
    minScore: number | null;
    maxScore: number | null;
    verdict: FeedbackVerdict | null;
    findings: Finding[];
  } | null;
  announcements: AnnouncementView[];
}

export function clockView(scenario: Scenario, ms: number): ClockView {
  const zone = scenario.home.timezone;
  const start = startOf(scenario);
  const dayStart = (t: number): number => Math.floor((t + offsetMs(t, zone)) / MS_PER_DAY);
  return {
    epochMs: ms,
    local: formatLocal(ms, zone),
    zone,
    offset: formatOffset(offsetMs(ms, zone)),
    weekday: isoWeekday(ms, zone),
    utc: formatLocal(ms, 'UTC'),
    caseDay: dayStart(ms) - dayStart(start) + 1,
    elapsedMinutes: minutesOf(ms - start),
  };
}

/** A reference chip as views carry it. */
export const refView = (id: string): ReferenceView => ({ id });

/** The validator's class of a drafting decision; null for any other decision. */
export const outcomeOf = (d: DecisionRecord): OutcomeClass | null =>
  d.decision.kind === 'draft' && isOutcomeClass(d.decision.outcome) ? d.decision.outcome : null;

/**
 * The verdict on a step: none when there was no real alternative (a plain Continue), never "best"
 * for a step that cost points (the least costly option is only the least bad).
 */
export function verdictOf(
  d: Pick<DecisionRecord, 'score' | 'minScore' | 'maxScore' | 'alternatives'>,
): FeedbackVerdict | null {
  if (d.alternatives < 2 || d.minScore === d.maxScore) return null;
  if (d.score >= d.maxScore) return d.score < 0 ? 'least-bad' : 'best';
  if (d.score <= d.minScore) return 'worst';
  return 'partial';
}

function announcementView(scenario: Scenario, a: Announcement): AnnouncementView {
  switch (a.kind) {
    case 'time-jump':
      return {
        kind: 'time-jump',
        from: clockView(scenario, a.from),
        to: clockView(scenario, a.to),
        minutes: minutesOf(a.to - a.from),
        cause: a.cause,
      };
    case 'message':
      return {
        kind: 'message',
        at: clockView(scenario, a.at),
        from: a.from === null ? null : (own(scenario.actors, a.from)?.name ?? null),
        subject: a.subject,
      };
    case 'evidence-lost':
      return {
        kind: 'evidence-lost',
        at: clockView(scenario, a.at),
        label: own(scenario.evidence, a.evidence)?.label ?? '',
      };
    case 'no-events':
      return { kind: 'no-events', at: clockView(scenario, a.at) };
    default:
      return a satisfies never;
  }
}

/** The node's interaction as the player shows it (its kind module decides). */
function interactionView(scenario: Scenario, s: SimState, node: ScenarioNode): InteractionView {
  return kindOf(node.interaction).view(scenario, s, node.interaction);
}

/** Everything the UI renders for a state: node, clock, evidence board, inbox, feedback, announcements (the debrief: debrief.ts). */
export function viewOf(scenario: Scenario, s: SimState): View {
  const node = s.ending === null ? own(scenario.nodes, s.node) : undefined;
  const actorName = (id: string): string => own(scenario.actors, id)?.name ?? '';
  const last = s.decisions[s.decisions.length - 1];
  const previousClock = last?.at ?? -Infinity;
  const hide = s.mode === 'assessment' && s.ending === null;
  return {
    scenario: {
      id: scenario.id,
      title: scenario.title,
      role: scenario.role,
      contentNote: scenario.contentNote ?? null,
      estimatedMinutes: scenario.estimatedMinutes,
    },
    mode: s.mode,
    finished: s.ending !== null,
    node: node
      ? {
          id: s.node,
          title: node.title,
          narrative: node.narrative,
          artefacts: node.show.flatMap((id) => {
            const a = own(scenario.artefacts, id);
            return a
              ? [
                  {
                    id,
                    kind: a.kind,
                    title: a.title,
                    from: a.from ? actorName(a.from) : null,
                    body: a.body,
                  },
                ]
              : [];
          }),
          interaction: interactionView(scenario, s, node),
        }
      : null,
    clock: clockView(scenario, s.clock),
    // The board shows what the trainee knows of: nothing still unknown, nothing lost unseen.
    evidence: Object.entries(s.evidence)
      .filter(([, e]) => e.status !== 'unknown' && e.unseen !== true)
      .map(([id, e]) => {
        const item = own(scenario.evidence, id);
        const deadline = deadlineOf(scenario, id);
        const open = e.status !== 'lost' && !safeStatuses.includes(e.status);
        return {
          id,
          label: item?.label ?? '',
          category: item?.category ?? 'traffic',
          holder: item ? actorName(item.holder) : '',
          status: e.status,
          deadline: clockView(scenario, deadline),
          timeLeftMinutes: open ? minutesOf(Math.max(0, deadline - s.clock)) : null,
          lostAt: e.lostAt !== undefined ? clockView(scenario, e.lostAt) : null,
        };
      }),
    inbox: s.inbox.map((m) => ({
      id: m.id,
      from: m.from === null ? null : actorName(m.from),
      subject: m.subject,
      body: m.body,
      arrived: clockView(scenario, m.arrivedAt),
      reply: m.reply,
      isNew: m.arrivedAt > previousClock,
    })),
    sent: s.sent.map((m) => ({
      to: actorName(m.to),
      subject: m.subject,
      sent: clockView(scenario, m.sentAt),
    })),
    feedback: last
      ? {
          label: last.label,
          outcome: hide ? null : outcomeOf(last),
          text: hide ? null : last.feedback,
          items: hide ? [] : (last.items ?? []),
          refs: hide ? [] : last.refs.map(refView),
          score: hide ? null : last.score,
          minScore: hide ? null : last.minScore,
          maxScore: hide ? null : last.maxScore,
          verdict: hide ? null : verdictOf(last),
          findings: hide || last.decision.kind !== 'draft' ? [] : (last.decision.findings ?? []),
        }
      : null,
    announcements: s.announcements.map((a) => announcementView(scenario, a)),
  };
}
