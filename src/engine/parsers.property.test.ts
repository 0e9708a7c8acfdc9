/**
 * Property-based tests for every engine parser that reads untrusted input (saved runs in browser
 * storage, replay codes pasted by trainees, draft text typed by trainees): whatever arrives, they
 * answer with a typed result and never throw.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allKindsScenario } from './__fixtures__/tiny.ts';
import { tinyDraftScenario } from './__fixtures__/tiny-draft.ts';
import { encodeReplay, replay, saveRun } from './persistence.ts';
import { decodeReplay, restoreRun } from './restore.ts';
import { validateRequest } from './requests/index.ts';
import { requestTypes } from './requests/definitions.ts';
import { availableDecisions } from './sim/options.ts';
import { applyDecision, initialState } from './sim/step.ts';

// Fixtures with every interaction kind (the draft task is in its own fixture).
const scenario = allKindsScenario();

/** Any JSON value, including deep nesting, prototype-looking keys and markup. */
const hostileJson = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  fc.constantFrom(
    { __proto__: { polluted: true } },
    { constructor: { prototype: { polluted: true } } },
    '<script>alert(1)</script>',
    { format: 'cca-run', version: 99 },
    { format: 'cca-run', version: 1, scenarioId: scenario.id, decisions: 'x'.repeat(100_000) },
  ),
);

describe('restoreRun on hostile input', () => {
  it('returns a typed error and never throws, for objects and for text', () => {
    fc.assert(
      fc.property(hostileJson, (value) => {
        for (const input of [value, JSON.stringify(value) ?? 'undefined']) {
          const result = restoreRun(scenario, input);
          expect(typeof result.ok).toBe('boolean');
          if (!result.ok)
            expect([
              'invalid-text',
              'invalid-format',
              'wrong-scenario',
              'scenario-changed',
              'invalid-decision',
            ]).toContain(result.error.code);
        }
      }),
      { numRuns: 300 },
    );
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('restores any valid save after it went through JSON, at the same point', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), fc.nat(40), (seed, steps) => {
        let state = initialState(scenario, seed);
        for (let i = 0; i < steps && state.ending === null; i++) {
          const options = availableDecisions(scenario, state);
          const next = applyDecision(scenario, state, options[(seed + i) % options.length]!);
          if (!next.ok) break;
          state = next.state;
        }
        const restored = restoreRun(scenario, JSON.stringify(saveRun(state)));
        expect(restored.ok && restored.state.node).toBe(state.node);
        expect(restored.ok && restored.state.clock).toBe(state.clock);
      }),
      { numRuns: 60 },
    );
  });
});

describe('decodeReplay on hostile input', () => {
  it('never throws on any string', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 300 }), fc.base64String({ maxLength: 400 })),
        (code) => {
          const decoded = decodeReplay(code);
          if (decoded.ok) expect(() => replay(scenario, decoded.replay)).not.toThrow();
        },
      ),
      { numRuns: 500 },
    );
  });

  it('decodes any valid code back to the same run', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), (seed) => {
        let state = initialState(scenario, seed);
        while (state.ending === null) {
          const [first] = availableDecisions(scenario, state);
          const next = first ? applyDecision(scenario, state, first) : null;
          if (!next?.ok) break;
          state = next.state;
        }
        const decoded = decodeReplay(encodeReplay(scenario, state));
        const again = decoded.ok ? replay(scenario, decoded.replay) : null;
        expect(again?.ok && again.state.clock).toBe(state.clock);
      }),
      { numRuns: 40 },
    );
  });
});

describe('validateRequest on hostile drafts', () => {
  const task = Object.values(tinyDraftScenario().nodes)
    .map((n) => n.interaction)
    .find((it) => it.kind === 'draft');
  it('never throws, whatever the fields hold', () => {
    if (task?.kind !== 'draft') return;
    const { type, expect: expectation } = task;
    const fieldIds = requestTypes[type].fields.map((f) => f.id);
    const value = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.array(fc.string({ maxLength: 40 }), { maxLength: 5 }),
      fc.constantFrom('<img src=x onerror=alert(1)>', '9:14 PM', '2026-02-30T25:61:61', '\u0000'),
    );
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...fieldIds), value), (draft) => {
        const result = validateRequest(type, draft, expectation);
        expect(result.outcome).toBeTypeOf('string');
      }),
      { numRuns: 300 },
    );
  });
});
