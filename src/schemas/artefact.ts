import { z } from 'zod';
import { idSchema } from './common.ts';

/** A synthetic document shown to the trainee. Log timestamps must state their zone. */
export const artefactSchema = z.strictObject({
  /** What sort of document it is. */
  kind: z.enum(['report', 'log', 'letter', 'foreign-request', 'message']),
  /** Title shown above the document. */
  title: z.string().min(1),
  /** Actor id of the author or sender, if any. */
  from: idSchema.optional(),
  /** Body text, shown preformatted for logs. Synthetic content only. */
  body: z.string().min(1),
});

/** An artefact after parsing. */
export type Artefact = z.output<typeof artefactSchema>;
