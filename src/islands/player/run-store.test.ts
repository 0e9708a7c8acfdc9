/** The player's run store: workshop runs apart from the learner's, team kept, two tabs never lose a run. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MemoryStorage } from '../../lib/__fixtures__/memory-storage.ts';

const local = new MemoryStorage();
vi.stubGlobal('localStorage', local);
vi.stubGlobal('addEventListener', () => undefined);
const { RunStore, runStoreKey } = await import('./run-store.ts');
const { asideKeys } = await import('../../lib/storage.ts');

/** The engine save inside the envelope stored under `key`. */
const savedAt = (key: string): unknown =>
  (JSON.parse(local.getItem(key) ?? '{}') as { save?: unknown }).save;

const save = (n: number) => ({
  format: 'cca-run',
  version: 1,
  decisions: Array(n).fill({ kind: 'wait' }),
});
/** What another tab's save looks like in storage. */
const otherTabWrites = (key: string, revision: number, decisions: number) =>
  local.setItem(
    key,
    JSON.stringify({
      format: 'cca-run-envelope',
      version: 1,
      revision,
      tab: 'othertab',
      finished: false,
      workshop: null,
      save: save(decisions),
    }),
  );

describe('run store', () => {
  beforeEach(() => local.clear());

  it('keeps a workshop run apart from the learner run, with its team, across a reload', () => {
    const mine = new RunStore('case-a');
    expect(mine.save(save(3), false)).toBe('ok');
    const workshop = new RunStore('case-a', { sessionId: 'sess0001', team: '' });
    workshop.setTeam('Alpha');
    expect(workshop.save(save(1), true)).toBe('ok');
    const reloaded = new RunStore('case-a', { sessionId: 'sess0001', team: '' }).read();
    expect(reloaded.ok && reloaded.run.workshop).toEqual({ sessionId: 'sess0001', team: 'Alpha' });
    expect(reloaded.ok && reloaded.run.finished).toBe(true);
    const own = new RunStore('case-a').read();
    expect(own.ok && own.run.save).toEqual(save(3));
    expect(runStoreKey('case-a')).not.toBe(runStoreKey('case-a', 'sess0001'));
  });

  it('reads a bare save written before envelopes', () => {
    local.setItem(runStoreKey('case-b'), JSON.stringify(save(2)));
    const r = new RunStore('case-b').read();
    expect(r.ok && r.run.save).toEqual(save(2));
  });

  it('never overwrites another tab’s newer run without the trainee choosing', () => {
    const store = new RunStore('case-c');
    store.read();
    expect(store.save(save(1), false)).toBe('ok');
    otherTabWrites(store.key, 5, 7);
    expect(store.otherTabSaved()).toBe(true);
    expect(store.save(save(2), false)).toBe('conflict');
    expect(savedAt(store.key)).toEqual(save(7));
    // Keep mine: the other tab's run is kept aside, then this one is saved.
    expect(store.keepMine(save(2), false)).toBe('ok');
    expect(savedAt(store.key)).toEqual(save(2));
    const aside = asideKeys(store.key).map(savedAt);
    expect(aside).toEqual([save(7)]);
  });

  it('taking the other tab’s run keeps this tab’s aside', () => {
    const store = new RunStore('case-d');
    store.save(save(4), false);
    otherTabWrites(store.key, 9, 6);
    const theirs = store.takeTheirs(save(4), false);
    expect(theirs.ok && theirs.run.save).toEqual(save(6));
    const aside = asideKeys(store.key).map(savedAt);
    expect(aside).toEqual([save(4)]);
    expect(store.save(save(7), false)).toBe('ok');
  });

  it('refuses a damaged or hostile envelope as corrupt, without throwing', () => {
    for (const raw of [
      '{"format":"cca-run-envelope","version":1,"revision":-1}',
      '[1]',
      '{"__proto__":{"x":1}}',
    ]) {
      local.setItem(runStoreKey('case-e'), raw);
      const r = new RunStore('case-e').read();
      expect(r.ok ? typeof r.run.save : r.reason).toBeTruthy();
    }
    local.setItem(runStoreKey('case-e'), '[1]');
    expect(new RunStore('case-e').read()).toMatchObject({ ok: false, reason: 'corrupt' });
  });
});
