/**
 * Sealing a question pool for the page, and opening it in the browser.
 *
 * What this protects against, honestly: CASUAL READING. The page source does not say which option
 * is right: options are stored in a build-shuffled order with no ids or flags, and the right set is
 * only a salted 32-bit hash of (question id, option indexes). The teaching feedback and
 * explanations are not in the page at all: they sit in a separate file per module
 * (quizzes/<slug>.json, letter-rotated) that the page fetches only when the learner checks, which
 * also keeps module pages within their weight budget. It does NOT
 * stop a determined cheat: the salt ships with the page, so anyone who reads this file can try the
 * few possible answer sets against the hash (at most 63) or un-rotate the feedback. That is why
 * certificates count only the first attempt of a session (src/lib/progress/record.ts), not why
 * they are safe. No crypto.subtle here: it is unavailable on plain-http intranets.
 */
import { fnv1a, generator, shuffled } from './quiz-draw.ts';
import type { QuizPool } from '../../schemas/quiz.ts';

/** One question as the page carries it. */
export interface SealedQuestion {
  /** Question id (stable, from the pool file). */
  i: string;
  /** Question text. */
  t: string;
  /** 1 when more than one option is right ("select all that apply"). */
  m?: 1;
  /** Option texts, in a build-shuffled order (not the authored one). */
  c: string[];
  /** Rotated feedback per option ('' when none); only in the feedback file, not in the page. */
  f?: string[];
  /** Hash of the right option indexes. */
  h: string;
  /** Rotated explanation; only in the feedback file. */
  x?: string;
  /** Reference, shown after checking. */
  r?: string;
}

/** The pool as the page carries it, in a JSON data block. */
export interface SealedQuiz {
  v: 1;
  id: string;
  draw: number;
  /** Salt of the answer hashes. */
  s: string;
  /** Letter rotation of feedback texts, 1–25. */
  k: number;
  q: SealedQuestion[];
}

/** Rotates ASCII letters by `k` (0–25); rotating again by 26 - k restores the text. */
export function rotate(text: string, k: number): string {
  return text.replace(/[A-Za-z]/g, (ch) => {
    const base = ch <= 'Z' ? 65 : 97;
    return String.fromCharCode(((ch.charCodeAt(0) - base + k) % 26) + base);
  });
}

/** The hash of a set of option indexes for one question. */
export function answerHash(salt: string, questionId: string, indexes: readonly number[]): string {
  const key = [...indexes].sort((a, b) => a - b).join(',');
  return fnv1a(`${salt}|${questionId}|${key}`).toString(36);
}

/** Every non-empty set of option indexes for `n` options. */
function allSets(n: number): number[][] {
  const sets: number[][] = [];
  for (let mask = 1; mask < 1 << n; mask++) {
    sets.push(Array.from({ length: n }, (_, i) => i).filter((i) => mask & (1 << i)));
  }
  return sets;
}

/** Seals a validated pool for the page: deterministic for the same pool, so builds are stable. */
export function sealQuiz(pool: QuizPool): SealedQuiz {
  const fingerprint = fnv1a(JSON.stringify(pool));
  const k = (fingerprint % 25) + 1;
  for (let attempt = 0; ; attempt++) {
    const salt = (fingerprint + attempt).toString(36);
    const q = pool.questions.map((question): SealedQuestion => {
      const order = shuffled(question.choices, generator(fnv1a(`${salt}:${question.id}`)));
      const right = order.flatMap((c, i) => (c.correct ? [i] : []));
      return {
        i: question.id,
        t: question.question,
        ...(question.multiple ? { m: 1 as const } : {}),
        c: order.map((c) => c.text),
        f: order.map((c) => rotate(c.feedback ?? '', k)),
        h: answerHash(salt, question.id, right),
        ...(question.explanation ? { x: rotate(question.explanation, k) } : {}),
        ...(question.reference ? { r: question.reference } : {}),
      };
    });
    // A hash collision with a wrong set would mark a wrong answer right: pick another salt.
    const unique = q.every(
      (sq) =>
        allSets(sq.c.length).filter((set) => answerHash(salt, sq.i, set) === sq.h).length === 1,
    );
    if (unique) return { v: 1, id: pool.id, draw: pool.draw, s: salt, k, q };
  }
}

/** The pool as the page carries it: without feedback and explanations. */
export function pageQuiz(quiz: SealedQuiz): SealedQuiz {
  return {
    ...quiz,
    q: quiz.q.map((q) => ({
      i: q.i,
      t: q.t,
      ...(q.m ? { m: q.m } : {}),
      c: q.c,
      h: q.h,
      ...(q.r ? { r: q.r } : {}),
    })),
  };
}

/** The feedback file of a pool: rotated feedback and explanations per question id. */
export interface FeedbackFile {
  v: 1;
  q: Array<{ i: string; f: string[]; x?: string }>;
}

/** Builds the feedback file (fetched when the learner checks). */
export function feedbackFile(quiz: SealedQuiz): FeedbackFile {
  return {
    v: 1,
    q: quiz.q.map((q) => ({ i: q.i, f: q.f ?? [], ...(q.x ? { x: q.x } : {}) })),
  };
}

/** True when exactly the chosen option indexes (into `q.c`) are the right ones. */
export function isRight(quiz: SealedQuiz, q: SealedQuestion, chosen: readonly number[]): boolean {
  return chosen.length > 0 && answerHash(quiz.s, q.i, chosen) === q.h;
}

/** The right option indexes of a question, recovered after checking to mark missed answers. */
export function rightSet(quiz: SealedQuiz, q: SealedQuestion): number[] {
  return allSets(q.c.length).find((set) => isRight(quiz, q, set)) ?? [];
}

/** Feedback or explanation text, readable again. */
export function reveal(quiz: SealedQuiz, text: string | undefined): string {
  return text ? rotate(text, 26 - quiz.k) : '';
}

/** JSON for a `<script type="application/json">` block: nothing in it can close the element. */
export function sealedJson(quiz: SealedQuiz): string {
  return JSON.stringify(quiz).replace(/</g, '\\u003c');
}
