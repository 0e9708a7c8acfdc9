import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { headingAnchors } from '../engine/reference-targets.ts';

/** The few hast shapes this plugin reads. */
interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

/** h2 and h3 elements in document order (inside components too). */
function headings(node: HastNode, out: HastNode[] = []): HastNode[] {
  if (node.type === 'element' && (node.tagName === 'h2' || node.tagName === 'h3')) out.push(node);
  for (const child of node.children ?? []) headings(child, out);
  return out;
}

const translated = /content\/([a-z]{2})\/(modules|pages)\/([^/]+)\.mdx$/;

/**
 * Rehype plugin: a translated module or page gets the heading ids of its English original, by
 * position. Links (`<ModuleLink to="slug#anchor">`), scenario references (`module:slug#anchor`)
 * and reading progress then work the same in every language. A translation whose `##`/`###`
 * headings do not line up with the English stops the build, naming both counts.
 */
export function rehypeSharedHeadingIds() {
  return (tree: HastNode, file: { path?: string; history?: string[]; cwd?: string }): void => {
    const path = (file.path ?? file.history?.[0] ?? '').replace(/\\/g, '/');
    const match = translated.exec(path);
    if (!match) return;
    const [, , kind, name] = match;
    const english = join(file.cwd ?? process.cwd(), 'content', kind ?? '', `${name ?? ''}.mdx`);
    if (!existsSync(english)) return;
    const anchors = headingAnchors(readFileSync(english, 'utf8'));
    const found = headings(tree);
    if (found.length !== anchors.length) {
      throw new Error(
        `${path}: has ${found.length} ## and ### headings but content/${kind ?? ''}/${name ?? ''}.mdx has ${anchors.length}. A translation keeps the same headings in the same order (their ids come from the English).`,
      );
    }
    found.forEach((heading, i) => {
      heading.properties = { ...heading.properties, id: anchors[i] };
    });
  };
}
