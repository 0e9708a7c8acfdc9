import { describe, expect, it } from 'vitest';
import { emptyRecord, recordQuiz, recordReading, recordScenario, recordVisit } from './record.ts';
import { parseLearner } from './migrate.ts';

const t1 = '2026-11-01T10:00:00.000Z';
const t2 = '2026-11-02T10:00:00.000Z';

describe('recording', () => {
  it('keeps reading progress monotonic and marks a module read at the last section', () => {
    const rec = emptyRecord(t1);
    recordReading(rec, 'mod-a', 3, 8, t1);
    recordReading(rec, 'mod-a', 1, 8, t2);
    expect(rec.modules['mod-a']).toEqual({ reached: 3, total: 8, firstAt: t1, lastAt: t2 });
    recordReading(rec, 'mod-a', 8, 8, t2);
    expect(rec.modules['mod-a']?.readAt).toBe(t2);
  });

  it('keeps best and last quiz attempts', () => {
    const rec = emptyRecord(t1);
    recordQuiz(rec, { moduleId: 'm', quizId: 'q', score: 4, max: 5, at: t1 }, t1);
    recordQuiz(rec, { moduleId: 'm', quizId: 'q', score: 2, max: 5, at: t2 }, t2);
    expect(rec.quizzes['m']?.['q']).toEqual({
      best: { score: 4, max: 5, at: t1 },
      last: { score: 2, max: 5, at: t2 },
      attempts: 2,
      // Each check a day apart opens its own 24-hour session; the better first check counts.
      counted: { score: 4, max: 5, at: t1 },
      session: { startedAt: t2, hours: 24 },
    });
  });

  it('keeps best and last scenario runs with their dimensions', () => {
    const rec = emptyRecord(t1);
    const result = (percent: number, at: string) => ({
      scenario: { id: 's', version: 1, title: 'S' },
      mode: 'assessment',
      ending: 'chain-secured',
      scores: {
        total: { score: 1, best: 2, percent },
        dimensions: [
          { dimension: 'legal', score: 1, best: 1, percent: 100 },
          { dimension: 'bogus', score: 1, best: 1, percent: 100 },
        ],
      },
      exportedAt: at,
    });
    recordScenario(rec, result(80, t1), t1);
    recordScenario(rec, result(40, t2), t2);
    const s = rec.scenarios['s'];
    expect(s?.best.percent).toBe(80);
    expect(s?.last.percent).toBe(40);
    expect(s?.best.dimensions).toEqual([{ dimension: 'legal', percent: 100 }]);
    expect(s?.runs).toBe(2);
  });

  it('ignores forged or broken events and always leaves a valid record', () => {
    const rec = emptyRecord(t1);
    const junk: unknown[] = [
      null,
      'x',
      { moduleId: '__proto__', quizId: 'q', score: 1, max: 1 },
      { moduleId: 'm', quizId: 'q', score: 1, max: 0 },
      { moduleId: 'm', quizId: 'q', score: Infinity, max: 1e9, at: '<script>' },
      { scenario: { id: 'constructor' }, scores: { total: { percent: NaN } }, exportedAt: 5 },
      { scenario: { id: '../../etc' } },
    ];
    for (const j of junk) {
      recordQuiz(rec, j, t1);
      recordScenario(rec, j, t1);
    }
    recordReading(rec, 'm', 1e9, -5, t1);
    recordVisit(rec, 'module', '<b>', t1);
    expect(parseLearner(JSON.parse(JSON.stringify(rec)), t1)).toMatchObject({ ok: true });
    expect(rec.quizzes['m']?.['q']?.best).toEqual({ score: 0, max: 1000, at: t1 });
    expect(({} as Record<string, unknown>)['q']).toBeUndefined();
  });
});
