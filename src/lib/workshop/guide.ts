/**
 * Build-time facts for the facilitator guide and the projector view, taken from the scenario data
 * and the engine: the decision tree in words, the best path with its reasons, discussion prompts
 * and the scheduled injects as a cue list. Pure; nothing here ships to the browser.
 */
import { choicesOf, type Scenario } from '../../engine/runtime.ts';
import { bestAchievable, runDecisions } from '../../engine/analysis-runtime.ts';

/** What the trainee does at a decision point (the pages word it: instructor.guide.kind.*). */
export type GuideKind = 'choice' | 'select' | 'draft' | 'wait';

/** The few words the guide's facts are put together with, in the page's language. */
export interface GuideWords {
  /** An ending named as a destination, e.g. "Ending: Too late at the door". */
  ending(title: string): string;
  /** A multi-select prompt with the step it leads to. */
  then(prompt: string, next: string): string;
  /** A drafting task's outcome class in words ("a wrong conversion to UTC"), `otherwise` included. */
  outcome(outcome: string): string;
}

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
  kind: GuideKind;
  question: string | null;
  options: GuideOption[];
  discussion: string[];
}

/** A best-path step with the reason the scenario gives for it. */
export interface GuideStep {
  node: string;
  label: string;
  reason: string;
  /** Reference ids; the page words them (src/lib/reference-words.ts). */
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

const titleOf = (s: Scenario, id: string, words: GuideWords): string =>
  s.nodes[id]?.title ?? (s.endings[id] ? words.ending(s.endings[id].title) : id);

/** Every decision point in scenario order, with its options, where they lead and prompts. */
export function decisionPoints(s: Scenario, words: GuideWords): GuidePoint[] {
  return Object.entries(s.nodes).map(([id, n]): GuidePoint => {
    const it = n.interaction;
    const base = { id, title: n.title, discussion: n.discussion };
    switch (it.kind) {
      case 'choose':
      case 'continue':
        return {
          ...base,
          kind: 'choice',
          question: null,
          options: choicesOf(it).map((c) => ({
            label: c.label,
            leadsTo: titleOf(s, c.next, words),
            feedback: c.feedback,
          })),
        };
      case 'select':
        return {
          ...base,
          kind: 'select',
          question: words.then(it.prompt, titleOf(s, it.next, words)),
          options: it.options.map((o) => ({ label: o.label, leadsTo: null, feedback: o.feedback })),
        };
      case 'draft':
        return {
          ...base,
          kind: 'draft',
          question: `${it.subject} → ${s.actors[it.to]?.name ?? it.to}`,
          options: Object.entries(it.outcomes).map(([outcome, o]) => ({
            label: words.outcome(outcome),
            leadsTo: titleOf(s, o.next, words),
            feedback: o.feedback,
          })),
        };
      case 'wait':
        return {
          ...base,
          kind: 'wait',
          question: it.label,
          options: [{ label: it.label, leadsTo: titleOf(s, it.next, words), feedback: '' }],
        };
      default:
        return it satisfies never;
    }
  });
}

/** The engine's best path for a seed, with the feedback that explains each step. */
export function bestPath(
  s: Scenario,
  seed: number,
  words: GuideWords,
): { steps: GuideStep[]; ending: string | null } {
  const run = runDecisions(s, seed, bestAchievable(s, seed).decisions);
  const state = run.state;
  const steps: GuideStep[] = [];
  for (const record of state.decisions) {
    steps.push({
      node: titleOf(s, record.node, words),
      label: record.label,
      // A select step's feedback is per option (picked ✓ / left out ✗).
      reason:
        record.feedback ||
        (record.items ?? [])
          .map((i) => `${i.picked ? '✓' : '✗'} ${i.label}: ${i.feedback}`)
          .join('\n'),
      refs: record.refs,
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
