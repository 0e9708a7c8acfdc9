import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { allKindsScenario } from './__fixtures__/tiny.ts';
import { tinyDraftScenario } from './__fixtures__/tiny-draft.ts';
import { debriefOf } from './debrief.ts';
import { draftsByOutcome, isOutcomeClass } from './draft-port.ts';
import { stateKey, walkScenario } from './graph/walk.ts';
import { classifyEvent, createScenarioMachine, snapshotFor, type MachineEvent } from './machine.ts';
import { availableDecisions } from './sim/options.ts';
import { applyDecision, initialState } from './sim/step.ts';
import type { Decision, SimState } from './sim/types.ts';
import { viewOf } from './view.ts';

// A small fixture with every interaction kind (choose, select, continue, wait, guarded choose).
const scenario = allKindsScenario();

function eventFor(d: Decision): MachineEvent {
  switch (d.kind) {
    case 'choose':
      return { type: 'trainee.choose', choice: d.choice };
    case 'select':
      return { type: 'trainee.select', options: d.options };
    case 'draft':
      if (!isOutcomeClass(d.outcome)) throw new Error(`not a class: ${d.outcome}`);
      return {
        type: 'trainee.submitDraft',
        draft: d.draft ?? {},
        outcome: d.outcome,
        findings: [],
      };
    case 'wait':
      return { type: 'trainee.wait' };
  }
}

describe('XState machine built from the data', () => {
  const machine = createScenarioMachine(scenario);

  it('has one state per node and per ending', () => {
    expect(Object.keys(machine.root.states).sort()).toEqual(
      [...Object.keys(scenario.nodes), ...Object.keys(scenario.endings)].sort(),
    );
  });

  it('agrees with the pure functions along the best path and along random paths', () => {
    const paths: Decision[][] = [walkScenario(scenario, 11).best.decisions];
    let r = 99;
    for (let i = 0; i < 30; i++) {
      let s = initialState(scenario, 11);
      const path: Decision[] = [];
      while (s.ending === null) {
        const options = availableDecisions(scenario, s);
        r = (Math.imul(r, 1664525) + 1013904223) >>> 0;
        const d = options[r % options.length]!;
        path.push(d);
        const step = applyDecision(scenario, s, d);
        if (!step.ok) throw new Error(step.reason);
        s = step.state;
      }
      paths.push(path);
    }
    for (const path of paths) {
      const actor = createActor(machine, { input: { seed: 11 } }).start();
      let pure: SimState = initialState(scenario, 11);
      for (const d of path) {
        actor.send(eventFor(d));
        const step = applyDecision(scenario, pure, d);
        if (!step.ok) throw new Error(step.reason);
        pure = step.state;
        const snap = actor.getSnapshot();
        expect(snap.value).toBe(pure.ending ?? pure.node);
        expect(snap.context.sim.clock).toBe(pure.clock);
        expect(snap.context.sim.score).toEqual(pure.score);
        expect(snap.context.sim.evidence).toEqual(pure.evidence);
      }
      expect(actor.getSnapshot().status).toBe('done');
    }
  });

  it('xstate/graph walks the machine to the same state space as the pure walk', () => {
    const paths = getShortestPaths(machine, {
      input: { seed: 1 },
      events: (snap) => availableDecisions(scenario, snap.context.sim).map(eventFor),
      serializeState: (snap) => stateKey(snap.context.sim),
    });
    const walk = walkScenario(scenario, 1);
    expect(paths.length).toBe(walk.states);
    const endings = new Set(paths.map((p) => p.state.context.sim.ending).filter((e) => e !== null));
    expect([...endings].sort()).toEqual(Object.keys(scenario.endings).sort());
  });

  it('ignores events that do not fit and disabled choices', () => {
    const actor = createActor(machine, { input: { seed: 1 } }).start();
    actor.send({ type: 'trainee.wait' });
    actor.send({ type: 'trainee.choose', choice: 'no-such-choice' });
    expect(actor.getSnapshot().value).toBe(scenario.start);
    actor.send({ type: 'trainee.choose', choice: 'send' });
    actor.send({ type: 'trainee.select', options: ['no-such-option'] });
    expect(actor.getSnapshot().value).toBe('triage');
    actor.send({ type: 'trainee.select', options: ['call'] });
    // A single unguarded choice is a plain Continue, taken with the choice's own event.
    expect(viewOf(scenario, actor.getSnapshot().context.sim).node?.interaction).toEqual({
      kind: 'continue',
      choice: 'go',
      label: 'Go on',
    });
    actor.send({ type: 'trainee.choose', choice: 'go' });
    expect(actor.getSnapshot().value).toBe('wait');
    expect(actor.getSnapshot().context.sim.decisions).toHaveLength(3);
  });

  it('a free-text draft goes through the validator and its outcome picks the transition', () => {
    const drafting = tinyDraftScenario();
    const draftMachine = createScenarioMachine(drafting);
    const task = drafting.nodes['start']?.interaction;
    if (task?.kind !== 'draft') throw new Error('no draft node');
    const [outcome, wrong] = Object.entries(draftsByOutcome(task.type, task.expect)).find(
      ([o]) => o !== 'complete',
    ) ?? ['', {}];
    const actor = createActor(draftMachine, { input: { seed: 1 } }).start();
    const event = classifyEvent(drafting, actor.getSnapshot().context.sim, {
      type: 'trainee.submitDraft',
      draft: wrong,
    });
    if (!event) throw new Error('no draft task');
    actor.send(event);
    const snap = actor.getSnapshot();
    // Only `complete` is listed; every other class takes `otherwise`.
    expect(snap.value).toBe('gone');
    expect(snap.context.sim.decisions.at(-1)?.decision).toMatchObject({ kind: 'draft', outcome });
    expect(viewOf(drafting, snap.context.sim).feedback?.findings.length).toBeGreaterThan(0);
  });

  it('clock.advance moves time; a restored snapshot resumes where it was', () => {
    const actor = createActor(machine, { input: { seed: 1 } }).start();
    actor.send({ type: 'clock.advance', duration: 'P4D', reason: 'instructor inject' });
    const sim = actor.getSnapshot().context.sim;
    expect(sim.evidence['logs']?.status).toBe('lost');
    const resumed = createActor(machine, {
      snapshot: snapshotFor(machine, scenario, sim),
      input: { seed: 1 },
    }).start();
    expect(resumed.getSnapshot().context.sim).toEqual(sim);
  });
});

describe('viewOf', () => {
  it('gives the UI the node, clock, evidence board, inbox and feedback', () => {
    const s0 = initialState(scenario, 1);
    const v = viewOf(scenario, s0);
    expect(v.node?.interaction.kind).toBe('choices');
    expect(v.clock).toMatchObject({
      local: '2026-03-06 16:30',
      offset: '+01:00',
      utc: '2026-03-06 15:30',
      caseDay: 1,
      weekday: 5,
      elapsedMinutes: 0,
    });
    // Known evidence only: `mail` is still unknown.
    expect(v.evidence.map((e) => e.id)).toEqual(['logs']);
    expect(v.evidence[0]).toMatchObject({ status: 'identified', timeLeftMinutes: 3 * 24 * 60 });
    expect(v.feedback).toBeNull();
    expect(debriefOf(scenario, s0)).toBeNull();
  });

  it('hides feedback in assessment mode until the end, then shows the debrief', () => {
    let s = initialState(scenario, 2, 'assessment');
    const best = walkScenario(scenario, 2).best.decisions;
    const first = applyDecision(scenario, s, best[0]!);
    if (!first.ok) throw new Error(first.reason);
    expect(viewOf(scenario, first.state).feedback).toMatchObject({ text: null, score: null });
    for (const d of best) {
      const r = applyDecision(scenario, s, d);
      if (!r.ok) throw new Error(r.reason);
      s = r.state;
    }
    expect(viewOf(scenario, s).finished).toBe(true);
    const d = debriefOf(scenario, s);
    expect(d?.ending.verdict).toBe('success');
    expect(d?.score.total.percent).toBe(100);
    expect(d?.recommended.length).toBe(best.length);
    expect(d?.timeline.length).toBe(best.length);
    expect(d?.evidenceFate.find((e) => e.id === 'logs')?.status).toBe('preserved');
  });

  it('announces a time jump, and loses data the trainee never learnt of without a word', () => {
    const s = initialState(scenario, 1);
    const r = applyDecision(scenario, s, { kind: 'choose', choice: 'idle' });
    if (!r.ok) throw new Error(r.reason);
    const view = viewOf(scenario, r.state);
    const jump = view.announcements.find((a) => a.kind === 'time-jump');
    expect(jump && jump.kind === 'time-jump' && jump.minutes).toBe(4 * 24 * 60);
    // The known logs are lost and announced; the unknown mail logs are lost unseen.
    const lost = view.announcements.flatMap((a) => (a.kind === 'evidence-lost' ? [a.label] : []));
    expect(lost).toEqual(['ISP logs']);
    expect(r.state.evidence['mail']).toMatchObject({ status: 'lost', unseen: true });
    expect(view.evidence.map((e) => e.id)).not.toContain('mail');
  });
});
