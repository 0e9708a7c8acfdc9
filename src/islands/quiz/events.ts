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
  /** Per question shown (0-based): the chosen options (indexes in the page's sealed pool) and whether that was right. */
  answers: AnswerRecord[];
  /** When the answers were checked, ISO 8601 in UTC. */
  at: string;
  /** Seed the attempt's questions and option order were drawn with (8 hex digits). */
  seed?: string;
  /** Ids of the questions drawn, in the order shown. */
  questions?: string[];
  /** Session length from content/course.yaml: checks within it after the first are retries. */
  sessionHours?: number;
}

/** The typed event. */
export type QuizResultEvent = CustomEvent<QuizResultDetail>;

/** Announces a result to whoever listens (progress store, analytics-free dashboards). */
export function dispatchQuizResult(detail: QuizResultDetail): void {
  window.dispatchEvent(new CustomEvent(quizResultEvent, { detail }));
}
