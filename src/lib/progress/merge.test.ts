import { describe, expect, it } from 'vitest';
import v1 from './fixtures/v1-full.json' with { type: 'json' };
import type { LearnerRecord } from '../../schemas/learner.ts';
import { emptyRecord, recordQuiz, recordReading } from './record.ts';
import { mergeRecords, previewMerge } from './merge.ts';
import { parseLearner } from './migrate.ts';

const full = (): LearnerRecord => structuredClone(v1) as LearnerRecord;
const t = '2026-11-10T10:00:00.000Z';

describe('merging an imported record', () => {
  it('adds what is new, keeps the best of both and loses nothing', () => {
    const here = emptyRecord(t);
    recordReading(here, 'channels-of-cooperation', 6, 8, t);
    recordReading(here, 'mutual-legal-assistance', 2, 9, t);
    recordQuiz(
      here,
      {
        moduleId: 'why-evidence-crosses-borders',
        quizId: 'why-evidence-crosses-borders-check',
        score: 3,
        max: 5,
        at: t,
      },
      t,
    );
    const file = full();
    expect(previewMerge(here, file)).toEqual({ added: 3, improved: 1, lost: 1 });
    const merged = mergeRecords(here, file);
    expect(merged.modules['channels-of-cooperation']?.reached).toBe(6);
    expect(merged.modules['why-evidence-crosses-borders']?.readAt).toBeDefined();
    expect(merged.modules['mutual-legal-assistance']).toBeDefined();
    const q =
      merged.quizzes['why-evidence-crosses-borders']?.['why-evidence-crosses-borders-check'];
    expect(q?.best.score).toBe(5);
    expect(q?.last.at).toBe(t);
    expect(q?.attempts).toBe(3);
    expect(merged.certificates).toHaveLength(1);
    expect(parseLearner(JSON.parse(JSON.stringify(merged)))).toMatchObject({ ok: true });
  });

  it('is idempotent for certificates and does not change its inputs', () => {
    const a = full();
    const before = JSON.stringify(a);
    const merged = mergeRecords(a, full());
    expect(merged.certificates).toHaveLength(1);
    expect(JSON.stringify(a)).toBe(before);
    expect(previewMerge(a, full())).toEqual({ added: 0, improved: 0, lost: 0 });
  });
});
