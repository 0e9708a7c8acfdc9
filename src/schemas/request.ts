import { z } from 'zod';
import { channels, dataCategories } from './vocabulary.ts';

/** Data categories of the Budapest Convention: subscriber (Art. 18(3)), traffic (Art. 1(d)), content. */
export const dataCategorySchema = z.enum(dataCategories);
/** One data category. */
export type DataCategory = z.output<typeof dataCategorySchema>;

/** The channels a request can travel through; each request type allows some of them. */
export const channelSchema = z.enum(channels);
/** One channel id. */
export type Channel = z.output<typeof channelSchema>;

/** Identifier kinds the validator knows how to compare. */
export const identifierKindSchema = z.enum(['ip', 'account', 'email', 'url', 'phone', 'other']);

// Kept here rather than imported from the engine: schemas are the bottom layer and import nothing.
function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Guesses the kind of a shorthand identifier written as a plain string in YAML. */
function guessKind(value: string): z.output<typeof identifierKindSchema> {
  if (/^https?:\/\//i.test(value)) return 'url';
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) return 'email';
  if (/^\d{1,3}(\.\d{1,3}){3}(:\d{1,5})?$/.test(value)) return 'ip';
  if (/^\[?[0-9a-f]*:[0-9a-f:]+\]?(:\d{1,5})?$/i.test(value)) return 'ip';
  if (/^\+?[\d\s()-]{6,}$/.test(value)) return 'phone';
  return 'account';
}

const identifierObjectSchema = z.object({
  /** What the identifier is; decides how it is compared (IP and port, e-mail, URL, account...). */
  kind: identifierKindSchema,
  /** The identifier exactly as the artefact shows it, e.g. `198.51.100.23` or `nightowl_77`. */
  value: z.string().trim().min(1),
  /** Source port; give it when the IP address sits behind carrier-grade NAT (port then required). */
  port: z.number().int().min(0).max(65535).optional(),
  /** Optional label for feedback, e.g. "the uploader's IP address". */
  label: z.string().optional(),
});

/**
 * One identifier from the case file. Shorthand: a plain string (`"198.51.100.23:41234"`,
 * `"nightowl@example.org"`), normalised into the object form.
 */
export const expectedIdentifierSchema = z
  .union([z.string().trim().min(1), identifierObjectSchema])
  .transform((input) => {
    if (typeof input !== 'string') return input;
    const kind = guessKind(input);
    // "ip:port" and "[ipv6]:port" are how logs and reports usually print an address with its port.
    const ipPort =
      /^(\d{1,3}(?:\.\d{1,3}){3}):(\d{1,5})$/.exec(input) ??
      /^\[([0-9a-f:]+)\]:(\d{1,5})$/i.exec(input);
    if (kind === 'ip' && ipPort?.[1] && ipPort[2]) {
      return { kind, value: ipPort[1], port: Number(ipPort[2]) };
    }
    if (kind === 'ip') return { kind, value: input.replace(/^\[|\]$/g, '') };
    return { kind, value: input };
  });
/** One expected identifier after normalisation. */
export type ExpectedIdentifier = z.output<typeof expectedIdentifierSchema>;

const localTimeSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/, 'Write the time as YYYY-MM-DDTHH:mm:ss');
const zoneSchema = z
  .string()
  .refine(isTimeZone, 'Use an IANA time zone name such as Europe/Berlin or UTC');

/** A timestamp as the source log recorded it: local wall-clock time plus the log's IANA zone. */
export const sourceTimeSchema = z.object({
  /** Local time to the second, `YYYY-MM-DDTHH:mm:ss`, exactly as logged (24-hour clock). */
  local: localTimeSchema,
  /** IANA time zone the log was recorded in, e.g. `Europe/Berlin` or `UTC`. */
  zone: zoneSchema,
  /**
   * How the artefacts name that zone, e.g. `EET (UTC+02:00)`; feedback quotes it. Without it,
   * feedback gives the offset only, never a zone name the trainee has not seen.
   */
  zoneLabel: z.string().trim().min(1).max(60).optional(),
});

/** What the case file makes correct for one drafting task; authored in scenario YAML. */
export const draftExpectationSchema = z.object({
  /** Identifiers the request must name exactly (from the artefacts). */
  identifiers: z.array(expectedIdentifierSchema).default([]),
  /** The logged moment the request turns on; omit when the case has no single event time. */
  sourceTime: sourceTimeSchema.optional(),
  /** Widest time window (in hours) that is still proportionate for this case. */
  maxWindowHours: z.number().positive().default(24),
  /**
   * The period the case itself justifies, e.g. an account's life "from its creation until now".
   * A window inside it (give or take a day) is proportionate whatever its length, and
   * `maxWindowHours` is not applied; leave out `to` for "until the request is written".
   */
  period: z
    .object({
      /** Start, `YYYY-MM-DDTHH:mm:ss` in `zone`. */
      from: localTimeSchema,
      /** End, same form; omit for "until now". */
      to: localTimeSchema.optional(),
      /** IANA zone of `from` and `to`. */
      zone: zoneSchema,
    })
    .optional(),
  /** Actor id of the body that should receive the request. */
  recipient: z.string().trim().min(1).optional(),
  /** The channel the request should travel through; defaults to the request type's usual one. */
  channel: channelSchema.optional(),
  /** Data categories this route can deliver here; defaults to what the request type allows. */
  categories: z.array(dataCategorySchema).min(1).optional(),
  /** Whether the case file holds facts showing an imminent danger of death or serious injury. */
  emergency: z.boolean().default(false),
  /** Offence label, used to fill representative drafts and in feedback. */
  offence: z.string().trim().min(1).default('distribution of child sexual abuse material'),
});
/** What a scenario author writes (defaults optional). */
export type DraftExpectationInput = z.input<typeof draftExpectationSchema>;
/** The parsed expectation the validator uses. */
export type DraftExpectation = z.output<typeof draftExpectationSchema>;
