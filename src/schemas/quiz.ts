import { z } from 'zod';

/** Kebab-case or short ids (a, b, q1, dual-criminality): stable, so results and hashes survive edits. */
const idSchema = (example: string) =>
  z
    .string({ error: `is missing: give it a short id, for example id: ${example}` })
    .regex(
      /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
      `must be kebab-case (lower-case letters, digits, hyphens), for example id: ${example}`,
    );

/** Lists the allowed fields when an author misspells one. */
const knownFields = (fields: string) => ({
  error: (issue: { code?: string; keys?: string[] }) =>
    issue.code === 'unrecognized_keys'
      ? `has unknown field(s) ${(issue.keys ?? []).join(', ')}: allowed fields are ${fields}`
      : undefined,
});

/** One answer option of a knowledge-check question. */
export const quizChoiceSchema = z.strictObject(
  {
    /** Stable id within the question (a, b, c …); never shown. */
    id: idSchema('a'),
    /** The option as the learner reads it. */
    text: z
      .string({
        error: 'needs text: write the answer option, for example text: "It freezes the data"',
      })
      .trim()
      .min(1, 'is empty: write the answer option'),
    /** True for a right answer; leave it out for a wrong one. */
    correct: z.boolean({ error: 'must be true or left out' }).default(false),
    /**
     * Shown under the option after checking: why it is right or wrong. Required for wrong options.
     * Do not start with "Right" or "No": the page says whether the option was correct.
     */
    feedback: z
      .string({ error: 'must be text explaining why this option is right or wrong' })
      .trim()
      .min(1)
      .optional(),
  },
  knownFields('id, text, correct, feedback'),
);

/** One question: single choice when exactly one option is correct, "select all that apply" otherwise. */
export const quizQuestionSchema = z
  .strictObject(
    {
      /** Stable id within the pool (q1, q2 …): attempts record which questions were drawn. */
      id: idSchema('q9'),
      /** The question, as a full sentence. */
      question: z
        .string({ error: 'needs the question text: question: "What does … achieve?"' })
        .trim()
        .min(5, 'is too short: write the question as a full sentence'),
      /** Two to six answer options; the order is shuffled for every attempt. */
      choices: z
        .array(quizChoiceSchema, {
          error: 'must be a list of options: choices: [{ id: a, text: "…", correct: true }, …]',
        })
        .min(2, 'needs at least two options')
        .max(6, 'has more than six options: keep it to six or fewer'),
      /** Optional short explanation shown after answering. */
      explanation: z.string().trim().min(1).optional(),
      /** Optional source, e.g. "Art. 29 Budapest Convention". */
      reference: z.string().trim().min(1).optional(),
    },
    knownFields('id, question, choices, explanation, reference'),
  )
  .superRefine((q, ctx) => {
    if (!q.choices.some((c) => c.correct)) {
      ctx.addIssue({
        code: 'custom',
        path: ['choices'],
        message: 'has no correct option: add correct: true to at least one choice',
      });
    }
    const seen = new Set<string>();
    q.choices.forEach((c, i) => {
      if (seen.has(c.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['choices', i, 'id'],
          message: `"${c.id}" is used twice in this question: give each option its own id`,
        });
      }
      seen.add(c.id);
      if (!c.correct && !c.feedback) {
        ctx.addIssue({
          code: 'custom',
          path: ['choices', i, 'feedback'],
          message: `is missing for the wrong option "${c.text.slice(0, 40)}": add feedback: "…" explaining why it is wrong`,
        });
      }
    });
  })
  .transform((q) => ({ ...q, multiple: q.choices.filter((c) => c.correct).length > 1 }));

/** Fewest questions a pool may hold: with 5 drawn, 8 make every attempt a different mix. */
export const minPoolSize = 8;

/** content/quizzes/<module-slug>.yaml: the question pool of a module's knowledge check. */
export const quizPoolSchema = z
  .strictObject(
    {
      /** The id used in the module: <KnowledgeCheck id="…" />. Results are stored under it. */
      id: idSchema('preservation-check'),
      /** Questions drawn per attempt. */
      draw: z
        .number({ error: 'must be a whole number of questions per attempt, for example draw: 5' })
        .int('must be a whole number')
        .min(1, 'must be at least 1')
        .max(12, 'must be at most 12: a check is a short test')
        .default(5),
      /** The pool. */
      questions: z.array(quizQuestionSchema, {
        error: 'must be a list: questions: [ { id: q1, question: "…", choices: [ … ] } ]',
      }),
    },
    knownFields('id, draw, questions'),
  )
  .superRefine((pool, ctx) => {
    const n = pool.questions.length;
    if (n < minPoolSize || n < pool.draw * 1.5) {
      const need = Math.max(minPoolSize, Math.ceil(pool.draw * 1.5));
      ctx.addIssue({
        code: 'custom',
        path: ['questions'],
        message: `has ${n} question(s): a pool needs at least ${need} so that retries draw different questions; add ${need - n} more`,
      });
    }
    const seen = new Set<string>();
    pool.questions.forEach((q, i) => {
      if (seen.has(q.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['questions', i, 'id'],
          message: `"${q.id}" is used twice: give each question its own id`,
        });
      }
      seen.add(q.id);
    });
  });

/** A validated quiz question (with `multiple` derived). */
export type QuizQuestion = z.output<typeof quizQuestionSchema>;
/** A validated question pool. */
export type QuizPool = z.output<typeof quizPoolSchema>;

/** Turns a zod path such as ["questions", 1, "choices", 0, "feedback"] into "question 2, choice 1, feedback". */
function describePath(path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    const next = path[i + 1];
    if ((key === 'questions' || key === 'choices') && typeof next === 'number') {
      parts.push(`${key === 'questions' ? 'question' : 'choice'} ${next + 1}`);
      i++;
    } else parts.push(String(key));
  }
  return parts.join(', ');
}

/**
 * Validates a question pool file; throws one error listing every problem with the file, the quiz
 * id and the question number, so a trainer can fix the pool without reading code.
 */
export function parseQuizPool(input: unknown, file: string): QuizPool {
  const result = quizPoolSchema.safeParse(input);
  if (result.success) return result.data;
  const id =
    typeof input === 'object' && input !== null && 'id' in input ? String(input.id) : '(no id)';
  const lines = result.error.issues.map(
    (issue) => `  - ${describePath(issue.path) || 'the file'}: ${issue.message}`,
  );
  throw new Error(
    `${file}: knowledge check "${id}" has ${lines.length} problem(s):\n${lines.join('\n')}`,
  );
}
