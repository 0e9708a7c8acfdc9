import { describe, expect, it } from 'vitest';
import { readQuiz, readScenarioFinished, unitOf, hasCmi5Launch } from './events.ts';
import {
  cmiIdentifier,
  findScorm12Api,
  interactionValues,
  sessionTime,
  type ApiWindow,
} from './scorm12.ts';
import { decodeModuleState, encodeModuleState, moduleDone } from './tracker.ts';

const api = (): Record<string, () => string> => ({
  LMSInitialize: () => 'true',
  LMSSetValue: () => 'true',
});

/** A chain of windows: [0] is the SCO's own window, each next one its parent; the top is its own parent. */
function chain(length: number): ApiWindow[] {
  const wins: ApiWindow[] = Array.from({ length }, () => ({}));
  wins.forEach((w, i) => (w.parent = wins[i + 1] ?? w));
  return wins;
}

describe('SCORM 1.2 API discovery', () => {
  it('finds the API on a parent up to 7 levels up, not further', () => {
    const wins = chain(10);
    const found = api();
    wins[7]!.API = found;
    expect(findScorm12Api(wins[0]!)).toBe(found);
    delete wins[7]!.API;
    wins[8]!.API = found;
    expect(findScorm12Api(wins[0]!)).toBeNull();
  });

  it('finds the API on the opener or its parents when no parent has it', () => {
    const popup = chain(1);
    const lms = chain(3);
    const found = api();
    lms[2]!.API = found;
    popup[0]!.opener = lms[0]!;
    expect(findScorm12Api(popup[0]!)).toBe(found);
  });

  it('returns null without an API, and treats a cross-origin parent as no API', () => {
    expect(findScorm12Api(chain(3)[0]!)).toBeNull();
    const hostile: ApiWindow = {};
    Object.defineProperty(hostile, 'API', {
      get() {
        throw new DOMException('Blocked a frame', 'SecurityError');
      },
    });
    hostile.parent = hostile;
    const sco: ApiWindow = { parent: hostile };
    expect(findScorm12Api(sco)).toBeNull();
    // An object without the API functions is not an API.
    expect(findScorm12Api({ API: { LMSInitialize: 'yes' } })).toBeNull();
  });
});

describe('SCORM 1.2 values', () => {
  it('writes session time as HHHH:MM:SS.SS', () => {
    expect(sessionTime(0)).toBe('0000:00:00.00');
    expect(sessionTime(((1 * 60 + 2) * 60 + 3) * 1000 + 450)).toBe('0001:02:03.45');
    expect(sessionTime(-5)).toBe('0000:00:00.00');
    expect(sessionTime(1e12)).toBe('9999:59:59.99');
    expect(sessionTime(123456)).toMatch(/^\d{4}:[0-5]\d:[0-5]\d\.\d\d$/);
  });

  it('makes CMIIdentifiers without spaces, at most 255 characters', () => {
    expect(cmiIdentifier('d1_ask for data')).toBe('d1_ask_for_data');
    expect(cmiIdentifier('x'.repeat(300))).toHaveLength(255);
    expect(cmiIdentifier('')).toBe('_');
  });

  it('writes one interaction per decision with a result and latency', () => {
    const values = new Map(
      interactionValues(
        [
          { node: 'triage', label: 'Preserve first', score: 5, minScore: -3, maxScore: 5 },
          { node: 'reply', label: 'Wait', score: -3, minScore: -3, maxScore: 5 },
          { node: 'note', label: 'Note it', score: 0, minScore: 0, maxScore: 0 },
        ],
        2,
        [1500, undefined, 61000],
      ),
    );
    expect(values.get('cmi.interactions.2.id')).toBe('d1_triage');
    expect(values.get('cmi.interactions.2.result')).toBe('correct');
    expect(values.get('cmi.interactions.3.result')).toBe('wrong');
    expect(values.get('cmi.interactions.4.result')).toBe('neutral');
    expect(values.get('cmi.interactions.2.latency')).toBe('0000:00:01.50');
    expect(values.has('cmi.interactions.3.latency')).toBe(false);
    expect(values.get('cmi.interactions.4.type')).toBe('performance');
    expect(values.has('cmi.interactions.0.id')).toBe(false);
  });
});

describe('bridge inputs', () => {
  it('knows module and scenario pages from their packaged paths only', () => {
    expect(unitOf('/lms/x/modules/mutual-legal-assistance/index.html')).toEqual({
      kind: 'module',
      id: 'mutual-legal-assistance',
    });
    expect(unitOf('/scenarios/hidden-service/')).toEqual({
      kind: 'scenario',
      id: 'hidden-service',
    });
    expect(unitOf('/modules/index.html')).toBeNull();
    expect(unitOf('/glossary/term/')).toBeNull();
  });

  it('reads events defensively', () => {
    expect(readScenarioFinished({ scenario: { id: 'a' } })).toBeNull();
    expect(readScenarioFinished(null)).toBeNull();
    expect(readQuiz({ moduleId: 'm', score: 4, max: 5 })).toEqual({ slug: 'm', percent: 80 });
    expect(readQuiz({ slug: 'm', correct: 3, total: 5 })).toEqual({ slug: 'm', percent: 60 });
    expect(readQuiz({ moduleId: 'm', score: 4, max: 0 })).toBeNull();
  });

  it('recognises a cmi5 launch only with all five parameters', () => {
    const all = '?endpoint=e&fetch=f&actor=a&registration=r&activityId=i';
    expect(hasCmi5Launch(all)).toBe(true);
    expect(hasCmi5Launch(all.replace('&fetch=f', ''))).toBe(false);
  });

  it('keeps module state in suspend data and calls a module done only when read and passed', () => {
    const s = { read: true, best: 80 };
    expect(decodeModuleState(encodeModuleState(s))).toEqual(s);
    expect(decodeModuleState('garbage')).toEqual({ read: false, best: null });
    expect(moduleDone(s, 80)).toBe(true);
    expect(moduleDone({ read: true, best: 60 }, 80)).toBe(false);
    expect(moduleDone({ read: false, best: 100 }, 80)).toBe(false);
  });
});
