import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { moduleSchema } from './schemas/module.ts';
import { pageSchema } from './schemas/page.ts';

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

export const collections = { modules, pages };
