/**
 * The browser event a knowledge check sends when the learner checks their answers. Listen with
 *   window.addEventListener(quizResultEvent, (e) => { const r = (e as QuizResultEvent).detail; … })
 * A later feature stores these in learner progress; nothing else depends on the quiz's markup.
 */
import type { AnswerRecord } from './scoring.ts';

/** Event name, dispatched on `window`. */
export const quizResultEvent = 'cca:quiz-result';

/** `event.detail` of `cca:quiz-result`. */
export interface QuizResultDetail {
  /** Module slug, e.g. "why-evidence-crosses-borders". */
  moduleId: string;
  /** The quiz's `id` prop, unique within the module. */
  quizId: string;
  /** Questions answered exactly right. */
  score: number;
  /** Number of questions. */
  max: number;
  /** Per question (0-based): the chosen option indexes (0-based) and whether that was right. */
  answers: AnswerRecord[];
  /** When the answers were checked, ISO 8601 in UTC. */
  at: string;
}

/** The typed event. */
export type QuizResultEvent = CustomEvent<QuizResultDetail>;

/** Announces a result to whoever listens (progress store, analytics-free dashboards). */
export function dispatchQuizResult(detail: QuizResultDetail): void {
  window.dispatchEvent(new CustomEvent(quizResultEvent, { detail }));
}
