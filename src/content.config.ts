import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { moduleSchema } from './schemas/module.ts';
import { pageSchema } from './schemas/page.ts';
import { z } from 'astro/zod';
import type { Scenario } from './schemas/scenario.ts';
import { scenarioLoader } from './integrations/scenario-loader.ts';

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

/** Scenarios are pure data; the scenario linter checks their graph before the build starts. */
const scenarios = defineCollection({
  loader: scenarioLoader(),
  // Validation happens in the loader (the engine's parser); this only gives entries their type.
  schema: z.custom<Scenario>(),
});

export const collections = { modules, pages, scenarios };
