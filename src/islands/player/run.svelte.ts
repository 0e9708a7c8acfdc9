import { createActor, type Actor } from 'xstate';
import {
  classifyEvent,
  createScenarioMachine,
  saveRun,
  snapshotFor,
  undo as undoDecision,
  type EngineEvent,
  type Scenario,
  type ScenarioMachine,
  type SimState,
} from '../../engine/runtime.ts';
import { writeJson } from '../../lib/storage.ts';
import type { RunStore, SaveResult } from './run-store.ts';

/** Where a scenario's current run is saved in this browser. */
export const runKey = (scenarioId: string): string => `cca:run:${scenarioId}`;

/**
 * A run in the browser: an XState actor of the scenario machine, its latest simulation state as
 * Svelte state, and a save after every step. No game logic lives here — only wiring.
 */
export class Run {
  sim: SimState = $state.raw() as SimState;
  saved: SaveResult = $state('ok');
  #machine: ScenarioMachine;
  #actor: Actor<ScenarioMachine>;
  #scenario: Scenario;
  #store: RunStore | null;

  constructor(scenario: Scenario, sim: SimState, store: RunStore | null = null) {
    this.#scenario = scenario;
    this.#store = store;
    this.#machine = createScenarioMachine(scenario);
    this.#actor = this.#start(sim);
  }

  #start(sim: SimState): Actor<ScenarioMachine> {
    const actor = createActor(this.#machine, {
      snapshot: snapshotFor(this.#machine, this.#scenario, sim),
      input: { seed: sim.seed, mode: sim.mode, restore: sim },
    });
    actor.subscribe((snapshot) => {
      this.sim = snapshot.context.sim;
      this.saved = this.#save();
    });
    actor.start();
    this.sim = actor.getSnapshot().context.sim;
    this.saved = this.#save();
    return actor;
  }

  // Through the run store (envelope, revision, two-tab check) when the player gives one.
  #save(): SaveResult {
    return this.#store
      ? this.#store.save(saveRun(this.sim), this.sim.ending !== null)
      : writeJson(runKey(this.#scenario.id), saveRun(this.sim));
  }

  /** After the trainee chose in a two-tab conflict: this tab's run is saved, the other kept aside. */
  keepMine(): void {
    if (this.#store) this.saved = this.#store.keepMine(saveRun(this.sim), this.sim.ending !== null);
  }

  /** The case this run plays. */
  get scenario(): Scenario {
    return this.#scenario;
  }

  /** Sends a trainee or clock event to the machine (a draft is validated once, here). */
  send(event: EngineEvent): void {
    const classified = classifyEvent(this.#scenario, this.sim, event);
    if (classified) this.#actor.send(classified);
  }

  /** Practice mode only: takes back the last decision by replaying the others. */
  undo(): void {
    if (this.sim.mode !== 'practice' || this.sim.decisions.length === 0) return;
    const previous = undoDecision(this.#scenario, this.sim);
    this.#actor.stop();
    this.#actor = this.#start(previous);
  }

  /** Stops the actor (when the run is abandoned or restarted). */
  stop(): void {
    this.#actor.stop();
  }
}
