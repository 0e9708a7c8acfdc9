/** Translated strings of a knowledge check; `{n}`, `{total}`, `{score}` and `{max}` are filled in by the island. */
export interface QuizLabels {
  title: string;
  questionOf: string;
  selectOne: string;
  selectAll: string;
  check: string;
  retry: string;
  score: string;
  hint: string;
  unanswered: string;
  right: string;
  wrong: string;
  chosenCorrect: string;
  chosenWrong: string;
  missedCorrect: string;
  reference: string;
}
