/**
 * Damaged data kept aside (issue 15, causes 3 and 4): a second damaged record or save never
 * overwrites the first kept copy, and "Start fresh" never erases a damaged record unkept.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MemoryStorage } from '../__fixtures__/memory-storage.ts';

const local = new MemoryStorage();
const session = new MemoryStorage();
vi.stubGlobal('localStorage', local);
vi.stubGlobal('sessionStorage', session);
const { asideKeys, keepAside } = await import('../storage.ts');
const { loadFull, replaceStored, deleteAll } = await import('./client.ts');
const { learnerKey } = await import('./store.ts');

const kept = (key: string): string[] => asideKeys(key).map((k) => local.getItem(k) ?? '');

describe('copies kept aside', () => {
  beforeEach(() => {
    local.clear();
    session.clear();
  });

  it('keeps every damaged text, once each, and never overwrites an older one', () => {
    const a = keepAside('cca:run:x', '{"first":');
    const b = keepAside('cca:run:x', '{"second":');
    expect(a).not.toBeNull();
    expect(b).not.toBe(a);
    expect(keepAside('cca:run:x', '{"first":')).toBe(a);
    expect(kept('cca:run:x').sort()).toEqual(['{"first":', '{"second":']);
  });

  it('"Start fresh" after a second damaged record keeps both damaged records', () => {
    local.setItem(learnerKey, '{"damaged": 1');
    expect(loadFull().problem).toBe('unreadable');
    replaceStored(loadFull().record);
    local.setItem(learnerKey, '{"damaged": 2');
    const second = loadFull();
    expect(second.problem).toBe('unreadable');
    expect(second.asideKey && local.getItem(second.asideKey)).toBe('{"damaged": 2');
    replaceStored(second.record);
    expect(kept(learnerKey).sort()).toEqual(['{"damaged": 1', '{"damaged": 2']);
  });

  it('a copy kept under the old single key is still listed, and "Delete" removes them all', () => {
    local.setItem(`${learnerKey}.unreadable`, 'old');
    keepAside(learnerKey, 'new');
    expect(kept(learnerKey).sort()).toEqual(['new', 'old']);
    deleteAll();
    expect(asideKeys(learnerKey)).toEqual([]);
  });
});

describe('storage full', () => {
  beforeEach(() => {
    local.clear();
    session.clear();
  });

  it('My progress says progress is not being saved while only a session copy holds it', async () => {
    const { emptyRecord } = await import('./record.ts');
    const stored = emptyRecord('2026-12-01T00:00:00.000Z');
    local.setItem(learnerKey, JSON.stringify(stored));
    expect(loadFull().problem).toBeNull();
    // The last save failed (storage full): the newer record lives in this tab's session copy.
    const newer = { ...stored, updatedAt: '2026-12-02T00:00:00.000Z' };
    session.setItem(learnerKey, JSON.stringify(newer));
    const loaded = loadFull();
    expect(loaded.problem).toBe('full');
    expect(loaded.record.updatedAt).toBe(newer.updatedAt);
  });
});
