import { z } from 'zod';
import { timeZoneSchema } from './common.ts';

/** A fictional state in a scenario and its (fictional) treaty status. */
export const fictionalStateSchema = z
  .strictObject({
    /** Display name of the fictional state, e.g. `Valdoria`. */
    name: z.string().min(1),
    /** Status under the Budapest Convention (ETS 185). */
    budapest: z.enum(['party', 'signatory', 'none']),
    /** Status under the Second Additional Protocol (CETS 224), which is not in force in reality. */
    secondProtocol: z.enum(['party', 'none']).default('none'),
    /** Required when `secondProtocol` is `party`: the scenario must say this is fiction. */
    secondProtocolNote: z.string().min(1).optional(),
    /** Bilateral treaties with other states of the scenario (free text, e.g. `MLAT with Ostmark`). */
    bilateral: z.array(z.string().min(1)).default([]),
    /** The state's IANA time zone (a real zone stands in for the fictional state). */
    timezone: timeZoneSchema,
  })
  .refine((s) => s.secondProtocol !== 'party' || s.secondProtocolNote !== undefined, {
    message:
      'the Second Additional Protocol is not in force in reality; add secondProtocolNote saying this scenario assumes it is',
    path: ['secondProtocolNote'],
  });

/** A fictional state after parsing. */
export type FictionalState = z.output<typeof fictionalStateSchema>;
