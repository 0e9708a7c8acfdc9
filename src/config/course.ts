/**
 * The course as the progress and certificate pages see it: modules with their knowledge checks,
 * scenarios, and the owner's certificate criteria from content/course.yaml. Build time only.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { getModules } from '../lib/modules.ts';
import { getScenarios } from '../lib/scenarios.ts';
import { poolFile, poolSlugs } from './quizzes.ts';
import type { CourseInfo } from '../lib/progress/summary.ts';
import type { Locale } from '../i18n/index.ts';

const file = 'content/course.yaml';

/** content/course.yaml: certificate criteria. */
export const courseConfigSchema = z.strictObject({
  /** Course edition printed on certificates and hashed into their verification code. */
  contentVersion: z
    .string()
    .regex(/^[\w.-]{1,40}$/, 'must be short, e.g. "2026.11" (letters, digits, dots, hyphens)'),
  pass: z.strictObject({
    /** Knowledge-check score needed per required module on the first check of a session, percent. */
    quizPercent: z.number().min(0).max(100),
    /** Hours a session lasts from its first check; later checks within it are retries. */
    quizSessionHours: z
      .number()
      .int()
      .min(1, 'must be at least 1 hour')
      .max(720, 'must be at most 720 hours (30 days)')
      .default(24),
    /** Score needed per required scenario in a finished assessment-mode run, percent. */
    scenarioPercent: z.number().min(0).max(100),
  }),
  required: z.strictObject({
    /** "all" or a list of module slugs. */
    modules: z.union([z.literal('all'), z.array(z.string())]),
    /** "all" or a list of scenario ids. */
    scenarios: z.union([z.literal('all'), z.array(z.string())]),
  }),
});

/** Quiz ids used in a module's MDX, in order (`<KnowledgeCheck id="…"`). */
export function quizIds(body: string): string[] {
  return [...body.matchAll(/<KnowledgeCheck\b[^>]*?\bid=["']([a-z0-9-]+)["']/g)].map(
    (m) => m[1] ?? '',
  );
}

/** Reads and checks content/course.yaml on its own (no content collections); stops the build with every problem. */
export function readCourseConfig(): z.output<typeof courseConfigSchema> {
  let raw: unknown;
  try {
    raw = parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(
      `${file}: cannot be read as YAML (${String(e)}). Fix the syntax and build again.`,
      {
        cause: e,
      },
    );
  }
  const result = courseConfigSchema.safeParse(raw);
  if (!result.success) {
    const list = result.error.issues.map((i) => `  ${i.path.join('.') || '(file)'}: ${i.message}`);
    throw new Error(
      `${file} has problems:\n${list.join('\n')}\nSee "Certificates of completion" in content/pages/about.mdx.`,
    );
  }
  return result.data;
}

/**
 * Reads and checks content/course.yaml against the real modules and scenarios, with titles in a
 * language (ids are the same in every language); stops the build with every problem.
 */
export async function getCourse(locale: Locale = 'en'): Promise<CourseInfo> {
  // course.yaml holds no text (pass marks and ids only): nothing to translate.
  const config = readCourseConfig();
  const modules = await getModules(locale);
  const scenarios = await getScenarios(locale);
  const problems: string[] = [];
  const pick = (wanted: 'all' | string[], known: string[], what: string): Set<string> => {
    if (wanted === 'all') return new Set(known);
    for (const id of wanted)
      if (!known.includes(id))
        problems.push(`  required.${what}: "${id}" does not exist (known: ${known.join(', ')})`);
    return new Set(wanted);
  };
  const reqModules = pick(
    config.required.modules,
    modules.map((m) => m.id),
    'modules',
  );
  const reqScenarios = pick(
    config.required.scenarios,
    scenarios.map((s) => s.data.id),
    'scenarios',
  );
  // A pool without its module would be silently ignored: say so. (Missing pools stop the module page.)
  const slugs = modules.map((m) => m.id);
  for (const slug of poolSlugs())
    if (!slugs.includes(slug))
      problems.push(
        `  ${poolFile(slug)}: no module content/modules/${slug}.mdx uses it (rename it to a module's slug, or start its name with "_")`,
      );
  if (problems.length > 0) throw new Error(`${file} has problems:\n${problems.join('\n')}`);
  return {
    contentVersion: config.contentVersion,
    quizPercent: config.pass.quizPercent,
    quizSessionHours: config.pass.quizSessionHours,
    scenarioPercent: config.pass.scenarioPercent,
    modules: modules.map((m) => ({
      id: m.id,
      title: m.data.title,
      order: m.data.order,
      quizzes: quizIds(m.body ?? ''),
      required: reqModules.has(m.id),
    })),
    scenarios: scenarios.map((s) => ({
      id: s.data.id,
      title: s.data.title,
      required: reqScenarios.has(s.data.id),
      endings: Object.fromEntries(Object.entries(s.data.endings).map(([id, e]) => [id, e.title])),
    })),
  };
}
