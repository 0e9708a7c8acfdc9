import { describe, expect, it } from 'vitest';
import { shippedScenarios } from '../../engine/__fixtures__/shipped.ts';
import { findLeaks, idTokens } from '../../engine/__fixtures__/leaks.ts';
import { initialState, type SimState } from '../../engine/runtime.ts';
import { availableDecisions, debriefOf } from '../../engine/analysis-runtime.ts';
import { readRegistry } from '../../integrations/provisions.ts';
import { applyDecision } from '../../engine/sim/step.ts';
import { bestAchievable } from '../../engine/scoring.ts';
import { viewOf } from '../../engine/view.ts';
import { t } from '../../i18n/index.ts';
import type { Translate } from '../../i18n/island.ts';
import {
  documentLines,
  evidenceAtRisk,
  formatMinutes,
  urgencyOf,
  visibleStrings,
  debriefStrings,
} from './format.ts';
import type { View } from '../../engine/runtime.ts';

const tr: Translate = (key, vars) => t(key, vars);
/** Chips' words as the English page gives them: registry labels; module or glossary words. */
const registryLabels = new Map(readRegistry(process.cwd()).provisions.map((p) => [p.id, p.label]));
const refText = (id: string): string[] => [
  registryLabels.get(id) ?? id.replace(/^(module|glossary):/, '').replace(/[-#]/g, ' '),
];
const SEEDS = [1, 4242];
const RANDOM_PATHS = 12;
const MAX_STEPS = 200;

/** A small deterministic generator for picking decisions (not the engine's PRNG). */
function picker(seed: number): (n: number) => number {
  let x = seed >>> 0 || 1;
  return (n) => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return x % n;
  };
}

/** Every state along a path chosen by `choose`, including the start and the end. */
function statesAlong(start: SimState, next: (s: SimState) => SimState | null): SimState[] {
  const out = [start];
  let s: SimState | null = start;
  while (s && s.ending === null && out.length < MAX_STEPS) {
    s = next(s);
    if (s) out.push(s);
  }
  return out;
}

describe('visible text of every view', () => {
  it('formats minutes as days, hours and minutes from the dictionary', () => {
    expect(formatMinutes(tr, 0)).toBe('0 min');
    expect(formatMinutes(tr, (24 + 6) * 60 + 40)).toBe('1 d 6 h 40 min');
  });

  it('the leak check catches ids, ISO durations and untranslated keys', () => {
    const ids = new Set(['call-isp']);
    expect(findLeaks('Wait PT12H, then call-isp (player.decide.x)', ids)).toEqual([
      'PT12H',
      'call-isp',
      'player.decide.x',
    ]);
    expect(findLeaks('Call the ISP within 12 h', ids)).toEqual([]);
  });

  for (const scenario of shippedScenarios()) {
    const ids = idTokens(scenario);
    it(`${scenario.id}: no internal id or ISO duration along sampled paths`, () => {
      const leaks = new Map<string, string>();
      const check = (s: SimState): void => {
        const debrief = debriefOf(scenario, s);
        const texts = [
          ...visibleStrings(tr, viewOf(scenario, s), refText),
          ...(debrief ? debriefStrings(tr, debrief, refText) : []),
        ];
        for (const text of texts)
          for (const leak of findLeaks(text, ids)) leaks.set(leak, text.slice(0, 120));
      };
      for (const seed of SEEDS) {
        for (const mode of ['practice', 'assessment'] as const) {
          const best = bestAchievable(scenario, seed).decisions;
          let i = 0;
          statesAlong(initialState(scenario, seed, mode), (s) => {
            const d = best[i++];
            const r = d ? applyDecision(scenario, s, d) : null;
            return r?.ok ? r.state : null;
          }).forEach(check);
        }
        for (let path = 0; path < RANDOM_PATHS; path++) {
          const pick = picker(seed * 31 + path);
          statesAlong(initialState(scenario, seed), (s) => {
            const options = availableDecisions(scenario, s);
            const d = options[pick(options.length)];
            const r = d ? applyDecision(scenario, s, d) : null;
            return r?.ok ? r.state : null;
          }).forEach(check);
        }
      }
      expect(Object.fromEntries(leaks)).toEqual({});
    });
  }
});

describe('evidence at risk and case documents', () => {
  const item = (id: string, status: string, timeLeftMinutes: number | null) =>
    ({ id, status, timeLeftMinutes }) as unknown as View['evidence'][number];

  it('lists what is deleted within a day, soonest first, then what is lost; not what is safe or far off', () => {
    const board = [
      item('far', 'identified', 3 * 24 * 60),
      item('lost', 'lost', null),
      item('day', 'identified', 20 * 60),
      item('hours', 'preservation-requested', 2 * 60),
      item('safe', 'preserved', null),
    ];
    expect(evidenceAtRisk(board).map((e) => e.id)).toEqual(['hours', 'day', 'lost']);
    expect(board.map((e) => urgencyOf(e))).toEqual(['open', 'lost', 'urgent', 'critical', 'safe']);
  });

  it('keeps a document line’s alignment apart from its text, and its columns apart', () => {
    const lines = documentLines(
      'Ministry — Central Authority          Ref. 0932\n      follows.\n\n',
    );
    expect(lines).toEqual([
      { lead: '', parts: ['Ministry — Central Authority', '          ', 'Ref. 0932'] },
      { lead: '      ', parts: ['follows.'] },
    ]);
    // Two spaces (after a full stop, between a time and its event) are not a column gap.
    expect(documentLines('10:42 CEST  Request received.')[0]?.parts).toHaveLength(1);
  });
});
