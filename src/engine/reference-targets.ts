/**
 * Build-time check that every reference the site shows leads somewhere real: `module:slug#anchor`
 * and `glossary:term` in scenarios and validator findings must name a module section or glossary
 * entry, and every legal id (scenario references, `<Cite id>` in modules, `provisions` in the
 * glossary) must be in the registry. Reads files from disk given the project root; no Astro, no DOM.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import GithubSlugger from 'github-slugger';
import { parse } from 'yaml';
import { refs as requestReferences } from './requests/fields.ts';
import { scenarioFileNames } from './scenario-files.ts';

/** One problem: where it is, what is wrong, how to fix it. */
export interface TargetProblem {
  file: string;
  path: string;
  message: string;
}

const mdxFiles = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((n) => n.endsWith('.mdx') && !n.startsWith('_'))
        .sort()
    : [];

/** The ids of a Markdown text's `##` and `###` headings, in order, as the renderer makes them. */
export function headingAnchors(markdown: string): string[] {
  const slugger = new GithubSlugger();
  return [...markdown.matchAll(/^#{2,3} (.+)$/gm)].map((m) =>
    slugger.slug((m[1] ?? '').replace(/[*_`]/g, '')),
  );
}

/** Section anchors of every module, computed the way the Markdown renderer makes heading ids. */
export function moduleAnchors(root: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const name of mdxFiles(join(root, 'content/modules'))) {
    const text = readFileSync(join(root, 'content/modules', name), 'utf8');
    out.set(name.replace(/\.mdx$/, ''), new Set(headingAnchors(text)));
  }
  return out;
}

/** Ids of the glossary entries, with each entry's `provisions` list (registry ids it cites). */
export function glossaryEntries(root: string): Map<string, string[]> {
  const path = join(root, 'content/glossary/terms.yaml');
  const raw = existsSync(path) ? (parse(readFileSync(path, 'utf8')) as unknown) : [];
  const out = new Map<string, string[]>();
  if (!Array.isArray(raw)) return out;
  for (const entry of raw as Array<{ id?: unknown; provisions?: unknown }>) {
    if (typeof entry.id !== 'string') continue;
    const provisions = Array.isArray(entry.provisions)
      ? entry.provisions.filter((p): p is string => typeof p === 'string')
      : [];
    out.set(entry.id, provisions);
  }
  return out;
}

/** Every string in a parsed YAML value that looks like a reference, with its path. */
function collect(value: unknown, path: string, out: Array<[string, string]>): void {
  if (typeof value === 'string') {
    if (/^(module|glossary):/.test(value)) out.push([value, path]);
  } else if (Array.isArray(value)) value.forEach((v, i) => collect(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) collect(v, path ? `${path}.${k}` : k, out);
}

/** Why a `module:` or `glossary:` reference leads nowhere, or null when it resolves. */
export function targetProblem(
  ref: string,
  anchors: ReadonlyMap<string, ReadonlySet<string>>,
  glossary: ReadonlyMap<string, unknown>,
): string | null {
  const module = /^module:([a-z0-9-]+)(?:#([a-z0-9-]+))?$/.exec(ref);
  if (module) {
    const sections = anchors.get(module[1] ?? '');
    if (!sections) return `${ref}: there is no module "${module[1]}" in content/modules`;
    if (module[2] && !sections.has(module[2]))
      return `${ref}: module "${module[1]}" has no section "#${module[2]}"; use one of its heading anchors`;
    return null;
  }
  const term = /^glossary:([a-z0-9-]+)$/.exec(ref);
  if (term) return glossary.has(term[1] ?? '') ? null : `${ref}: no glossary entry with that id`;
  return `${ref}: not a module:slug#anchor or glossary:term reference`;
}

/** Every reference problem in scenarios, validator findings, module citations and the glossary. */
export function checkReferenceTargets(
  root: string,
  registryIds: ReadonlySet<string>,
): TargetProblem[] {
  const anchors = moduleAnchors(root);
  const glossary = glossaryEntries(root);
  const problems: TargetProblem[] = [];
  // A trimmed test copy of the site (scripts/temp-site.mjs, small) drops modules on purpose.
  const trimmed = existsSync(join(root, '.cca-small-site'));
  const missingModule = (message: string) => trimmed && message.includes('there is no module');
  const unknownId = (id: string) =>
    `"${id}" is not in the legal provisions registry: add an entry to content/provisions/ or use an existing id (see /law/)`;

  for (const name of scenarioFileNames(join(root, 'content/scenarios'))) {
    const file = `content/scenarios/${name}`;
    const refs: Array<[string, string]> = [];
    collect(parse(readFileSync(join(root, file), 'utf8')) as unknown, '', refs);
    for (const [ref, path] of refs) {
      const message = targetProblem(ref, anchors, glossary);
      if (message && !missingModule(message)) problems.push({ file, path, message });
    }
  }
  for (const [key, ref] of Object.entries(requestReferences)) {
    if (/^(module|glossary):/.test(ref)) {
      const message = targetProblem(ref, anchors, glossary);
      if (message && !missingModule(message))
        problems.push({ file: 'src/engine/requests/fields.ts', path: `refs.${key}`, message });
    } else if (!registryIds.has(ref))
      problems.push({
        file: 'src/engine/requests/fields.ts',
        path: `refs.${key}`,
        message: unknownId(ref),
      });
  }
  for (const name of mdxFiles(join(root, 'content/modules'))) {
    const file = `content/modules/${name}`;
    const text = readFileSync(join(root, file), 'utf8');
    const lineOf = (index: number) => `line ${text.slice(0, index).split('\n').length}`;
    // Tags may span lines (Prettier wraps long <Sources ids={[…]} /> lists).
    for (const m of text.matchAll(/<Cite\b[^>]*?\bid="([^"]*)"/g))
      if (!registryIds.has(m[1] ?? ''))
        problems.push({ file, path: lineOf(m.index), message: unknownId(m[1] ?? '') });
    for (const m of text.matchAll(/<Sources\b[^>]*?\bids=\{\s*\[([^\]]*)\]\s*\}/g))
      for (const q of (m[1] ?? '').matchAll(/['"]([^'"]*)['"]/g))
        if (!registryIds.has(q[1] ?? ''))
          problems.push({
            file,
            path: lineOf(m.index + (m[0].indexOf('[') + 1) + q.index),
            message: unknownId(q[1] ?? ''),
          });
  }
  for (const [id, provisions] of glossary)
    provisions.forEach((p, i) => {
      if (!registryIds.has(p))
        problems.push({
          file: 'content/glossary/terms.yaml',
          path: `${id}.provisions[${i}]`,
          message: unknownId(p),
        });
    });
  return problems;
}

/** One line per problem, for build errors. */
export function formatTargetProblems(problems: readonly TargetProblem[]): string {
  return problems.map((p) => `  ${p.file} (${p.path}): ${p.message}`).join('\n');
}
