import { describe, expect, it } from 'vitest';
import { choiceStatus, firstUnanswered, isAnswerCorrect, scoreQuiz } from './scoring.ts';

const single = { choices: [{ correct: true }, { correct: false }, { correct: false }] };
const multiple = { choices: [{ correct: true }, { correct: true }, { correct: false }] };

describe('quiz scoring', () => {
  it.each([
    [single, [0], true],
    [single, [1], false],
    [single, [], false],
    [multiple, [0, 1], true],
    [multiple, [1, 0], true],
    [multiple, [0], false],
    [multiple, [0, 1, 2], false],
  ])('answer %# is correct only with exactly the right options', (question, selected, expected) => {
    expect(isAnswerCorrect(question, selected)).toBe(expected);
  });

  it('scores one point per exactly right question and records sorted selections', () => {
    expect(scoreQuiz([single, multiple, single], [[0], [1, 0], [2]])).toEqual({
      score: 2,
      max: 3,
      answers: [
        { question: 0, selected: [0], correct: true },
        { question: 1, selected: [0, 1], correct: true },
        { question: 2, selected: [2], correct: false },
      ],
    });
  });

  it('marks each option after checking', () => {
    expect([
      choiceStatus(true, true),
      choiceStatus(false, true),
      choiceStatus(true, false),
      choiceStatus(false, false),
    ]).toEqual(['chosen-correct', 'chosen-wrong', 'missed-correct', 'not-chosen']);
  });

  it('finds the first unanswered question', () => {
    expect(firstUnanswered([[0], [], [1]], 3)).toBe(1);
    expect(firstUnanswered([[0], [1]], 3)).toBe(2);
    expect(firstUnanswered([[0]], 1)).toBe(-1);
  });
});
