// The debrief of a finished run: how it ended, its scores against the best run for its seed, the
// trainee's path beside the recommended one, what became of the evidence. Apart from view.ts
// because it searches the scenario's graph (scoring.ts): the player loads it, with the validator
// the search needs, only when a run ends (debrief-runtime.ts).
import type { Scenario } from '../schemas/scenario.ts';
import type { EndingVerdict, EvidenceStatus, OutcomeClass } from '../schemas/vocabulary.ts';
import { own } from './own.ts';
import { bestAchievable, scoreReport, type ScoreReport } from './scoring.ts';
import { runDecisions } from './sim/run.ts';
import type { JumpCause, SimState } from './sim/types.ts';
import { minutesOf } from './time/duration.ts';
import { caseTimeline, type TimelineModel } from './timeline.ts';
import { clockView, outcomeOf, refView, type ClockView, type ReferenceView } from './view.ts';

/** Everything the debrief renders. */
export interface DebriefView {
  ending: { id: string; title: string; summary: string; verdict: EndingVerdict };
  score: ScoreReport;
  timeline: Array<{
    at: ClockView;
    node: string;
    label: string;
    outcome: OutcomeClass | null;
    score: number;
    minScore: number;
    maxScore: number;
    feedback: string;
    items: Array<{ label: string; picked: boolean; feedback: string }>;
    refs: ReferenceView[];
  }>;
  recommended: Array<{ node: string; label: string; outcome: OutcomeClass | null }>;
  evidenceFate: Array<{
    id: string;
    label: string;
    status: EvidenceStatus;
    since: ClockView;
    /** Lost before the trainee ever learnt of it. */
    unseen: boolean;
  }>;
  timeJumps: Array<{ from: ClockView; to: ClockView; minutes: number; cause: JumpCause }>;
  /** Everything the case timeline draws: this run and the recommended run on one axis. */
  caseTimeline: TimelineModel;
}

/** The final state of the best run found by search for this seed. */
export function bestRunState(scenario: Scenario, seed: number): SimState {
  return runDecisions(scenario, seed, bestAchievable(scenario, seed).decisions).state;
}

/** The recommended (best-scoring) path for this seed, as node titles and decision labels. */
export function recommendedPath(
  scenario: Scenario,
  seed: number,
): Array<{ node: string; label: string; outcome: OutcomeClass | null }> {
  return bestRunState(scenario, seed).decisions.map((record) => ({
    node: own(scenario.nodes, record.node)?.title ?? '',
    label: record.label,
    outcome: outcomeOf(record),
  }));
}

/** The debrief of a run; null while the run is still under way. */
export function debriefOf(scenario: Scenario, s: SimState): DebriefView | null {
  const ending = s.ending ? own(scenario.endings, s.ending) : undefined;
  if (!ending || !s.ending) return null;
  return {
    ending: { id: s.ending, title: ending.title, summary: ending.summary, verdict: ending.verdict },
    score: scoreReport(scenario, s),
    timeline: s.decisions.map((d) => ({
      at: clockView(scenario, d.at),
      node: own(scenario.nodes, d.node)?.title ?? '',
      label: d.label,
      outcome: outcomeOf(d),
      score: d.score,
      minScore: d.minScore,
      maxScore: d.maxScore,
      feedback: d.feedback,
      items: d.items ?? [],
      refs: d.refs.map(refView),
    })),
    recommended: recommendedPath(scenario, s.seed),
    caseTimeline: caseTimeline(scenario, s, bestRunState(scenario, s.seed)),
    evidenceFate: Object.entries(s.evidence).map(([id, e]) => ({
      id,
      label: own(scenario.evidence, id)?.label ?? '',
      status: e.status,
      since: clockView(scenario, e.since),
      unseen: e.unseen === true,
    })),
    timeJumps: s.timeJumps.map((j) => ({
      from: clockView(scenario, j.from),
      to: clockView(scenario, j.to),
      minutes: minutesOf(j.to - j.from),
      cause: j.cause,
    })),
  };
}
