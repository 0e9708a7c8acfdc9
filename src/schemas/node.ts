import { z } from 'zod';
import { dimensionSchema, durationSchema, idSchema, referenceIdSchema } from './common.ts';
import { effectsSchema } from './effect.ts';
import { guardSchema } from './guard.ts';
import { draftExpectationSchema } from './request.ts';
import { endingVerdicts, outcomeClasses, requestTypes } from './vocabulary.ts';

const feedback = z.string().min(1);
const refs = z.array(referenceIdSchema).min(1);

/** One option of a single-choice node. */
export const choiceSchema = z.strictObject({
  /** Choice id, unique within the node. */
  id: idSchema,
  /** What the trainee reads on the button. */
  label: z.string().min(1),
  /** When the choice is enabled (omitted: always). */
  when: guardSchema.optional(),
  /** What it does. */
  effects: effectsSchema.default(effectsSchema.parse({})),
  /** Why this was good or bad, shown after deciding. */
  feedback,
  /** Supporting references (articles, module sections, glossary terms). */
  refs,
  /** Next node or ending id. */
  next: idSchema,
  /**
   * A choice whose `when` does not hold is hidden. With this reason it is shown disabled instead,
   * e.g. `Needs the subscriber data first` (use it when seeing the locked option teaches something).
   */
  showWhenLocked: z.string().min(1).optional(),
});

/** One option of a multi-select node; effects apply when selected, `unselected` when not. */
export const selectOptionSchema = z.strictObject({
  /** Option id, unique within the node. */
  id: idSchema,
  /** Label. */
  label: z.string().min(1),
  /** Effects when selected. */
  selected: effectsSchema.default(effectsSchema.parse({})),
  /** Effects when left out (e.g. a missed step). */
  unselected: effectsSchema.default(effectsSchema.parse({})),
  /** Feedback on this option. */
  feedback,
  /** References. */
  refs,
});

/** Consequences of one draft outcome class. */
export const draftOutcomeSchema = z.strictObject({
  /** What the outcome does (the draft itself is sent automatically). */
  effects: effectsSchema.default(effectsSchema.parse({})),
  /** Feedback shown with the validator's findings. */
  feedback,
  /** References. */
  refs,
  /** Next node or ending id. */
  next: idSchema,
});

/** A drafting task validated by `src/engine/requests` and mapped to consequences by outcome class. */
export const draftTaskSchema = z.strictObject({
  /** Request type of the form. */
  type: z.enum(requestTypes),
  /** Actor id of the recipient; its response rules see the outcome class. */
  to: idSchema,
  /** Subject in the sent log. */
  subject: z.string().min(1),
  /** What the case file says is right (a DraftExpectation, checked by the request schema). */
  expect: draftExpectationSchema,
  /** Consequences per outcome class; `otherwise` is required and catches the rest. */
  outcomes: z
    .record(z.string(), draftOutcomeSchema)
    .refine((o) => 'otherwise' in o, {
      message: 'add an `otherwise` outcome that catches every class not listed',
    })
    .superRefine((o, ctx) => {
      for (const key of Object.keys(o)) {
        if (key === 'otherwise' || (outcomeClasses as readonly string[]).includes(key)) continue;
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `unknown outcome class "${key}"`,
          params: { fix: `use otherwise or one of: ${outcomeClasses.join(', ')}` },
        });
      }
    }),
});

/** A timed inject or "wait for replies" step. */
export const waitSchema = z.strictObject({
  /** Button label, e.g. `Wait for replies`. */
  label: z.string().min(1),
  /** Wait this long; omitted: until the next scheduled event. */
  for: durationSchema.optional(),
  /** Next node or ending id. */
  next: idSchema,
});

/** The multi-select block of a node. */
export const selectSchema = z.strictObject({
  /** Question. */
  prompt: z.string().min(1),
  /** Options (at most 8, so every subset can be walked). */
  options: z.array(selectOptionSchema).min(2).max(8),
  /** Least number of options to pick. */
  min: z.number().int().min(0).default(1),
  /** Next node or ending id. */
  next: idSchema,
});

/**
 * A situation: narrative, artefacts shown, and exactly one kind of interaction. Authors write one
 * of `choices`, `select`, `draft` or `wait`; parsing turns it into ONE `interaction` union
 * (`choose`, `continue` for a single unguarded choice, `select`, `draft`, `wait`), so engine code
 * switches on `interaction.kind` and never tests four optional fields.
 */
export const nodeSchema = z
  .strictObject({
    /** Short title for the timeline. */
    title: z.string().min(1),
    /** What happens, in the second person. */
    narrative: z.string().min(1),
    /** Artefact ids shown at this node. */
    show: z.array(idSchema).default([]),
    /** Questions a facilitator can put to the room about this decision (workshop debrief). */
    discussion: z.array(z.string().min(1)).default([]),
    /** Single choice. */
    choices: z.array(choiceSchema).min(1).optional(),
    /** Multi-select. */
    select: selectSchema.optional(),
    /** Drafting task. */
    draft: draftTaskSchema.optional(),
    /** Timed inject or wait. */
    wait: waitSchema.optional(),
  })
  .refine(
    (n) => [n.choices, n.select, n.draft, n.wait].filter((x) => x !== undefined).length === 1,
    { message: 'give a node exactly one of: choices, select, draft, wait' },
  )
  .transform(({ choices, select, draft, wait, ...rest }) => ({
    ...rest,
    interaction: toInteraction(choices, select, draft, wait),
  }));

type Parsed<S extends z.ZodType> = z.output<S>;

/** A node's one interaction, discriminated by `kind` (see `src/engine/kinds/`). */
export type Interaction =
  | { kind: 'choose'; choices: Parsed<typeof choiceSchema>[] }
  | { kind: 'continue'; choice: Parsed<typeof choiceSchema> }
  | ({ kind: 'select' } & Parsed<typeof selectSchema>)
  | ({ kind: 'draft' } & Parsed<typeof draftTaskSchema>)
  | ({ kind: 'wait' } & Parsed<typeof waitSchema>);

/** The interaction kinds, in the order the README lists them. */
export type InteractionKind = Interaction['kind'];

/** The written field (`choices`, `select`, …) becomes the union; the refine above ensures one. */
function toInteraction(
  choices: Parsed<typeof choiceSchema>[] | undefined,
  select: Parsed<typeof selectSchema> | undefined,
  draft: Parsed<typeof draftTaskSchema> | undefined,
  wait: Parsed<typeof waitSchema> | undefined,
): Interaction {
  if (select) return { kind: 'select', ...select };
  if (draft) return { kind: 'draft', ...draft };
  if (wait) return { kind: 'wait', ...wait };
  const list = choices ?? [];
  const [only] = list;
  // One choice that can never be locked is a plain Continue: unscored, no alternative.
  if (list.length === 1 && only && only.when === undefined)
    return { kind: 'continue', choice: only };
  return { kind: 'choose', choices: list };
}

/** A node after parsing. */
export type ScenarioNode = z.output<typeof nodeSchema>;
/** A choice after parsing. */
export type Choice = z.output<typeof choiceSchema>;
/** A draft task after parsing. */
export type DraftTask = z.output<typeof draftTaskSchema>;
/** One draft outcome after parsing. */
export type DraftOutcome = z.output<typeof draftOutcomeSchema>;
/** A multi-select option after parsing. */
export type SelectOption = z.output<typeof selectOptionSchema>;

/** An end of the scenario. */
export const endingSchema = z.strictObject({
  /** Title of the ending. */
  title: z.string().min(1),
  /** What the outcome means, for the debrief. */
  summary: z.string().min(1),
  /** How good the ending is, for the debrief badge. */
  verdict: z.enum(endingVerdicts),
  /**
   * Highest percentage a dimension may show when a run ends here (e.g. `{ safeguarding: 0 }`
   * where the child was not protected). A failure ending caps timeliness and victim safeguarding
   * at 50 % unless it says otherwise here.
   */
  caps: z.partialRecord(dimensionSchema, z.number().int().min(0).max(100)).default({}),
});
/** An ending after parsing. */
export type Ending = z.output<typeof endingSchema>;
