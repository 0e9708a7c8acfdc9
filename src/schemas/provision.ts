import { z } from 'zod';

/** Provision ids: kebab-case, e.g. `budapest-art-29-2`, `2ap-art-7`, `us-sca-2703f`. */
export const provisionIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The instruments the registry groups provisions by; each is one file in content/provisions/. */
export const instrumentSchema = z.enum(
  ['budapest-convention', 'second-protocol', 'us-code', 'eu-law', 'case-law'],
  {
    error:
      'must be one of: budapest-convention, second-protocol, us-code, eu-law, case-law (the file name without .yaml)',
  },
);
/** One instrument id. */
export type Instrument = z.output<typeof instrumentSchema>;

/** Hosts of primary sources: the treaty office, the US Code, EUR-Lex, the courts. */
const primaryHosts = [
  'rm.coe.int',
  'www.coe.int',
  'coe.int',
  'uscode.house.gov',
  'www.law.cornell.edu',
  'eur-lex.europa.eu',
  'curia.europa.eu',
  'www.supremecourt.gov',
  'www.congress.gov',
  'www.govinfo.gov',
];

const primaryUrl = (what: string) =>
  z
    .url({ protocol: /^https$/, error: `must be an https link to ${what}` })
    .refine(
      (u) => primaryHosts.includes(new URL(u).hostname),
      `must point to a primary source (${primaryHosts.join(', ')}), not a private web site`,
    );

/**
 * One legal provision the course cites (content/provisions/<instrument>.yaml, a YAML list). The id
 * is what scenarios, validator findings, <Cite id> and the /law/ page anchor use. Messages say how
 * to fix the entry, because the people who write it are trainers.
 */
export const provisionSchema = z.strictObject(
  {
    /** Stable kebab-case id, also the anchor on /law/ (e.g. `budapest-art-29-2`). Never rename. */
    id: z
      .string({ error: 'is missing: every entry needs an id, for example id: budapest-art-29-2' })
      .regex(provisionIdPattern, 'must be kebab-case, for example id: budapest-art-29-2'),
    /** Which instrument it belongs to (the file it sits in). */
    instrument: instrumentSchema,
    /** Short label for chips and citations, e.g. "Budapest Art. 29(2)". */
    label: z.string({ error: 'is missing: for example label: Budapest Art. 29(2)' }).trim().min(3),
    /** Official English heading of the article or section (for a paragraph, its article's). */
    title: z.string({ error: 'is missing: the official English heading' }).trim().min(3),
    /** Official French heading, only where verified against the French text; leave out otherwise. */
    titleFr: z.string().trim().min(3).optional(),
    /** One line in the course's own words: what the provision does. */
    summary: z
      .string({ error: 'is missing: one line in our own words' })
      .trim()
      .min(20, 'is too short: write one full sentence')
      .max(240, 'is too long: keep it to one line (240 characters) and put details in a module'),
    /** Link to the primary source: the treaty text or chart on coe.int, the US Code, EUR-Lex, the judgment. */
    source: primaryUrl('the primary source'),
    /** Link to the explanatory report, where there is one. */
    explanatoryReport: primaryUrl('the explanatory report').optional(),
    /** Dated status or caveat shown with the entry, e.g. "Status as of 4 December 2026: …". */
    note: z.string().trim().min(10).optional(),
    /** The day the entry was last checked against its source (YYYY-MM-DD). */
    lastChecked: z.iso.date({ error: 'must be a date, for example lastChecked: 2026-12-04' }),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `has unknown field(s) ${issue.keys.join(', ')}: allowed are id, instrument, label, title, titleFr, summary, source, explanatoryReport, note, lastChecked`
        : undefined,
  },
);

/** One validated provision. */
export type Provision = z.output<typeof provisionSchema>;

/** Problems across a whole registry: duplicate ids, or an entry filed under the wrong instrument. */
export function findRegistryProblems(
  files: ReadonlyArray<{ file: string; instrument: string; entries: readonly Provision[] }>,
): string[] {
  const seen = new Map<string, string>();
  const problems: string[] = [];
  for (const { file, instrument, entries } of files) {
    entries.forEach((p, i) => {
      const before = seen.get(p.id);
      if (before) problems.push(`${file}[${i}].id: "${p.id}" is already used in ${before}`);
      else seen.set(p.id, file);
      if (p.instrument !== instrument)
        problems.push(
          `${file}[${i}].instrument: "${p.instrument}" does not match the file; move the entry to content/provisions/${p.instrument}.yaml`,
        );
    });
  }
  return problems;
}
