import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseQuizPool, quizPoolSchema } from './quiz.ts';

/** A valid question with id `q<n>`. */
const question = (n: number) => ({
  id: `q${n}`,
  question: `What does preservation request ${n} achieve?`,
  choices: [
    { id: 'a', text: 'It freezes the data', correct: true },
    { id: 'b', text: 'It gives you a copy', feedback: 'Disclosure needs MLA.' },
  ],
});
const pool = (count: number) => ({
  id: 'preservation-check',
  questions: Array.from({ length: count }, (_, i) => question(i + 1)),
});

/** The error parseQuizPool throws for this input, or "valid". */
function errorOf(input: unknown): string {
  try {
    parseQuizPool(input, 'content/quizzes/example.yaml');
    return 'valid';
  } catch (error) {
    return (error as Error).message;
  }
}

describe('question pool files', () => {
  it('accepts a pool of 8, draws 5 by default and derives single or multiple choice', () => {
    const p = quizPoolSchema.parse(pool(8));
    expect(p.draw).toBe(5);
    expect(p.questions[0]?.multiple).toBe(false);
  });

  it('refuses fewer than 8 questions, naming the file and how many to add', () => {
    expect(errorOf(pool(7))).toBe(
      'content/quizzes/example.yaml: knowledge check "preservation-check" has 1 problem(s):\n' +
        '  - questions: has 7 question(s): a pool needs at least 8 so that retries draw different questions; add 1 more',
    );
  });

  it('asks for a bigger pool when more questions are drawn', () => {
    expect(errorOf({ ...pool(8), draw: 8 })).toContain('needs at least 12');
  });

  it('names the question and option of each problem and says how to fix it', () => {
    const bad = pool(8);
    bad.questions[2]!.choices[1] = { id: 'a', text: 'Copy' } as never;
    bad.questions[5]!.id = 'q1';
    expect(errorOf(bad)).toMatchInlineSnapshot(`
      "content/quizzes/example.yaml: knowledge check "preservation-check" has 3 problem(s):
        - question 3, choice 2, id: "a" is used twice in this question: give each option its own id
        - question 3, choice 2, feedback: is missing for the wrong option "Copy": add feedback: "…" explaining why it is wrong
        - question 6, id: "q1" is used twice: give each question its own id"
    `);
  });

  it.each([
    [
      'no correct option',
      { ...question(1), choices: question(1).choices.slice(1) },
      'has no correct option',
    ],
    ['unknown field', { ...question(1), answer: 'a' }, 'unknown field(s) answer'],
    ['bad id', { ...question(1), id: 'Q 1' }, 'must be kebab-case'],
  ])('reports %s with a fix', (_name, q, message) => {
    const bad = pool(8);
    bad.questions[0] = q;
    expect(errorOf(bad)).toContain(`question 1`);
    expect(errorOf(bad)).toContain(message);
  });

  it('every shipped pool is valid and has at least 8 questions', () => {
    const files = readdirSync('content/quizzes').filter((f) => f.endsWith('.yaml'));
    expect(files.length).toBeGreaterThanOrEqual(11);
    for (const f of files) {
      const p = parseQuizPool(parse(readFileSync(`content/quizzes/${f}`, 'utf8')), f);
      expect(p.questions.length, f).toBeGreaterThanOrEqual(8);
    }
  });
});
