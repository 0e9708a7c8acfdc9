import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MemoryStorage } from '../__fixtures__/memory-storage.ts';

/** A Map-backed Storage, installed before the storage module first probes it. */
const memory = new MemoryStorage();
vi.stubGlobal('localStorage', memory);
const { clearKept, loadKept, saveKept } = await import('./kept-results.ts');

describe('results kept per session', () => {
  beforeEach(() => memory.clear());

  it('keeps each session apart and survives a reload', () => {
    expect(saveKept('sess0001', [{ code: 'CCAR1.a', source: 'a.json' }])).toBe('ok');
    saveKept('sess0002', [{ code: 'CCAR1.b', source: 'pasted line 1' }]);
    expect(loadKept('sess0001')).toEqual([{ code: 'CCAR1.a', source: 'a.json' }]);
    expect(loadKept('sess0002')).toEqual([{ code: 'CCAR1.b', source: 'pasted line 1' }]);
    clearKept('sess0001');
    expect(loadKept('sess0001')).toEqual([]);
    expect(loadKept('sess0002')).toHaveLength(1);
  });

  it('ignores tampered or hostile kept data and odd session ids', () => {
    memory.setItem(
      'cca:workshop:results:sess0003',
      '{"format":"cca-workshop-kept","version":1,"entries":[{"code":1,"source":"x"},{"code":"ok","source":"y"},{"__proto__":{"code":"z"}}]}',
    );
    expect(loadKept('sess0003')).toEqual([{ code: 'ok', source: 'y' }]);
    memory.setItem('cca:workshop:results:sess0004', '{"entries":');
    expect(loadKept('sess0004')).toEqual([]);
    expect(loadKept('__proto__')).toEqual([]);
    expect(saveKept('../x', [])).toBe('unavailable');
  });
});
