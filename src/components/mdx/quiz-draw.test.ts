import { describe, expect, it } from 'vitest';
import { drawAttempt, generator, newSeed, shuffled } from './quiz-draw.ts';
import {
  answerHash,
  feedbackFile,
  isRight,
  pageQuiz,
  reveal,
  rightSet,
  sealQuiz,
  sealedJson,
} from './quiz-seal.ts';
import { quizPoolSchema } from '../../schemas/quiz.ts';

const counts = [3, 4, 3, 3, 4, 3, 3, 4, 3, 3];
const seeds = Array.from({ length: 200 }, (_, i) => (i * 2654435761).toString(16).slice(-8));

describe('drawing an attempt', () => {
  it('gives the same questions and option order for the same seed', () => {
    expect(drawAttempt('0badc0de', 'mla-check', counts, 5)).toEqual(
      drawAttempt('0badc0de', 'mla-check', counts, 5),
    );
  });

  it('draws 5 different questions, and different seeds give different draws', () => {
    const draws = seeds.map((s) => drawAttempt(s, 'mla-check', counts, 5));
    for (const d of draws) expect(new Set(d.questions).size).toBe(5);
    const distinct = new Set(draws.map((d) => d.questions.join(',')));
    expect(distinct.size).toBeGreaterThan(100);
    expect(drawAttempt('a', 'x', counts, 5)).not.toEqual(drawAttempt('b', 'x', counts, 5));
  });

  it('reaches every question, and every position for the right option', () => {
    const seen = new Set<number>();
    const firstShown = new Map<number, Set<number>>();
    for (const s of seeds) {
      const d = drawAttempt(s, 'mla-check', counts, 5);
      d.questions.forEach((q, i) => {
        seen.add(q);
        const set = firstShown.get(q) ?? new Set();
        set.add(d.orders[i]?.[0] ?? -1);
        firstShown.set(q, set);
      });
    }
    expect([...seen].sort((a, b) => a - b)).toEqual(counts.map((_, i) => i));
    // Option 0 of every question shows up in first place and elsewhere: no fixed position.
    for (const [q, firsts] of firstShown) expect(firsts.size, `question ${q}`).toBe(counts[q]);
  });

  it('shuffles options into a permutation and leaves the input alone', () => {
    const items = ['a', 'b', 'c', 'd'];
    const out = shuffled(items, generator(7));
    expect([...out].sort()).toEqual(items);
    expect(items).toEqual(['a', 'b', 'c', 'd']);
    const orders = new Set(seeds.map((_, i) => shuffled(items, generator(i)).join('')));
    expect(orders.size).toBe(24);
  });

  it('makes 8-hex-digit seeds', () => {
    expect(newSeed()).toMatch(/^[0-9a-f]{8}$/);
  });
});

const pool = quizPoolSchema.parse({
  id: 'preservation-check',
  questions: Array.from({ length: 8 }, (_, i) => ({
    id: `q${i + 1}`,
    question: `Question number ${i + 1}?`,
    choices: [
      {
        id: 'a',
        text: `Right answer ${i}`,
        correct: true,
        feedback: 'Right: it freezes the data.',
      },
      { id: 'b', text: `Also right ${i}`, correct: i === 0, feedback: 'Element (f).' },
      { id: 'c', text: `Wrong answer ${i}`, feedback: 'No: disclosure needs MLA.' },
    ],
    explanation: 'Preservation buys time.',
  })),
});

describe('sealing a pool for the page', () => {
  const sealed = sealQuiz(pool);
  const json = sealedJson(pageQuiz(sealed));

  it('does not show which option is right, nor the feedback, in the page source', () => {
    expect(json).not.toMatch(/correct|Right:|freezes|disclosure needs MLA|buys time|"f"|"x"/);
    expect(json).not.toContain('"a"');
    expect(json).toContain('Right answer 3');
  });

  it('keeps feedback in a separate file, rotated, aligned with the sealed options', () => {
    const file = feedbackFile(sealed);
    expect(JSON.stringify(file)).not.toMatch(/Right:|disclosure needs MLA|buys time/);
    const q = sealed.q[1]!;
    const f = file.q.find((x) => x.i === q.i)!;
    const wrong = q.c.findIndex((t) => t.startsWith('Wrong'));
    expect(reveal(sealed, f.f[wrong])).toBe('No: disclosure needs MLA.');
  });

  it('checks answers against the hash, and recovers the right set after checking', () => {
    for (const q of sealed.q) {
      const right = rightSet(sealed, q);
      const texts = right.map((i) => q.c[i]);
      expect(texts.every((t) => /right/i.test(t ?? ''))).toBe(true);
      expect(isRight(sealed, q, right)).toBe(true);
      expect(isRight(sealed, q, [])).toBe(false);
      const wrong = q.c.findIndex((t) => t.startsWith('Wrong'));
      expect(isRight(sealed, q, [...right, wrong])).toBe(false);
    }
    expect(sealed.q[0]?.m).toBe(1);
  });

  it('restores the feedback and explanation after checking', () => {
    const q = sealed.q[0]!;
    expect(q.c.map((_, i) => reveal(sealed, q.f?.[i])).sort()).toEqual([
      'Element (f).',
      'No: disclosure needs MLA.',
      'Right: it freezes the data.',
    ]);
    expect(reveal(sealed, q.x)).toBe('Preservation buys time.');
  });

  it('stores options in a shuffled order, so the right one is not always first', () => {
    const firsts = sealed.q.map((q) => rightSet(sealed, q).includes(0));
    expect(firsts).toContain(false);
  });

  it('is the same for the same pool (stable builds) and salted per question', () => {
    expect(sealQuiz(pool)).toEqual(sealed);
    expect(answerHash(sealed.s, 'q1', [0])).not.toBe(answerHash(sealed.s, 'q2', [0]));
  });
});
