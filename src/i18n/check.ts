/**
 * The i18n parity check (`npm run i18n:check`, also run by the build through
 * src/integrations/i18n-check.ts): every English module and page has its French translation in
 * content/fr/ with the same structure, and the French UI dictionary has exactly the English keys
 * and placeholders; every YAML text has its overlay translation. Node only (reads files); every problem is reported at once, each with the file
 * and what to do.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { overlayProblems } from './content.ts';
import { translatedLocales } from './text-rules.ts';

/**
 * Strict: a problem stops the build. The lead flips this to `false` only while translations are
 * still arriving; `I18N_STRICT=0` in the environment does the same for one run (problems are then
 * printed as warnings).
 */
export const I18N_STRICT = true;

/** Whether problems stop the build in this run. */
export function strictNow(env: Record<string, string | undefined> = process.env): boolean {
  return I18N_STRICT && env['I18N_STRICT'] !== '0';
}

/** Frontmatter fields that carry words: translated, so they may differ. Every other field must be equal. */
const TEXT_FIELDS = new Set(['title', 'summary', 'objectives', 'description', 'contentNoteText']);
/** MDX component props that carry words (`<CaseStudy title="…">`); every other prop must be equal. */
const TEXT_PROPS = new Set(['title']);

interface Mdx {
  front: Record<string, unknown>;
  headings: string[];
  components: string[];
}

/** Frontmatter, heading levels ("##", "###" in order) and component signatures of an MDX text. */
export function readMdx(text: string): Mdx {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  const front = (match ? parse(match[1] ?? '') : {}) as Record<string, unknown> | null;
  const body = match ? (match[2] ?? '') : text;
  const headings: string[] = [];
  let fenced = false;
  for (const line of body.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const h = fenced ? null : /^(#{2,3})\s/.exec(line);
    if (h?.[1]) headings.push(h[1]);
  }
  const components = [...body.matchAll(/<([A-Z][A-Za-z0-9]*)\b((?:[^>{]|\{[^}]*\})*?)\/?>/g)].map(
    ([, name = '', attrs = '']) => {
      const props = [...attrs.matchAll(/([A-Za-z][\w-]*)=(?:"([^"]*)"|'([^']*)'|\{([^}]*)\})/g)]
        .filter(([, prop = '']) => !TEXT_PROPS.has(prop))
        .map(([, prop, a, b, c]) => `${prop}=${(a ?? b ?? c ?? '').replace(/\s+/g, ' ').trim()}`)
        .sort();
      return `<${name}${props.length ? ` ${props.join(' ')}` : ''}>`;
    },
  );
  return { front: front ?? {}, headings, components };
}

const published = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((n) => n.endsWith('.mdx') && !n.startsWith('_'))
        .sort()
    : [];

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Problems between an English MDX file and its translation (frontmatter, headings, components). */
export function compareMdx(enFile: string, en: Mdx, frFile: string, fr: Mdx): string[] {
  const problems: string[] = [];
  for (const key of new Set([...Object.keys(en.front), ...Object.keys(fr.front)])) {
    if (TEXT_FIELDS.has(key)) {
      if (Object.hasOwn(en.front, key) !== Object.hasOwn(fr.front, key))
        problems.push(
          `${frFile}: frontmatter field "${key}" is ${Object.hasOwn(en.front, key) ? 'missing' : 'not in the English file'}: give it the same fields as ${enFile}.`,
        );
      continue;
    }
    if (!same(en.front[key], fr.front[key]))
      problems.push(
        `${frFile}: frontmatter "${key}" is ${JSON.stringify(fr.front[key])} but ${JSON.stringify(en.front[key])} in ${enFile}: copy the English value (only title, summary, objectives, description and contentNoteText are translated).`,
      );
  }
  const count = (h: string[], level: string): number => h.filter((x) => x === level).length;
  if (count(en.headings, '##') !== count(fr.headings, '##'))
    problems.push(
      `${frFile}: has ${count(fr.headings, '##')} "##" headings, ${enFile} has ${count(en.headings, '##')}: translate every section heading, add or remove none (reading progress counts sections by order).`,
    );
  else if (!same(en.headings, fr.headings))
    problems.push(
      `${frFile}: its "##"/"###" headings are not in the same order as in ${enFile} (${fr.headings.join(' ')} vs ${en.headings.join(' ')}): keep the English structure.`,
    );
  if (!same(en.components, fr.components)) {
    const missing = en.components.filter((c) => !fr.components.includes(c));
    const extra = fr.components.filter((c) => !en.components.includes(c));
    const detail = [
      missing.length ? `missing ${[...new Set(missing)].join(', ')}` : '',
      extra.length ? `not in English ${[...new Set(extra)].join(', ')}` : '',
    ]
      .filter(Boolean)
      .join('; ');
    problems.push(
      `${frFile}: MDX components differ from ${enFile} (${detail || 'same components in another order'}): keep every component with the same ids and props, in the same order; translate only the text between tags and title="…".`,
    );
  }
  return problems;
}

/** Problems of one content folder pair (content/<kind>/ and content/fr/<kind>/). */
function checkFolder(root: string, kind: 'modules' | 'pages'): string[] {
  const enDir = join(root, 'content', kind);
  const frDir = join(root, 'content', 'fr', kind);
  const en = published(enDir);
  const fr = published(frDir);
  const problems: string[] = [];
  for (const name of en) {
    const enFile = `content/${kind}/${name}`;
    const frFile = `content/fr/${kind}/${name}`;
    if (!fr.includes(name)) {
      problems.push(
        `${frFile}: missing. Translate ${enFile} into this file (same file name, frontmatter, headings and components).`,
      );
      continue;
    }
    const read = (dir: string): Mdx => readMdx(readFileSync(join(dir, name), 'utf8'));
    problems.push(...compareMdx(enFile, read(enDir), frFile, read(frDir)));
  }
  for (const name of fr.filter((n) => !en.includes(n)))
    problems.push(
      `content/fr/${kind}/${name}: has no English original content/${kind}/${name}. Rename it to the English file name or delete it.`,
    );
  return problems;
}

const placeholders = (s: string): string =>
  [...s.matchAll(/\{(\w+)\}/g)]
    .map((m) => m[1])
    .sort()
    .join(',');

/** Problems of the French UI dictionary: keys missing, extra, or with other `{placeholders}`. */
export function checkDictionaries(
  en: Record<string, string>,
  fr: Record<string, string>,
  frFile = 'src/i18n/fr.json',
): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(en)) {
    if (!Object.hasOwn(fr, key))
      problems.push(`${frFile}: key "${key}" is missing: add its French text.`);
    else if (placeholders(en[key] ?? '') !== placeholders(fr[key] ?? ''))
      problems.push(
        `${frFile}: "${key}" has placeholders {${placeholders(fr[key] ?? '')}} but English has {${placeholders(en[key] ?? '')}}: keep every {placeholder} exactly.`,
      );
  }
  for (const key of Object.keys(fr))
    if (!Object.hasOwn(en, key))
      problems.push(`${frFile}: key "${key}" is not in src/i18n/en.json: remove it.`);
  return problems;
}

/**
 * Every i18n parity problem of the project at `root`, each with its file and what to do: MDX
 * modules and pages, the UI dictionary, and the YAML overlays (src/i18n/content.ts).
 */
export function checkI18n(root: string): string[] {
  const json = (file: string): Record<string, string> =>
    JSON.parse(readFileSync(join(root, file), 'utf8')) as Record<string, string>;
  return [
    ...checkFolder(root, 'modules'),
    ...checkFolder(root, 'pages'),
    ...checkDictionaries(json('src/i18n/en.json'), json('src/i18n/fr.json')),
    ...translatedLocales.flatMap((locale) =>
      overlayProblems(locale, root).map(
        (p) => `${p.file}${p.path ? ` "${p.path}"` : ''}: ${p.message}`,
      ),
    ),
  ];
}
