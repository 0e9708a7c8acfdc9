import { describe, expect, it } from 'vitest';
import { learnerSchema } from '../../schemas/learner.ts';
import { mergeRecords } from './merge.ts';
import { emptyRecord, recordQuiz, recordScenario } from './record.ts';
import { summarise, type CourseInfo } from './summary.ts';

const course: CourseInfo = {
  contentVersion: '1',
  quizPercent: 80,
  quizSessionHours: 24,
  scenarioPercent: 60,
  modules: [{ id: 'a', title: 'A', order: 1, quizzes: ['a-check'], required: true }],
  scenarios: [{ id: 's', title: 'S', required: true }],
};
const at = (hours: number): string =>
  new Date(Date.UTC(2026, 10, 10, 10) + hours * 3_600_000).toISOString();
const check = (
  rec: ReturnType<typeof emptyRecord>,
  score: number,
  hours: number,
  seed = 'c0ffee01',
) =>
  recordQuiz(
    rec,
    { moduleId: 'a', quizId: 'a-check', score, max: 5, at: at(hours), seed, sessionHours: 24 },
    at(hours),
  );
const run = (
  rec: ReturnType<typeof emptyRecord>,
  mode: string,
  percent: number,
  ending: string | null,
) =>
  recordScenario(
    rec,
    { scenario: { id: 's', version: 1 }, mode, ending, scores: { total: { percent } } },
    at(0),
  );
const quizOf = (rec: ReturnType<typeof emptyRecord>) =>
  summarise(course, rec).modules[0]!.quizzes[0]!;
const scenarioOf = (rec: ReturnType<typeof emptyRecord>) => summarise(course, rec).scenarios[0]!;

describe('certificate rule: knowledge checks', () => {
  it('a pass on a retry within the session does not count', () => {
    const rec = emptyRecord(at(0));
    check(rec, 2, 0);
    check(rec, 5, 0.1);
    check(rec, 5, 23.9);
    expect(quizOf(rec)).toMatchObject({ best: 100, counted: 40, passed: false });
  });

  it('a pass on the first check of a session counts, and the record keeps its seed', () => {
    const rec = emptyRecord(at(0));
    check(rec, 4, 0, '0000beef');
    expect(quizOf(rec)).toMatchObject({ counted: 80, passed: true });
    expect(rec.quizzes['a']?.['a-check']?.session).toEqual({
      startedAt: at(0),
      seed: '0000beef',
      hours: 24,
    });
    expect(learnerSchema.safeParse(rec).success).toBe(true);
  });

  it('the first check after the session has ended counts again', () => {
    const rec = emptyRecord(at(0));
    check(rec, 1, 0);
    check(rec, 5, 12);
    check(rec, 4, 24);
    expect(quizOf(rec)).toMatchObject({ counted: 80, passed: true });
  });

  it('a clock set back does not open a new session', () => {
    const rec = emptyRecord(at(0));
    check(rec, 1, 0);
    check(rec, 5, -48);
    expect(quizOf(rec).passed).toBe(false);
  });

  it('attempts recorded before question pools existed do not count', () => {
    const rec = emptyRecord(at(0));
    rec.quizzes['a'] = {
      'a-check': {
        best: { score: 5, max: 5, at: at(0) },
        last: { score: 5, max: 5, at: at(0) },
        attempts: 9,
      },
    };
    expect(learnerSchema.safeParse(rec).success).toBe(true);
    expect(quizOf(rec)).toMatchObject({ best: 100, counted: null, passed: false });
  });

  it('a merge keeps a counted pass from the other browser', () => {
    const here = emptyRecord(at(0));
    check(here, 1, 0);
    const there = emptyRecord(at(0));
    check(there, 5, 0);
    const merged = mergeRecords(here, there);
    expect(quizOf(merged)).toMatchObject({ counted: 100, passed: true });
    expect(learnerSchema.safeParse(merged).success).toBe(true);
  });
});

describe('certificate rule: scenarios', () => {
  it('an assessment run below the pass mark does not count', () => {
    const rec = emptyRecord(at(0));
    run(rec, 'assessment', 59, 'success');
    expect(scenarioOf(rec).passed).toBe(false);
  });

  it('a practice run at the pass mark does not count; an assessment run does', () => {
    const rec = emptyRecord(at(0));
    run(rec, 'practice', 95, 'success');
    expect(scenarioOf(rec).passed).toBe(false);
    run(rec, 'assessment', 60, 'success');
    run(rec, 'practice', 20, 'failure');
    expect(scenarioOf(rec)).toMatchObject({ passed: true, assessed: { percent: 60 } });
    expect(learnerSchema.safeParse(rec).success).toBe(true);
  });

  it('an unfinished assessment run does not count', () => {
    const rec = emptyRecord(at(0));
    run(rec, 'assessment', 80, null);
    expect(scenarioOf(rec).passed).toBe(false);
  });
});
