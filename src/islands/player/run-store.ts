/**
 * Where the player keeps a scenario's run in this browser. The engine's save (its format is the
 * engine's) travels inside a small envelope: a revision, the tab that wrote it, whether the run is
 * finished, and for workshop runs the session and team, so a reload keeps the team's name. A
 * workshop run has its own key and never overwrites the learner's own run of that scenario. Two
 * tabs on one run are noticed (storage events and the revision) and nothing is overwritten
 * without the trainee choosing; the run not chosen is kept aside.
 */
import { sessionIdPattern } from '../../schemas/session.ts';
import { keepAside, readJson, removeKey, writeJson, type WriteResult } from '../../lib/storage.ts';

/** A workshop run's session and team. */
export interface WorkshopTag {
  sessionId: string;
  team: string;
}

/** A run read back from storage. */
export interface StoredRun {
  /** The engine's save, for `restoreRun`. */
  save: unknown;
  raw: string;
  revision: number;
  finished: boolean;
  workshop: WorkshopTag | null;
}

/** A read: a run, nothing, no storage, or damaged text (to keep aside). */
export type RunRead =
  | { ok: true; run: StoredRun }
  | { ok: false; reason: 'missing' | 'unavailable' }
  | { ok: false; reason: 'corrupt'; raw: string };

/** A save's outcome: `conflict` when another tab saved this run since this tab last read it. */
export type SaveResult = WriteResult | 'conflict';

/** This tab, for telling its own saves from another tab's. */
const tabId = Math.random().toString(36).slice(2, 10);

/** Storage key of a learner's run, or of a workshop session's run of a scenario. */
export function runStoreKey(scenarioId: string, sessionId: string | null = null): string {
  return sessionId ? `cca:run:${scenarioId}:session:${sessionId}` : `cca:run:${scenarioId}`;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const field = (o: Record<string, unknown>, k: string): unknown =>
  Object.hasOwn(o, k) ? o[k] : undefined;

function readTag(v: unknown): WorkshopTag | null {
  if (!isObject(v)) return null;
  const sessionId = field(v, 'sessionId');
  const team = field(v, 'team');
  return typeof sessionId === 'string' &&
    sessionIdPattern.test(sessionId) &&
    typeof team === 'string' &&
    team.length <= 80
    ? { sessionId, team }
    : null;
}

/** Opens an envelope; a bare engine save (written before envelopes) is read as revision 0. */
export function openEnvelope(value: unknown, raw: string): (StoredRun & { tab: string }) | null {
  if (!isObject(value)) return null;
  if (field(value, 'format') !== 'cca-run-envelope') {
    return { save: value, raw, revision: 0, tab: '', finished: false, workshop: null };
  }
  const revision = field(value, 'revision');
  const tab = field(value, 'tab');
  if (field(value, 'version') !== 1 || !Number.isSafeInteger(revision) || (revision as number) < 0)
    return null;
  return {
    save: field(value, 'save'),
    raw,
    revision: revision as number,
    tab: typeof tab === 'string' ? tab.slice(0, 20) : '',
    finished: field(value, 'finished') === true,
    workshop: readTag(field(value, 'workshop')),
  };
}

/** One scenario's run in this browser (the learner's own, or one workshop session's). */
export class RunStore {
  readonly key: string;
  #seen = 0;
  #workshop: WorkshopTag | null;

  constructor(scenarioId: string, workshop: WorkshopTag | null = null) {
    this.key = runStoreKey(scenarioId, workshop?.sessionId ?? null);
    this.#workshop = workshop;
  }

  #peek(): (StoredRun & { tab: string }) | null {
    const r = readJson(this.key);
    return r.ok ? openEnvelope(r.value, r.raw) : null;
  }

  /** Reads the stored run; from here on, a save by another tab is a conflict. */
  read(): RunRead {
    const r = readJson(this.key);
    if (!r.ok) return r;
    const run = openEnvelope(r.value, r.raw);
    if (!run) return { ok: false, reason: 'corrupt', raw: r.raw };
    this.#seen = run.revision;
    return { ok: true, run };
  }

  /** Sets the team saved with a workshop run. */
  setTeam(team: string): void {
    if (this.#workshop) this.#workshop = { ...this.#workshop, team };
  }

  /** True when another tab saved this run since this tab last read or saved it. */
  otherTabSaved(): boolean {
    const current = this.#peek();
    return current !== null && current.tab !== tabId && current.revision > this.#seen;
  }

  /** Saves the engine's save; refuses (`conflict`) rather than overwrite another tab's newer run. */
  save(save: unknown, finished: boolean): SaveResult {
    if (this.otherTabSaved()) return 'conflict';
    const revision = Math.max(this.#seen, this.#peek()?.revision ?? 0) + 1;
    const w = writeJson(this.key, {
      format: 'cca-run-envelope',
      version: 1,
      revision,
      tab: tabId,
      finished,
      workshop: this.#workshop,
      save,
    });
    if (w === 'ok') this.#seen = revision;
    return w;
  }

  /** The trainee keeps this tab's run: the other tab's run is kept aside first, then this saved. */
  keepMine(save: unknown, finished: boolean): SaveResult {
    const r = readJson(this.key);
    if (r.ok || r.reason === 'corrupt') keepAside(this.key, r.raw);
    const current = this.#peek();
    this.#seen = Math.max(this.#seen, current?.revision ?? 0);
    return this.save(save, finished);
  }

  /** The trainee takes the other tab's run: this tab's run is kept aside first. */
  takeTheirs(mine: unknown, finished: boolean): RunRead {
    keepAside(
      this.key,
      JSON.stringify({
        format: 'cca-run-envelope',
        version: 1,
        revision: this.#seen,
        tab: tabId,
        finished,
        workshop: this.#workshop,
        save: mine,
      }),
    );
    return this.read();
  }

  /** Calls `onOther` when another tab saves this run. Returns the function that stops watching. */
  watch(onOther: () => void): () => void {
    const handler = (e: StorageEvent): void => {
      if (e.key === this.key && this.otherTabSaved()) onOther();
    };
    addEventListener('storage', handler);
    return () => removeEventListener('storage', handler);
  }

  /** Keeps damaged text aside under this run's key; returns where, or null. */
  keepAside(raw: string): string | null {
    return keepAside(this.key, raw);
  }

  /** Forgets the run (the trainee confirmed "start again"). */
  remove(): void {
    removeKey(this.key);
    this.#seen = 0;
  }
}
