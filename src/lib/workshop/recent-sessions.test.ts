import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Session } from '../../schemas/session.ts';

const m = new Map<string, string>();
vi.stubGlobal('localStorage', {
  getItem: (k: string) => m.get(k) ?? null,
  setItem: (k: string, v: string) => void m.set(k, v),
  removeItem: (k: string) => void m.delete(k),
});
const { loadRecent, rememberSession } = await import('./recent-sessions.ts');

const session = (id: string): Session => ({
  version: 1,
  scenarioId: 'desk-night-shift',
  scenarioVersion: 1,
  seed: 42,
  mode: 'assessment',
  sessionId: id,
});

describe('recent workshop sessions', () => {
  beforeEach(() => m.clear());

  it('offers the last sessions newest first, one entry per session, at most five', () => {
    for (const id of ['aaaa1', 'bbbb2', 'aaaa1', 'cccc3', 'dddd4', 'eeee5', 'ffff6'])
      rememberSession(session(id), ['Alpha', 'Bravo'], '2026-12-04T10:00:00Z');
    const ids = loadRecent().map((r) => r.session.sessionId);
    expect(ids).toEqual(['ffff6', 'eeee5', 'dddd4', 'cccc3', 'aaaa1']);
    expect(loadRecent()[0]?.teams).toEqual(['Alpha', 'Bravo']);
  });

  it('skips damaged or hostile entries', () => {
    m.set(
      'cca:workshop:sessions',
      JSON.stringify([{ code: 'nope', teams: [], at: 'x' }, { __proto__: 1 }, 7, null]),
    );
    expect(loadRecent()).toEqual([]);
    m.set('cca:workshop:sessions', '{');
    expect(loadRecent()).toEqual([]);
  });
});
