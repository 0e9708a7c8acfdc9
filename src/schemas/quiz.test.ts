import { describe, expect, it } from 'vitest';
import { parseQuiz, quizSchema } from './quiz.ts';

const good = {
  id: 'preservation-check',
  questions: [
    {
      question: 'What does an Art. 29 preservation request achieve?',
      choices: [
        { text: 'It freezes the data', correct: true, feedback: 'Right.' },
        { text: 'It gives you a copy', feedback: 'No: disclosure needs MLA.' },
      ],
      explanation: 'Preservation discloses nothing.',
      reference: 'Art. 29 Budapest Convention',
    },
    {
      question: 'Which are data categories?',
      choices: [
        { text: 'Subscriber information', correct: true },
        { text: 'Traffic data', correct: true },
        { text: 'Hearsay', feedback: 'No: not a category of the Convention.' },
      ],
    },
  ],
};

/** The error parseQuiz throws for these props, or "valid". */
function errorOf(input: unknown): string {
  try {
    parseQuiz(input, 'content/modules/example.mdx');
    return 'valid';
  } catch (error) {
    return (error as Error).message;
  }
}

describe('knowledge check props', () => {
  it('accepts the documented syntax and derives single or multiple choice', () => {
    const quiz = quizSchema.parse(good);
    expect(quiz.questions.map((q) => q.multiple)).toEqual([false, true]);
    expect(quiz.questions[1]?.choices[2]?.correct).toBe(false);
  });

  it('names the module, the quiz and the question, and says how to fix it', () => {
    const bad = structuredClone(good);
    bad.questions[1]!.choices = [
      { text: 'A', correct: false, feedback: 'x' },
      { text: 'B', correct: false, feedback: 'y' },
    ] as never;
    expect(errorOf(bad)).toMatchInlineSnapshot(`
      "content/modules/example.mdx: knowledge check "preservation-check" has 1 problem(s):
        - question 2, choices: has no correct option: add correct: true to at least one choice"
    `);
  });

  it('asks for feedback on every wrong option', () => {
    const bad = structuredClone(good);
    delete (bad.questions[0]!.choices[1] as { feedback?: string }).feedback;
    expect(errorOf(bad)).toMatchInlineSnapshot(`
      "content/modules/example.mdx: knowledge check "preservation-check" has 1 problem(s):
        - question 1, choice 2, feedback: is missing for the wrong option "It gives you a copy": add feedback: "No: …" explaining why it is wrong"
    `);
  });

  it.each([
    [{ ...good, id: 'Preservation Check' }],
    [{ ...good, questions: [] }],
    [
      {
        id: 'x',
        questions: [{ question: 'Why?', choices: [{ text: 'Only one', correct: true }] }],
      },
    ],
    [{ ...good, questions: [{ ...good.questions[0], answer: 1 }] }],
    [{ questions: good.questions }],
  ])('reports every kind of mistake with a fix: %#', (input) => {
    expect(errorOf(input)).toMatchSnapshot();
  });
});
