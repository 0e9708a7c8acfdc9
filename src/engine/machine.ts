import { assertEvent, assign, setup } from 'xstate';
import type { Scenario } from '../schemas/scenario.ts';
import { validateDraft, type Draft, type Finding, type OutcomeClass } from './draft-port.ts';
import { classifyDraft, kindOf } from './kinds/index.ts';
import { durationMs } from './time/duration.ts';
import { advanceClock, applyDecision, initialState } from './sim/step.ts';
import type { Decision, SimState } from './sim/types.ts';
import { own } from './own.ts';

/** Events the player sends. Dot-namespaced by source. */
export type EngineEvent =
  | { type: 'trainee.choose'; choice: string }
  | { type: 'trainee.select'; options: string[] }
  | { type: 'trainee.submitDraft'; draft: Draft }
  | { type: 'trainee.wait' }
  | { type: 'clock.advance'; duration: string; reason?: string };

/** A draft submission after its one validation: it carries its outcome class and findings. */
export type ClassifiedDraftEvent = {
  type: 'trainee.submitDraft';
  draft: Draft;
  outcome: OutcomeClass;
  findings: Finding[];
};

/** Events the machine takes: the player's events, with drafts already classified. */
export type MachineEvent =
  Exclude<EngineEvent, { type: 'trainee.submitDraft' }> | ClassifiedDraftEvent;

/**
 * Turns a player event into a machine event: a draft is validated here, once, when it is
 * submitted; the machine's guards then only compare outcome classes. Null: no draft task here.
 */
export function classifyEvent(
  scenario: Scenario,
  s: SimState,
  event: EngineEvent,
): MachineEvent | null {
  if (event.type !== 'trainee.submitDraft') return event;
  const task = own(scenario.nodes, s.node)?.interaction;
  if (task?.kind !== 'draft') return null;
  const result = validateDraft(task.type, event.draft, task.expect);
  return { ...event, outcome: result.outcome, findings: result.findings };
}

/** Machine context: the scenario and the pure simulation state. */
export interface EngineContext {
  scenario: Scenario;
  sim: SimState;
}

/** Machine input: seed and mode, or a restored simulation state. */
export interface EngineInput {
  seed: number | string;
  mode?: SimState['mode'];
  restore?: SimState;
}

/** The decision a draft submission becomes: validated, with its findings and outcome class. */
export function draftDecision(scenario: Scenario, s: SimState, draft: Draft): Decision | null {
  const it = own(scenario.nodes, s.node)?.interaction;
  return it?.kind === 'draft' ? classifyDraft(it, draft) : null;
}

function decisionOf(event: MachineEvent): Decision | null {
  switch (event.type) {
    case 'trainee.choose':
      return { kind: 'choose', choice: event.choice };
    case 'trainee.select':
      return { kind: 'select', options: event.options };
    case 'trainee.submitDraft':
      return {
        kind: 'draft',
        outcome: event.outcome,
        draft: event.draft,
        findings: event.findings,
      };
    case 'trainee.wait':
      return { kind: 'wait' };
    case 'clock.advance':
      return null;
    default:
      return event satisfies never;
  }
}

/**
 * Builds the XState machine for a scenario: one state per node (endings are final), transitions
 * generated from the data by each node's kind module. Every action delegates to the pure `applyDecision`, so the machine and
 * the pure functions cannot disagree.
 */
export function createScenarioMachine(scenario: Scenario) {
  const m = setup({
    types: {
      context: {} as EngineContext,
      events: {} as MachineEvent,
      input: {} as EngineInput,
    },
    guards: {
      // The node's kind module decides; `key` is the transition's choice id or outcome class.
      accepts: ({ context, event }, params: { key: string | null }) => {
        const it = own(scenario.nodes, context.sim.node)?.interaction;
        return it !== undefined && kindOf(it).accepts(scenario, context.sim, it, event, params.key);
      },
    },
    actions: {
      applyDecision: assign(({ context, event }) => {
        const decision = decisionOf(event);
        const result = decision ? applyDecision(context.scenario, context.sim, decision) : null;
        return result?.ok ? { sim: result.state } : {};
      }),
      advanceClock: assign(({ context, event }) => {
        assertEvent(event, 'clock.advance');
        return {
          sim: advanceClock(
            context.scenario,
            context.sim,
            durationMs(event.duration),
            event.reason ?? null,
          ),
        };
      }),
    },
  });
  const states: Record<string, object> = {};
  for (const [id, node] of Object.entries(scenario.nodes)) {
    const on: Record<string, unknown> = { 'clock.advance': { actions: 'advanceClock' } };
    for (const t of kindOf(node.interaction).transitions(node.interaction)) {
      const list = (on[t.event] ??= []) as unknown[];
      list.push({
        guard: { type: 'accepts', params: { key: t.key } },
        target: t.target,
        ...(t.reenter ? { reenter: true } : {}),
        actions: 'applyDecision',
      });
    }
    states[id] = { on };
  }
  for (const id of Object.keys(scenario.endings)) states[id] = { type: 'final' };
  return m.createMachine({
    id: `scenario-${scenario.id}`,
    initial: scenario.start,
    context: ({ input }) => ({
      scenario,
      sim: input.restore ?? initialState(scenario, input.seed, input.mode ?? 'practice'),
    }),
    // The generated states are typed loosely: their shape comes from data, not code.
    states: states as never,
  });
}

/** The machine type for a scenario. */
export type ScenarioMachine = ReturnType<typeof createScenarioMachine>;

/** Snapshot that resumes a restored run at its node: `createActor(machine, { snapshot, input })`. */
export function snapshotFor(machine: ScenarioMachine, scenario: Scenario, sim: SimState) {
  return machine.resolveState({ value: sim.node, context: { scenario, sim } });
}
