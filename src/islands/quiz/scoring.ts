/** Pure scoring of a knowledge check: a question counts when exactly the correct options are chosen. */

/** What scoring needs to know about a question. */
export interface ScorableQuestion {
  choices: readonly { correct: boolean }[];
}

/** One answered question in a result: indexes of the chosen options and whether that was right. */
export interface AnswerRecord {
  question: number;
  selected: number[];
  correct: boolean;
}

/** The result of checking a quiz. */
export interface QuizScore {
  score: number;
  max: number;
  answers: AnswerRecord[];
}

/** True when the chosen option indexes are exactly the correct ones (order does not matter). */
export function isAnswerCorrect(question: ScorableQuestion, selected: readonly number[]): boolean {
  const chosen = new Set(selected);
  return question.choices.every((c, i) => c.correct === chosen.has(i)) && chosen.size > 0;
}

/** Scores every question: one point each, no partial credit (the teaching happens in the feedback). */
export function scoreQuiz(
  questions: readonly ScorableQuestion[],
  selections: readonly (readonly number[])[],
): QuizScore {
  const answers = questions.map((q, i) => {
    const selected = [...(selections[i] ?? [])].sort((a, b) => a - b);
    return { question: i, selected, correct: isAnswerCorrect(q, selected) };
  });
  return { score: answers.filter((a) => a.correct).length, max: questions.length, answers };
}

/** How an option is marked after checking. */
export type ChoiceStatus = 'chosen-correct' | 'chosen-wrong' | 'missed-correct' | 'not-chosen';

/** The mark an option gets after checking, from whether it is correct and whether it was chosen. */
export function choiceStatus(correct: boolean, chosen: boolean): ChoiceStatus {
  if (chosen) return correct ? 'chosen-correct' : 'chosen-wrong';
  return correct ? 'missed-correct' : 'not-chosen';
}

/** Index of the first question with no option chosen, or -1 when all are answered. */
export function firstUnanswered(selections: readonly (readonly number[])[], count: number): number {
  for (let i = 0; i < count; i++) if ((selections[i] ?? []).length === 0) return i;
  return -1;
}
