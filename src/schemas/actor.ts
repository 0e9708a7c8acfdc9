import { z } from 'zod';
import { durationSchema, idSchema, timeZoneSchema } from './common.ts';
import { effectsSchema } from './effect.ts';

const weekdays = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'use 24-hour HH:mm such as 08:00');

/** Weekday names in ISO order (Mon = 1 … Sun = 7). */
export const weekdayNames = weekdays;

/**
 * Working hours: `always` (24/7) or days plus a daily window in the actor's own zone.
 * `days` takes a list (`[Mon, Tue]`) or a range (`Mon-Fri`) and normalises to ISO weekday numbers.
 */
export const workingHoursSchema = z.union([
  z.literal('always'),
  z.strictObject({
    /** Working days, as a list or range such as `Mon-Fri`. */
    days: z
      .union([
        z.array(z.enum(weekdays)).min(1),
        z
          .string()
          .regex(
            /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun)-(Mon|Tue|Wed|Thu|Fri|Sat|Sun)$/,
            'use a range such as Mon-Fri',
          ),
      ])
      .transform((days) => {
        if (Array.isArray(days)) return days.map((d) => weekdays.indexOf(d) + 1);
        const [from, to] = days.split('-') as [
          (typeof weekdays)[number],
          (typeof weekdays)[number],
        ];
        const out: number[] = [];
        for (let i = weekdays.indexOf(from); ; i = (i + 1) % 7) {
          out.push(i + 1);
          if (weekdays[i] === to) break;
        }
        return out;
      }),
    /** Start of the working day, local time. */
    from: clockTime,
    /** End of the working day, local time (after `from`). */
    to: clockTime,
  }),
]);
/** Working hours after parsing. */
export type WorkingHours = z.output<typeof workingHoursSchema>;

/** A message the actor sends back, identified so guards can test the inbox for it. */
export const messageSchema = z.strictObject({
  /** Message id, used by `inbox` guards. */
  id: idSchema,
  /** Subject line. */
  subject: z.string().min(1),
  /** Body text (synthetic). */
  body: z.string().min(1),
});

/** How an actor responds to a message of a given outcome class. First matching rule wins. */
export const responseRuleSchema = z.strictObject({
  /** Outcome classes this rule answers (validator classes, or `any`). */
  on: z.array(z.string().min(1)).min(1),
  /** The kind of response. */
  reply: z.enum(['answer', 'clarify', 'refuse']),
  /** Overrides the actor's delay range for this rule (e.g. a clarification costs days). */
  delay: z.strictObject({ min: durationSchema, max: durationSchema }).optional(),
  /** The message that arrives. */
  message: messageSchema,
  /** What the answer changes when it arrives (flags, evidence, score). */
  effects: effectsSchema.optional(),
});

/** An agency, authority or company in the scenario. */
export const actorSchema = z.strictObject({
  /** Display name (fictional). */
  name: z.string().min(1),
  /** Role in the cooperation chain. */
  kind: z.enum([
    'own-agency',
    'point-of-contact',
    'central-authority',
    'prosecutor',
    'judge',
    'provider',
  ]),
  /** Id of the fictional state where the actor sits. */
  state: idSchema,
  /** IANA time zone used for working hours. */
  timezone: timeZoneSchema,
  /** Working hours; 24/7 points of contact are `always`. */
  hours: workingHoursSchema.default('always'),
  /** For providers: seat and governing law (e.g. `US Stored Communications Act`). */
  provider: z
    .strictObject({
      /** State id of the provider's seat. */
      seat: idSchema,
      /** Laws governing its disclosures, free text. */
      governingLaw: z.array(z.string().min(1)).default([]),
    })
    .optional(),
  /** Response behaviour: default delay range and rules keyed on the outcome class of what it receives. */
  responds: z
    .strictObject({
      /** Default delay range, before shifting into working hours. */
      delay: z.strictObject({ min: durationSchema, max: durationSchema }),
      /** Rules, first match wins. */
      rules: z.array(responseRuleSchema).min(1),
    })
    .optional(),
});

/** An actor after parsing. */
export type Actor = z.output<typeof actorSchema>;
/** A response rule after parsing. */
export type ResponseRule = z.output<typeof responseRuleSchema>;
