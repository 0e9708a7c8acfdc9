import { describe, expect, it } from 'vitest';
import { emptyRecord, recordQuiz, recordReading, recordScenario } from './record.ts';
import { summarise, type CourseInfo } from './summary.ts';

const course: CourseInfo = {
  contentVersion: '1',
  quizPercent: 80,
  scenarioPercent: 60,
  modules: [
    { id: 'a', title: 'A', order: 1, quizzes: ['a-check'], required: true },
    { id: 'b', title: 'B', order: 2, quizzes: ['b-check'], required: true },
    { id: 'c', title: 'C', order: 3, quizzes: [], required: false },
  ],
  scenarios: [{ id: 's', title: 'S', required: true }],
};
const t = '2026-11-10T10:00:00.000Z';

describe('course summary', () => {
  it('suggests the first open step and is not eligible at first', () => {
    const s = summarise(course, emptyRecord(t));
    expect(s.overall).toEqual({ done: 0, total: 3, percent: 0 });
    expect(s.next).toEqual({ kind: 'read', id: 'a', title: 'A' });
    expect(s.eligible).toBe(false);
  });

  it('becomes eligible when every required check and scenario passes', () => {
    const rec = emptyRecord(t);
    recordReading(rec, 'a', 5, 5, t);
    recordQuiz(rec, { moduleId: 'a', quizId: 'a-check', score: 4, max: 5, at: t }, t);
    expect(summarise(course, rec).next).toEqual({ kind: 'read', id: 'b', title: 'B' });
    recordReading(rec, 'b', 1, 5, t);
    expect(summarise(course, rec).next).toEqual({ kind: 'read', id: 'b', title: 'B' });
    recordQuiz(rec, { moduleId: 'b', quizId: 'b-check', score: 3, max: 5, at: t }, t);
    expect(summarise(course, rec).eligible).toBe(false);
    // A retry in the same session does not count; the first check of the next day's session does.
    const nextDay = '2026-11-11T10:00:00.000Z';
    recordQuiz(rec, { moduleId: 'b', quizId: 'b-check', score: 5, max: 5, at: t }, t);
    expect(summarise(course, rec).eligible).toBe(false);
    recordQuiz(rec, { moduleId: 'b', quizId: 'b-check', score: 5, max: 5, at: nextDay }, nextDay);
    recordScenario(
      rec,
      {
        scenario: { id: 's', version: 1 },
        mode: 'assessment',
        ending: 'success',
        scores: { total: { percent: 60 } },
      },
      t,
    );
    const s = summarise(course, rec);
    expect(s.eligible).toBe(true);
    expect(s.overall).toEqual({ done: 2, total: 3, percent: 67 });
    expect(s.next).toEqual({ kind: 'read', id: 'b', title: 'B' });
    expect(s.modules[0]).toMatchObject({ read: true, readPercent: 100, complete: true });
  });
});
