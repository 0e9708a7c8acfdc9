import { z } from 'zod';

/** One answer option of a knowledge-check question. */
export const quizChoiceSchema = z.strictObject(
  {
    /** The option as the learner reads it. */
    text: z
      .string({
        error: 'needs text: write the answer option, for example text: "It freezes the data"',
      })
      .trim()
      .min(1, 'is empty: write the answer option'),
    /** True for a right answer; leave it out for a wrong one. */
    correct: z.boolean({ error: 'must be true or left out' }).default(false),
    /** Shown under the option after checking: why it is right or wrong. Required for wrong options. */
    feedback: z
      .string({ error: 'must be text explaining why this option is right or wrong' })
      .trim()
      .min(1)
      .optional(),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `has unknown field(s) ${issue.keys.join(', ')}: allowed fields are text, correct, feedback`
        : undefined,
  },
);

/** One question: single choice when exactly one option is correct, "select all that apply" otherwise. */
export const quizQuestionSchema = z
  .strictObject(
    {
      /** The question, as a full sentence. */
      question: z
        .string({ error: 'needs the question text: question: "What does … achieve?"' })
        .trim()
        .min(5, 'is too short: write the question as a full sentence'),
      /** Two to six answer options, in the order shown. */
      choices: z
        .array(quizChoiceSchema, {
          error: 'must be a list of options: choices: [{ text: "…", correct: true }, …]',
        })
        .min(2, 'needs at least two options')
        .max(6, 'has more than six options: keep it to six or fewer'),
      /** Optional short explanation shown after answering. */
      explanation: z.string().trim().min(1).optional(),
      /** Optional source, e.g. "Art. 29 Budapest Convention". */
      reference: z.string().trim().min(1).optional(),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `has unknown field(s) ${issue.keys.join(', ')}: allowed fields are question, choices, explanation, reference`
          : undefined,
    },
  )
  .superRefine((q, ctx) => {
    if (!q.choices.some((c) => c.correct)) {
      ctx.addIssue({
        code: 'custom',
        path: ['choices'],
        message: 'has no correct option: add correct: true to at least one choice',
      });
    }
    q.choices.forEach((c, i) => {
      if (!c.correct && !c.feedback) {
        ctx.addIssue({
          code: 'custom',
          path: ['choices', i, 'feedback'],
          message: `is missing for the wrong option "${c.text.slice(0, 40)}": add feedback: "No: …" explaining why it is wrong`,
        });
      }
    });
  })
  .transform((q) => ({ ...q, multiple: q.choices.filter((c) => c.correct).length > 1 }));

/** Props of <KnowledgeCheck>: an id unique within the module and one or more questions. */
export const quizSchema = z.object({
  /** Stable id, unique within the module, in kebab-case: results are stored under it. */
  id: z
    .string({ error: 'is missing: give the quiz an id, for example id="preservation-check"' })
    .regex(
      /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
      'must be kebab-case (lower-case letters, digits, hyphens), for example id="preservation-check"',
    ),
  /** The questions, in order. */
  questions: z
    .array(quizQuestionSchema, {
      error: 'must be a list: questions={[ { question: "…", choices: [ … ] } ]}',
    })
    .min(1, 'is empty: add at least one question')
    .max(12, 'has more than 12 questions: split it into two knowledge checks'),
});

/** A validated quiz question (with `multiple` derived). */
export type QuizQuestion = z.output<typeof quizQuestionSchema>;
/** A validated quiz. */
export type Quiz = z.output<typeof quizSchema>;

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
 * Validates <KnowledgeCheck> props; throws one error listing every problem with the module file,
 * the quiz id and the question number, so a trainer can fix the quiz without reading code.
 */
export function parseQuiz(input: unknown, moduleFile: string): Quiz {
  const result = quizSchema.safeParse(input);
  if (result.success) return result.data;
  const id =
    typeof input === 'object' && input !== null && 'id' in input ? String(input.id) : '(no id)';
  const lines = result.error.issues.map(
    (issue) => `  - ${describePath(issue.path) || 'the quiz'}: ${issue.message}`,
  );
  return fail(
    `${moduleFile}: knowledge check "${id}" has ${lines.length} problem(s):\n${lines.join('\n')}`,
  );
}

function fail(message: string): never {
  throw new Error(message);
}
