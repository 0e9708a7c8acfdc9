import { z } from 'zod';
import { dimensions, type Dimension } from './vocabulary.ts';

export { dimensions, type Dimension };

/** Ids used across a scenario: lower-case kebab-case, so they read well in paths and URLs. */
export const idSchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]*$/, 'use lower-case letters, digits and hyphens, starting with a letter');

/** ISO 8601 duration such as `PT40M`, `P1DT6H` or `P2W` (years and months are not allowed). */
export const durationSchema = z
  .string()
  .regex(
    /^P(?!$)(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/,
    'use an ISO 8601 duration such as PT40M, P1DT6H or P2W (no years or months)',
  );

/** An IANA time zone name that this JavaScript runtime knows, such as `Europe/Vienna`. */
export const timeZoneSchema = z.string().refine(
  (zone) => {
    try {
      new Intl.DateTimeFormat('en-GB', { timeZone: zone });
      return zone.includes('/') || zone === 'UTC';
    } catch {
      return false;
    }
  },
  { message: 'use a real IANA time zone name such as Europe/Vienna or America/New_York' },
);

/** The five scoring dimensions, exactly. */
export const dimensionSchema = z.enum(dimensions);

/** A reference id: a treaty article (`budapest-art-29`), `module:slug#anchor` or `glossary:term`. */
export const referenceIdSchema = z
  .string()
  .regex(
    /^(module:[a-z0-9-]+(#[a-z0-9-]+)?|glossary:[a-z0-9-]+|[a-z0-9]+(-[a-z0-9]+)+)$/,
    'use a registered article id (budapest-art-29), module:slug#anchor or glossary:term',
  );
