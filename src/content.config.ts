import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { moduleSchema } from './schemas/module.ts';
import { pageSchema } from './schemas/page.ts';
import { glossaryEntrySchema } from './schemas/glossary.ts';
import { templateGuidanceSchema } from './schemas/template.ts';
import { z } from 'astro/zod';
import type { Scenario } from './schemas/scenario.ts';
import { scenarioLoader } from './integrations/scenario-loader.ts';
import { provisionsLoader } from './integrations/provisions.ts';
import { provisionSchema } from './schemas/provision.ts';

/** Files whose name starts with "_" are drafts: they are not published. */
const drafts = '**/[^_]*.mdx';

const modules = defineCollection({
  loader: glob({ pattern: drafts, base: './content/modules' }),
  schema: moduleSchema,
});

const pages = defineCollection({
  loader: glob({ pattern: drafts, base: './content/pages' }),
  schema: pageSchema,
});

/**
 * French translations (content/fr/, see README "French"): the same file names, frontmatter and
 * headings as the English files; `npm run i18n:check` checks they match.
 */
const modulesFr = defineCollection({
  loader: glob({ pattern: drafts, base: './content/fr/modules' }),
  schema: moduleSchema,
});

const pagesFr = defineCollection({
  loader: glob({ pattern: drafts, base: './content/fr/pages' }),
  schema: pageSchema,
});

/** Scenarios are pure data; the scenario linter checks their graph before the build starts. */
const scenarios = defineCollection({
  loader: scenarioLoader(),
  // Validation happens in the loader (the engine's parser); this only gives entries their type.
  schema: z.custom<Scenario>(),
});

/** Glossary: one YAML list; `related` ids are checked when the glossary page is built (src/lib/glossary.ts). */
const glossary = defineCollection({
  loader: file('./content/glossary/terms.yaml'),
  schema: glossaryEntrySchema,
});

/** Guidance per request template; the form fields come from the request validator. */
const templates = defineCollection({
  loader: glob({ pattern: '**/[^_]*.yaml', base: './content/templates' }),
  schema: templateGuidanceSchema,
});

/**
 * Legal provisions registry: one YAML list per instrument. The loader checks the whole registry
 * (duplicate ids, wrong file) and stops the build with every problem at once.
 */
const provisions = defineCollection({
  loader: provisionsLoader(),
  schema: provisionSchema,
});

export const collections = {
  modules,
  pages,
  modulesFr,
  pagesFr,
  scenarios,
  glossary,
  templates,
  provisions,
};
