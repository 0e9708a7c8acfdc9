import { z } from 'zod';

/** Frontmatter of a stand-alone information page (content/pages/*.mdx), such as the hosting guide. */
export const pageSchema = z
  .object({
    /** Title shown as the page heading and in the browser tab. */
    title: z
      .string({ error: 'must be text, for example: title: Hosting the academy' })
      .trim()
      .min(3),
    /** One sentence for search engines and link previews. */
    description: z
      .string({ error: 'must be text: one sentence describing the page' })
      .trim()
      .min(20, 'is too short: write one full sentence'),
  })
  .strict();

export type PageFrontmatter = z.output<typeof pageSchema>;
