import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headingAnchors } from '../engine/reference-targets.ts';

export { headingAnchors };

/** What Sätteri tells a plugin factory about the document (the part used here). */
interface FactoryContext {
  readonly fileURL: URL | undefined;
}
/** The part of Sätteri's visitor context used here. */
interface VisitContext {
  setProperty(node: unknown, key: string, value: unknown): void;
}

const translated = /content\/([a-z]{2})\/(modules|pages)\/([^/]+)\.mdx$/;

/** The English original of a translated module or page, or undefined for any other file. */
export function englishOriginal(path: string, root = process.cwd()): string | undefined {
  const match = translated.exec(path.replace(/\\/g, '/'));
  if (!match) return undefined;
  const [, , kind = '', name = ''] = match;
  const file = join(root, 'content', kind, `${name}.mdx`);
  return existsSync(file) ? file : undefined;
}

/**
 * Sätteri hast plugin (markdown.processor in astro.config.mjs): a translated module or page gets
 * the heading ids of its English original, by position. Links (`<ModuleLink to="slug#anchor">`),
 * scenario references (`module:slug#anchor`) and reading progress then work the same in every
 * language. A translation whose `##`/`###` headings do not line up with the English stops the
 * build, naming both files. It runs before Astro's own heading-ids plugin, which keeps ids it finds.
 */
export function sharedHeadingIds(ctx: FactoryContext) {
  const path = ctx.fileURL ? fileURLToPath(ctx.fileURL) : '';
  const english = englishOriginal(path);
  if (!english) return null;
  const anchors = headingAnchors(readFileSync(english, 'utf8'));
  let seen = 0;
  return {
    name: 'cca:shared-heading-ids',
    element: {
      filter: ['h2', 'h3'],
      visit(node: unknown, visit: VisitContext) {
        const id = anchors[seen];
        seen += 1;
        if (id) visit.setProperty(node, 'id', id);
      },
    },
    after() {
      if (seen !== anchors.length)
        throw new Error(
          `${path}: has ${seen} ## and ### headings but ${english} has ${anchors.length}. A translation keeps the same headings in the same order (their ids come from the English).`,
        );
    },
  };
}
