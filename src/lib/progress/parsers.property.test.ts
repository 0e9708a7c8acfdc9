/**
 * Every parser of untrusted input outside the engine's own tests — saved run, learner record,
 * result file, result code, session link, kept dashboard results — fed objects whose keys are
 * `__proto__`, `constructor`, `toString`, `hasOwnProperty`, and duplicated entries: each answers
 * with a typed refusal or a clean result, never a throw (issue 15).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shippedScenarios } from '../../engine/__fixtures__/shipped.ts';
import { saveRun } from '../../engine/runtime.ts';
import { resultFile } from '../../engine/analysis-runtime.ts';
import { restoreRun } from '../../engine/restore.ts';
import type { Session } from '../../schemas/session.ts';
import v1 from './fixtures/v1-full.json' with { type: 'json' };
import { readImport } from './import.ts';
import { mergeRecords } from './merge.ts';
import { parseLearner } from './migrate.ts';
import { emptyRecord, recordScenario } from './record.ts';
import { summarise, type CourseInfo } from './summary.ts';
import { decodeResultCode, decodeSessionCode, encodeSessionCode } from '../workshop/codes.ts';
import { codesFromFile, importCodes } from '../workshop/import.ts';
import { randomRun } from '../workshop/sample-runs.ts';
import { teamResultCode, workshopResultFile } from '../workshop/team-result.ts';

const scenario = shippedScenarios().find((s) => s.id === 'hidden-service');
if (!scenario) throw new Error('no scenario');
const session: Session = {
  version: 1,
  scenarioId: scenario.id,
  scenarioVersion: scenario.version,
  seed: 7,
  mode: 'assessment',
  sessionId: 'prop0001',
};
const now = '2026-12-01T00:00:00.000Z';
const sim = randomRun(scenario, session, 3);
const hostileKeys = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'];

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Every object and array path in a JSON value. */
function paths(v: Json, at: Array<string | number> = []): Array<Array<string | number>> {
  if (v === null || typeof v !== 'object') return [];
  const here = [at];
  const kids = Array.isArray(v) ? v.map((x, i) => [i, x] as const) : Object.entries(v);
  return here.concat(...kids.map(([k, x]) => paths(x, [...at, k])));
}

/**
 * One hostile edit of a JSON text, made on the text so `__proto__` stays an own key (as
 * `JSON.parse` gives it): add a hostile key, rename a key to one, or duplicate an array entry.
 */
const mutation = (valid: Json) =>
  fc
    .record({
      path: fc.constantFrom(...paths(valid)),
      key: fc.constantFrom(...hostileKeys),
      kind: fc.constantFrom('add', 'rename', 'duplicate'),
      value: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant('copy')),
    })
    .map(({ path, key, kind, value }) => {
      const copy = JSON.parse(JSON.stringify(valid)) as Json;
      let node = copy;
      for (const p of path) node = (node as Record<string, Json>)[p as string] as Json;
      const marker = '"@@hostile@@"';
      if (Array.isArray(node)) {
        if (node.length > 0) node.push(JSON.parse(JSON.stringify(node[0])) as Json);
        return JSON.stringify(copy);
      }
      const o = node as Record<string, Json>;
      const first = Object.keys(o)[0];
      const inner = value === 'copy' && first !== undefined ? o[first] : value;
      if (kind === 'rename' && first !== undefined) {
        o['@@hostile@@'] = o[first] ?? null;
        delete o[first];
      } else o['@@hostile@@'] = (inner ?? null) as Json;
      return JSON.stringify(copy).replace(marker, JSON.stringify(key));
    });

/** Runs `f` and fails the property if it throws; Object.prototype must stay clean. */
function safe<T>(f: () => T): T {
  const r = f();
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  expect(Object.keys(Object.prototype)).toEqual([]);
  return r;
}

const course: CourseInfo = {
  contentVersion: '2026.11',
  quizPercent: 80,
  scenarioPercent: 60,
  modules: [
    {
      id: 'why-evidence-crosses-borders',
      title: 'W',
      order: 1,
      quizzes: ['why-evidence-crosses-borders-check'],
      required: true,
    },
  ],
  scenarios: [{ id: 'desk-night-shift', title: 'D', required: true }],
};

describe('parsers never throw on hostile keys and duplicates', () => {
  it('learner record (stored or imported) and what reads it', () => {
    fc.assert(
      fc.property(mutation(v1 as Json), (text) => {
        const parsed = safe(() => parseLearner(JSON.parse(text), now));
        const imported = safe(() => readImport(text));
        expect(typeof parsed.ok).toBe('boolean');
        expect(typeof imported.ok).toBe('boolean');
        if (!imported.ok) expect(imported.reason.length).toBeGreaterThan(0);
        else {
          // A clean result: every list the pages key by id holds each id once.
          const r = imported.record;
          for (const s of Object.values(r.scenarios))
            for (const run of [s.best, s.last]) {
              const dims = run.dimensions.map((d) => d.dimension);
              expect(new Set(dims).size).toBe(dims.length);
            }
          const codes = r.certificates.map((c) => c.code);
          expect(new Set(codes).size).toBe(codes.length);
          for (const c of r.certificates) {
            expect(new Set(c.modules.map((m) => m.id)).size).toBe(c.modules.length);
            expect(new Set(c.scenarios.map((m) => m.id)).size).toBe(c.scenarios.length);
          }
          safe(() => summarise(course, r));
          safe(() => mergeRecords(emptyRecord(now), r));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('saved run', () => {
    const save = JSON.parse(JSON.stringify(saveRun(sim))) as Json;
    fc.assert(
      fc.property(mutation(save), (text) => {
        for (const input of [text, JSON.parse(text) as unknown]) {
          const r = safe(() => restoreRun(scenario, input));
          expect(typeof r.ok).toBe('boolean');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('result file recorded as progress', () => {
    const file = JSON.parse(JSON.stringify(resultFile(scenario, sim, now))) as Json;
    fc.assert(
      fc.property(mutation(file), (text) => {
        const rec = emptyRecord(now);
        const ok = safe(() => recordScenario(rec, JSON.parse(text), now));
        expect(typeof ok).toBe('boolean');
        for (const s of Object.values(rec.scenarios)) {
          const dims = s.last.dimensions.map((d) => d.dimension);
          expect(new Set(dims).size).toBe(dims.length);
        }
        expect(Object.keys(rec.scenarios).every((k) => !hostileKeys.includes(k))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('workshop result file and result code', () => {
    const file = workshopResultFile(session, 'Alpha', scenario, sim, now) as unknown as Json;
    fc.assert(
      fc.property(mutation(file), (text) => {
        const out = safe(() => codesFromFile('r.json', text.length, text));
        if ('reason' in out) return;
        const r = safe(() =>
          importCodes(
            out.codes.map((code) => ({ code, source: 'r.json' })),
            [scenario],
            session,
          ),
        );
        expect(r.accepted.length + r.rejected.length).toBe(out.codes.length);
      }),
      { numRuns: 200 },
    );
    // Codes with every kind of token, including outcome ids named after built-ins.
    const good = teamResultCode(session, 'Alpha', scenario, sim);
    const decoded = decodeResultCode(good);
    if (!decoded.ok) throw new Error('decode');
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('d:constructor', 'd:to-string', 'constructor', 'd99', 's9', 'w'), {
          maxLength: 6,
        }),
        (extra) => {
          const text = good.replace(/\.([^.]*)\.([^.]*)\.[^.]*$/, (_, toks: string) =>
            ['', [toks, ...extra].join('_'), '0_0_0_0_0_0', '0'].join('.'),
          );
          const r = safe(() => importCodes([{ code: text, source: 'x' }], [scenario], session));
          expect(r.accepted.length + r.rejected.length).toBe(1);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('session link', () => {
    const code = encodeSessionCode(session);
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.constantFrom(...hostileKeys), (junk, key) => {
        for (const input of [
          code.replace(session.sessionId, key),
          `${code}${junk}`,
          key,
          { [key]: 1 },
        ])
          expect(typeof safe(() => decodeSessionCode(input)).ok).toBe('boolean');
      }),
      { numRuns: 200 },
    );
  });
});
