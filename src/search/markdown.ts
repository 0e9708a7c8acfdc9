import GithubSlugger from 'github-slugger';

/** A part of a module body: the intro (no heading) or one `##` section. */
export interface MarkdownSection {
  /** Heading text as rendered (Markdown removed); empty for the intro. */
  heading: string;
  /** The heading's id in the built page: github-slugger over the rendered text, like Astro. */
  slug: string;
  /** Text of `###`…`######` headings inside the section. */
  subheadings: string[];
  /** Plain text of the section, Markdown and MDX syntax stripped. */
  text: string;
}

const entities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
};

/** Removes inline Markdown (links, emphasis, code, escapes, entities), keeping the visible text. */
export function stripInline(text: string): string {
  return (
    text
      // Images and links keep their text; the target is not content.
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/!?\[([^\]]*)\]\[[^\]]*\]/g, '$1')
      .replace(/<(?:https?:|mailto:)[^>]*>/g, '')
      .replace(/`+([^`]*)`+/g, '$1')
      // Emphasis: *, **, ***, _, __ around text (not snake_case inside words).
      .replace(/(\*{1,3})(?=\S)([^*]*?\S)\1/g, '$2')
      .replace(/(?<![\p{L}\p{N}])(_{1,3})(?=\S)([^_]*?\S)\1(?![\p{L}\p{N}])/gu, '$2')
      .replace(/~~([^~]*)~~/g, '$1')
      .replace(/\\([\\`*_{}[\]()#+\-.!|<>])/g, '$1')
      .replace(/&(#?\w+);/g, (whole, name: string) => {
        if (name.startsWith('#')) {
          const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
          return Number.isNaN(code) ? whole : String.fromCodePoint(code);
        }
        return entities[name] ?? whole;
      })
  );
}

/** End of a JSX tag or expression starting at `from`, skipping quoted strings and nested braces. */
function endOfJsx(source: string, from: number, close: string): number {
  let depth = 0;
  for (let i = from; i < source.length; i++) {
    const c = source[i];
    if (c === '"' || c === "'" || c === '`') {
      const end = source.indexOf(c, i + 1);
      if (end === -1) return source.length;
      i = end;
    } else if (c === '{') depth++;
    else if (c === '}') {
      if (depth === 0 && close === '}') return i + 1;
      depth--;
    } else if (c === close && depth === 0) return i + 1;
  }
  return source.length;
}

/**
 * Removes MDX-only syntax: comments, import/export lines, `{expressions}` and JSX tags, including
 * multi-line tags with object attributes. A tag's `title` attribute is kept: it is shown on the page.
 */
export function stripMdx(source: string): string {
  const text = source
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/^(?:import|export)\s.*$/gm, '');
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '<' && /^<\/?[A-Za-z]/.test(text.slice(i, i + 3))) {
      const end = endOfJsx(text, i + 1, '>');
      const tag = text.slice(i, end);
      const title = /\btitle=(?:"([^"]*)"|'([^']*)')/.exec(tag);
      // A tag inside a line (e.g. `**<Term>word</Term>**`) vanishes; a block tag separates lines.
      const inline = i > 0 && text[i - 1] !== '\n' && text[end] !== '\n';
      out += title ? `\n${title[1] ?? title[2] ?? ''}\n` : inline ? '' : '\n';
      i = end;
    } else if (c === '{') {
      i = endOfJsx(text, i + 1, '}');
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** Turns one block of Markdown (no headings) into plain text. */
export function markdownToText(markdown: string): string {
  const lines = stripMdx(markdown)
    .split('\n')
    .filter((line) => !/^\s*(?:`{3,}|~{3,})/.test(line)) // code fences (their content stays)
    .filter((line) => !/^\s*\[[^\]]+\]:\s/.test(line)) // link reference definitions
    .filter((line) => !/^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(line)) // table rules
    .filter((line) => !/^\s*(?:[-*_]\s*){3,}$/.test(line)) // thematic breaks
    .map((line) =>
      line
        .replace(/^\s*#{1,6}\s+/, '')
        .replace(/^\s*>\s?/, '')
        .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '')
        .replace(/\s*\|\s*/g, ' '),
    );
  return stripInline(lines.join('\n')).replace(/\s+/g, ' ').trim();
}

/**
 * Splits an MDX body at its `##` headings. Heading ids are computed the way Astro computes them
 * (one github-slugger per page, fed every heading in order, so repeated headings get "-1", "-2").
 */
export function splitSections(body: string): MarkdownSection[] {
  const slugger = new GithubSlugger();
  const sections: MarkdownSection[] = [];
  let current: MarkdownSection & { lines: string[] } = {
    heading: '',
    slug: '',
    subheadings: [],
    text: '',
    lines: [],
  };
  const finish = (): void => {
    const { lines, ...rest } = current;
    sections.push({ ...rest, text: markdownToText(lines.join('\n')) });
  };
  let fence: string | undefined;
  // Comments may hold lines that look like headings; drop them before reading the structure.
  const source = body.replace(/\{\/\*[\s\S]*?\*\/\}/g, '').replace(/<!--[\s\S]*?-->/g, '');
  for (const line of source.split('\n')) {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker) {
      if (fence === undefined) fence = marker;
      else if (marker.startsWith(fence)) fence = undefined;
    }
    const heading = fence === undefined ? /^(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/.exec(line) : null;
    if (heading) {
      const level = heading[1]?.length ?? 0;
      const text = stripInline(stripMdx(heading[2] ?? ''))
        .replace(/\s+/g, ' ')
        .trim();
      const slug = slugger.slug(text);
      if (level === 2) {
        finish();
        current = { heading: text, slug, subheadings: [], text: '', lines: [] };
        continue;
      }
      current.subheadings.push(text);
    }
    current.lines.push(line);
  }
  finish();
  return sections;
}

/** Removes a YAML frontmatter block from the start of a file. */
export function withoutFrontmatter(source: string): string {
  return source.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n?/, '');
}
