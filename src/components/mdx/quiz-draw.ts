/**
 * Seeded drawing for knowledge checks: which questions an attempt gets and in which order their
 * options appear. Pure and deterministic (the same seed gives the same attempt, so an attempt can
 * be reproduced from the seed the learner record keeps). Runs in the browser and in tests.
 */

/** FNV-1a over a string: a 32-bit unsigned number. Not cryptographic: used for seeds and sealing. */
export function fnv1a(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** mulberry32: a tiny seeded generator of numbers in [0, 1). */
export function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let r = Math.imul(state ^ (state >>> 15), state | 1);
    r ^= r + Math.imul(r ^ (r >>> 7), r | 61);
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

/** A copy of `items` in an order drawn from `random` (Fisher–Yates: every order equally likely). */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** One drawn attempt: pool indexes of the questions and, per question, the order of its options. */
export interface Draw {
  questions: number[];
  /** Per drawn question: option indexes (into the question's options) in the order shown. */
  orders: number[][];
}

/**
 * Draws `count` questions out of a pool and shuffles each one's options, from `seed` and the quiz
 * id (so two checks never share a draw). `optionCounts[i]` is the number of options of question i.
 */
export function drawAttempt(
  seed: string,
  quizId: string,
  optionCounts: readonly number[],
  count: number,
): Draw {
  const random = generator(fnv1a(`${quizId}:${seed}`));
  const indexes = optionCounts.map((_, i) => i);
  const questions = shuffled(indexes, random).slice(0, Math.min(count, indexes.length));
  const orders = questions.map((q) =>
    shuffled(
      Array.from({ length: optionCounts[q] ?? 0 }, (_, i) => i),
      random,
    ),
  );
  return { questions, orders };
}

/** A fresh seed for an attempt: 8 hex digits (crypto.getRandomValues works on plain http too). */
export function newSeed(): string {
  const n =
    typeof crypto !== 'undefined' && typeof crypto.getRandomValues === 'function'
      ? crypto.getRandomValues(new Uint32Array(1))[0]
      : Math.floor(Math.random() * 2 ** 32);
  return (n ?? 0).toString(16).padStart(8, '0');
}
