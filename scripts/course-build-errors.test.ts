import { describe, expect, it } from 'vitest';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, makeTempSite, repo } from './temp-site.mjs';

/** Builds a small copy of the committed site with the given files added; returns the output. */
function buildWith(files: Record<string, string>): { status: number | null; output: string } {
  const root = makeTempSite({ prefix: 'cca-course-build-', small: true });
  try {
    for (const [path, source] of Object.entries(files)) writeFileSync(join(root, path), source);
    return buildSite(root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** A minimal valid module whose body is `body`. */
function moduleWith(body: string): string {
  return [
    '---',
    'title: A module with a broken component',
    'summary: This module exists only to prove that a broken author component stops the build.',
    'order: 99',
    'objectives: [Explain why broken links matter.]',
    'minutes: 10',
    'contentNote: false',
    'lastReviewed: 2026-11-28',
    '---',
    '',
    body,
    '',
  ].join('\n');
}

describe('broken author components stop the build', () => {
  it('a <Term> with an unknown id names the module and the id', () => {
    const { status, output } = buildWith({
      'content/modules/broken-term.mdx': moduleWith(
        'Ask for <Term id="preservaton">preservation</Term> first.',
      ),
    });
    expect(status).not.toBe(0);
    expect(output).toContain(
      'content/modules/broken-term.mdx: <Term id="preservaton"> names no glossary entry.',
    );
    expect(output).toContain('or add an entry with id: preservaton');
  }, 180_000);

  it('a question pool without a correct option names the pool, the question and the fix', () => {
    const pool = 'content/quizzes/why-evidence-crosses-borders.yaml';
    const source = readFileSync(join(repo, pool), 'utf8');
    // The first question loses its only `correct: true` marks.
    const firstQuestion = source.indexOf('  - id: q2');
    const broken =
      source.slice(0, firstQuestion).replaceAll('        correct: true\n', '') +
      source.slice(firstQuestion);
    const { status, output } = buildWith({ [pool]: broken });
    expect(status).not.toBe(0);
    expect(output).toContain(pool);
    expect(output).toContain(
      'question 1, choices: has no correct option: add correct: true to at least one choice',
    );
  }, 180_000);

  it('a <KnowledgeCheck> without its question pool names the module and the file to create', () => {
    const { status, output } = buildWith({
      'content/modules/no-pool.mdx': moduleWith('<KnowledgeCheck id="no-pool-check" />'),
    });
    expect(status).not.toBe(0);
    expect(output).toContain(
      'content/modules/no-pool.mdx has <KnowledgeCheck id="no-pool-check" /> but content/quizzes/no-pool.yaml does not exist',
    );
  }, 180_000);

  it('a <ModuleLink> to an unknown module names the module and the target', () => {
    const { status, output } = buildWith({
      'content/modules/broken-link.mdx': moduleWith(
        'See <ModuleLink to="no-such-module#intro">the other module</ModuleLink>.',
      ),
    });
    expect(status).not.toBe(0);
    expect(output).toContain(
      'content/modules/broken-link.mdx: <ModuleLink to="no-such-module#intro"> names no module "no-such-module".',
    );
  }, 180_000);

  it('a <Cite> with an unknown provision id names the module, the line and the fix', () => {
    const { status, output } = buildWith({
      'content/modules/broken-cite.mdx': moduleWith(
        'Preserve first (<Cite id="budapest-art-299">Art. 29</Cite>).',
      ),
    });
    expect(status).not.toBe(0);
    expect(output).toContain(
      'content/modules/broken-cite.mdx (line 11): "budapest-art-299" is not in the legal provisions registry: add an entry to content/provisions/ or use an existing id (see /law/)',
    );
  }, 180_000);

  it('a glossary entry whose related id names no entry stops the build', () => {
    const glossary = readFileSync(join(repo, 'content/glossary/terms.yaml'), 'utf8');
    const { status, output } = buildWith({
      'content/glossary/terms.yaml': `${glossary}\n- id: zz-orphan\n  term: Orphan\n  definition: An entry that points to an entry that does not exist.\n  related: [no-such-entry]\n`,
    });
    expect(status).not.toBe(0);
    expect(output).toContain(
      '"zz-orphan" has related: no-such-entry, but no entry has that id: fix the spelling or add an entry with id: no-such-entry',
    );
  }, 180_000);
});
