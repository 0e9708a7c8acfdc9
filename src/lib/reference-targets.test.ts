/**
 * Every `module:` and `glossary:` reference the simulator can show (scenario files and the request
 * validator's findings) must lead to a real module section or glossary entry: a trainee who
 * follows "Read more" must not land on a 404.
 */
import { readFileSync, readdirSync } from 'node:fs';
import GithubSlugger from 'github-slugger';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { requestReferences } from '../engine/requests/index.ts';

function moduleAnchors(): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const name of readdirSync('content/modules').filter(
    (n) => n.endsWith('.mdx') && !n.startsWith('_'),
  )) {
    const slugger = new GithubSlugger();
    const text = readFileSync(`content/modules/${name}`, 'utf8');
    const anchors = new Set(
      [...text.matchAll(/^#{2,3} (.+)$/gm)].map((m) =>
        slugger.slug((m[1] ?? '').replace(/[*_`]/g, '')),
      ),
    );
    out.set(name.replace(/\.mdx$/, ''), anchors);
  }
  return out;
}

const glossary = new Set(
  (parse(readFileSync('content/glossary/terms.yaml', 'utf8')) as Array<{ id: string }>).map(
    (t) => t.id,
  ),
);

/** All reference ids in a YAML value, with where they were found. */
function collect(value: unknown, where: string, out: Array<[string, string]>): void {
  if (typeof value === 'string') {
    if (/^(module|glossary):/.test(value)) out.push([value, where]);
  } else if (Array.isArray(value)) value.forEach((v, i) => collect(v, `${where}[${i}]`, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) collect(v, where ? `${where}.${k}` : k, out);
  }
}

function broken(refs: Array<[string, string]>): string[] {
  const anchors = moduleAnchors();
  return refs.flatMap(([ref, where]) => {
    const module = /^module:([a-z0-9-]+)(?:#([a-z0-9-]+))?$/.exec(ref);
    if (module) {
      const sections = anchors.get(module[1] ?? '');
      if (!sections) return [`${where}: ${ref} — no module "${module[1]}"`];
      if (module[2] && !sections.has(module[2]))
        return [`${where}: ${ref} — no section "#${module[2]}"`];
      return [];
    }
    const term = /^glossary:([a-z0-9-]+)$/.exec(ref);
    return term && glossary.has(term[1] ?? '') ? [] : [`${where}: ${ref} — no glossary entry`];
  });
}

describe('reference targets', () => {
  it('every module and glossary reference in a scenario exists', () => {
    const refs: Array<[string, string]> = [];
    for (const name of readdirSync('content/scenarios').filter(
      (n) => n.endsWith('.yaml') && !n.startsWith('_'),
    )) {
      collect(parse(readFileSync(`content/scenarios/${name}`, 'utf8')), `${name}: `, refs);
    }
    expect(refs.length).toBeGreaterThan(0);
    expect(broken(refs)).toEqual([]);
  });

  it('every reference the request validator cites exists', () => {
    const refs = Object.entries(requestReferences)
      .filter(([, ref]) => /^(module|glossary):/.test(ref))
      .map(([key, ref]): [string, string] => [ref, `requestReferences.${key}`]);
    expect(refs.length).toBeGreaterThan(0);
    expect(broken(refs)).toEqual([]);
  });
});
