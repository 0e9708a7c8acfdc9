import type { Dimension } from '../schemas/common.ts';
import type { Scenario } from '../schemas/scenario.ts';
import type { Finding } from './draft-port.ts';
import { legalReferences, referenceLabel } from './references.ts';
import { bestAchievable, scoreReport, type ScoreReport } from './scoring.ts';
import { deadlineOf, startOf } from './sim/clock.ts';
import { guardHolds } from './sim/guards.ts';
import { runDecisions } from './sim/run.ts';
import type { Announcement, SimState } from './sim/types.ts';
import { formatDuration } from './time/duration.ts';
import { formatLocal, formatOffset, offsetMs, weekdayName } from './time/zone.ts';
import { own } from './own.ts';

/** A moment as the UI shows it: trainee local time, UTC, and the raw instant. */
export interface ClockView {
  epochMs: number;
  local: string;
  zone: string;
  offset: string;
  weekday: string;
  utc: string;
  /** 1 on the day the scenario starts (in the trainee's zone), 2 the next, … */
  caseDay: number;
  /** Time since the start, e.g. `1 d 2 h`. */
  elapsed: string;
}

/** A reference chip. */
export interface ReferenceView {
  id: string;
  label: string;
  title: string | null;
}

/** The interaction the current node asks for. */
export type InteractionView =
  | { kind: 'choices'; options: Array<{ id: string; label: string; enabled: boolean }> }
  | { kind: 'select'; prompt: string; min: number; options: Array<{ id: string; label: string }> }
  | { kind: 'draft'; type: string; to: { id: string; name: string }; subject: string }
  | { kind: 'wait'; label: string; duration: string | null };

/** Everything the player renders. No game logic is needed beyond this and sending events. */
export interface View {
  scenario: {
    id: string;
    title: string;
    role: string;
    contentNote: string | null;
    estimatedMinutes: number;
  };
  mode: SimState['mode'];
  finished: boolean;
  node: {
    id: string;
    title: string;
    narrative: string;
    artefacts: Array<{
      id: string;
      kind: string;
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
    category: string;
    holder: string;
    status: string;
    deadline: ClockView;
    /** Milliseconds left before deletion, null once safe or lost. */
    timeLeftMs: number | null;
    timeLeft: string | null;
    lostAt: ClockView | null;
  }>;
  inbox: Array<{
    id: string;
    from: string;
    subject: string;
    body: string;
    arrived: ClockView;
    reply: string;
    isNew: boolean;
  }>;
  sent: Array<{ to: string; subject: string; sent: ClockView }>;
  /** The last decision's feedback; in assessment mode only its label until the debrief. */
  feedback: {
    label: string;
    text: string | null;
    refs: ReferenceView[];
    score: number | null;
    minScore: number | null;
    maxScore: number | null;
    findings: Finding[];
  } | null;
  announcements: Array<Announcement & { text: string }>;
  debrief: {
    ending: { id: string; title: string; summary: string; verdict: string };
    score: ScoreReport;
    timeline: Array<{
      at: ClockView;
      node: string;
      label: string;
      score: number;
      minScore: number;
      maxScore: number;
      feedback: string;
      refs: ReferenceView[];
    }>;
    recommended: Array<{ node: string; label: string }>;
    evidenceFate: Array<{ id: string; label: string; status: string; since: ClockView }>;
    timeJumps: Array<{ from: ClockView; to: ClockView; reason: string }>;
  } | null;
}

function clockView(scenario: Scenario, ms: number): ClockView {
  const zone = scenario.home.timezone;
  const start = startOf(scenario);
  const dayStart = (t: number): number => Math.floor((t + offsetMs(t, zone)) / 86400000);
  return {
    epochMs: ms,
    local: formatLocal(ms, zone),
    zone,
    offset: formatOffset(offsetMs(ms, zone)),
    weekday: weekdayName(ms, zone),
    utc: `${formatLocal(ms, 'UTC')} UTC`,
    caseDay: dayStart(ms) - dayStart(start) + 1,
    elapsed: formatDuration(ms - start),
  };
}

const refView = (id: string): ReferenceView => ({
  id,
  label: referenceLabel(id),
  title: legalReferences.get(id)?.title ?? null,
});

function announce(scenario: Scenario, a: Announcement): string {
  switch (a.kind) {
    case 'time-jump':
      return `Time passes: ${formatDuration(a.to - a.from)} (${a.reason}). It is now ${formatLocal(a.to, scenario.home.timezone)}.`;
    case 'message':
      return `New message${a.from ? ` from ${own(scenario.actors, a.from)?.name ?? a.from}` : ''}: ${a.subject}`;
    case 'evidence-lost':
      return `Evidence lost: ${own(scenario.evidence, a.evidence)?.label ?? a.evidence} was deleted at ${formatLocal(a.at, scenario.home.timezone)}.`;
    case 'no-events':
      return 'Nothing is pending: no reply is on its way.';
  }
}

/** The recommended (best-scoring) path for this seed, as node titles and decision labels. */
export function recommendedPath(
  scenario: Scenario,
  seed: number,
): Array<{ node: string; label: string }> {
  const run = runDecisions(scenario, seed, bestAchievable(scenario, seed).decisions);
  return run.state.decisions.map((record) => ({
    node: own(scenario.nodes, record.node)?.title ?? record.node,
    label: record.label,
  }));
}

/** Everything the UI renders for a state: node, clock, evidence board, inbox, feedback, announcements, debrief. */
export function viewOf(scenario: Scenario, s: SimState): View {
  const node = s.ending === null ? own(scenario.nodes, s.node) : undefined;
  const actorName = (id: string | null): string =>
    id ? (own(scenario.actors, id)?.name ?? id) : 'Scenario';
  const last = s.decisions[s.decisions.length - 1];
  const previousClock = last?.at ?? -Infinity;
  let interaction: InteractionView | null = null;
  if (node?.choices)
    interaction = {
      kind: 'choices',
      options: node.choices.map((c) => ({
        id: c.id,
        label: c.label,
        enabled: guardHolds(scenario, s, c.when),
      })),
    };
  else if (node?.select)
    interaction = {
      kind: 'select',
      prompt: node.select.prompt,
      min: node.select.min,
      options: node.select.options.map((o) => ({ id: o.id, label: o.label })),
    };
  else if (node?.draft)
    interaction = {
      kind: 'draft',
      type: node.draft.type,
      to: { id: node.draft.to, name: actorName(node.draft.to) },
      subject: node.draft.subject,
    };
  else if (node?.wait)
    interaction = { kind: 'wait', label: node.wait.label, duration: node.wait.for ?? null };
  const hide = s.mode === 'assessment' && s.ending === null;
  const ending = s.ending ? own(scenario.endings, s.ending) : undefined;
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
    node:
      node && interaction
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
            interaction,
          }
        : null,
    clock: clockView(scenario, s.clock),
    evidence: Object.entries(s.evidence).map(([id, e]) => {
      const item = own(scenario.evidence, id);
      const deadline = deadlineOf(scenario, id);
      const open =
        e.status !== 'lost' && !['preserved', 'disclosed', 'obtained'].includes(e.status);
      return {
        id,
        label: item?.label ?? id,
        category: item?.category ?? 'traffic',
        holder: actorName(item?.holder ?? null),
        status: e.status,
        deadline: clockView(scenario, deadline),
        timeLeftMs: open ? Math.max(0, deadline - s.clock) : null,
        timeLeft: open ? formatDuration(Math.max(0, deadline - s.clock)) : null,
        lostAt: e.lostAt !== undefined ? clockView(scenario, e.lostAt) : null,
      };
    }),
    inbox: s.inbox.map((m) => ({
      id: m.id,
      from: actorName(m.from),
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
          text: hide ? null : last.feedback,
          refs: hide ? [] : last.refs.map(refView),
          score: hide ? null : last.score,
          minScore: hide ? null : last.minScore,
          maxScore: hide ? null : last.maxScore,
          findings: hide || last.decision.kind !== 'draft' ? [] : (last.decision.findings ?? []),
        }
      : null,
    announcements: s.announcements.map((a) => ({ ...a, text: announce(scenario, a) })),
    debrief:
      ending && s.ending
        ? {
            ending: {
              id: s.ending,
              title: ending.title,
              summary: ending.summary,
              verdict: ending.verdict,
            },
            score: scoreReport(scenario, s),
            timeline: s.decisions.map((d) => ({
              at: clockView(scenario, d.at),
              node: own(scenario.nodes, d.node)?.title ?? d.node,
              label: d.label,
              score: d.score,
              minScore: d.minScore,
              maxScore: d.maxScore,
              feedback: d.feedback,
              refs: d.refs.map(refView),
            })),
            recommended: recommendedPath(scenario, s.seed),
            evidenceFate: Object.entries(s.evidence).map(([id, e]) => ({
              id,
              label: own(scenario.evidence, id)?.label ?? id,
              status: e.status,
              since: clockView(scenario, e.since),
            })),
            timeJumps: s.timeJumps.map((j) => ({
              from: clockView(scenario, j.from),
              to: clockView(scenario, j.to),
              reason: j.reason,
            })),
          }
        : null,
  };
}

/** Dimension labels in English (the UI may translate by key). */
export const dimensionLabels: Record<Dimension, string> = {
  timeliness: 'Timeliness',
  legal: 'Legal soundness',
  quality: 'Request quality',
  coordination: 'Coordination',
  safeguarding: 'Victim safeguarding',
};
