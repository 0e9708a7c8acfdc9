/**
 * Build-time facts for the facilitator guide and the projector view, taken from the scenario data
 * and the engine: the decision tree in words, the best path with its reasons, discussion prompts
 * and the scheduled injects as a cue list. Pure; nothing here ships to the browser.
 */
import {
  bestAchievable,
  referenceLabel,
  runDecisions,
  type Scenario,
} from '../../engine/runtime.ts';

/** One option at a decision point, in words. */
export interface GuideOption {
  label: string;
  /** Where it leads (node or ending title), or null for a multi-select option. */
  leadsTo: string | null;
  feedback: string;
}

/** A decision point of the scenario, in scenario order. */
export interface GuidePoint {
  id: string;
  title: string;
  kind: 'choice' | 'multi-select' | 'drafting task' | 'wait';
  question: string | null;
  options: GuideOption[];
  discussion: string[];
}

/** A best-path step with the reason the scenario gives for it. */
export interface GuideStep {
  node: string;
  label: string;
  reason: string;
  refs: string[];
}

/** "PT2H30M" → "2 h 30 min" (ISO 8601 durations as the scenarios write them). */
export function durationText(iso: string): string {
  const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(iso);
  if (!m) return iso;
  const parts = [
    [m[1], 'd'],
    [m[2], 'h'],
    [m[3], 'min'],
    [m[4], 's'],
  ].filter(([n]) => n && n !== '0');
  return parts.length ? parts.map(([n, u]) => `${n} ${u}`).join(' ') : '0 min';
}

const titleOf = (s: Scenario, id: string): string =>
  s.nodes[id]?.title ?? (s.endings[id] ? `Ending: ${s.endings[id].title}` : id);

/** Every decision point in scenario order, with its options, where they lead and prompts. */
export function decisionPoints(s: Scenario): GuidePoint[] {
  return Object.entries(s.nodes).map(([id, n]) => {
    if (n.choices)
      return {
        id,
        title: n.title,
        kind: 'choice',
        question: null,
        options: n.choices.map((c) => ({
          label: c.label,
          leadsTo: titleOf(s, c.next),
          feedback: c.feedback,
        })),
        discussion: n.discussion,
      };
    if (n.select)
      return {
        id,
        title: n.title,
        kind: 'multi-select',
        question: `${n.select.prompt} (then: ${titleOf(s, n.select.next)})`,
        options: n.select.options.map((o) => ({
          label: o.label,
          leadsTo: null,
          feedback: o.feedback,
        })),
        discussion: n.discussion,
      };
    if (n.draft)
      return {
        id,
        title: n.title,
        kind: 'drafting task',
        question: `${n.draft.subject} → ${s.actors[n.draft.to]?.name ?? n.draft.to}`,
        options: Object.entries(n.draft.outcomes).map(([outcome, o]) => ({
          label: outcome === 'otherwise' ? 'any other outcome' : `draft outcome "${outcome}"`,
          leadsTo: titleOf(s, o.next),
          feedback: o.feedback,
        })),
        discussion: n.discussion,
      };
    return {
      id,
      title: n.title,
      kind: 'wait',
      question: n.wait?.label ?? null,
      options: n.wait
        ? [{ label: n.wait.label, leadsTo: titleOf(s, n.wait.next), feedback: '' }]
        : [],
      discussion: n.discussion,
    };
  });
}

/** The engine's best path for a seed, with the feedback that explains each step. */
export function bestPath(s: Scenario, seed: number): { steps: GuideStep[]; ending: string | null } {
  const run = runDecisions(s, seed, bestAchievable(s, seed).decisions);
  const state = run.state;
  const steps: GuideStep[] = [];
  for (const record of state.decisions) {
    steps.push({
      node: titleOf(s, record.node),
      label: record.label,
      // A select step's feedback is per option (picked ✓ / left out ✗).
      reason:
        record.feedback ||
        (record.items ?? [])
          .map((i) => `${i.picked ? '✓' : '✗'} ${i.label}: ${i.feedback}`)
          .join('\n'),
      refs: record.refs.map(referenceLabel),
    });
  }
  return { steps, ending: state.ending ? (s.endings[state.ending]?.title ?? state.ending) : null };
}

/** The scenario's scheduled injects as a facilitator cue list (time after start, who, what). */
export function injectCues(s: Scenario): Array<{ at: string; subject: string; body: string }> {
  return s.injects.map((i) => ({
    at: durationText(i.at),
    subject: i.message.subject,
    body: i.message.body,
  }));
}
