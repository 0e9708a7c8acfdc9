import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const repo = resolve(import.meta.dirname, '..');

/** Copies the committed site into a temporary folder, adds the given files, builds, and returns the output. */
function buildWith(files: Record<string, string>): { status: number | null; output: string } {
  const root = mkdtempSync(join(tmpdir(), 'cca-course-build-'));
  try {
    // The committed tree, not the working tree: other work in progress must not break these builds.
    const parts = [
      'astro.config.mjs',
      'tsconfig.json',
      'package.json',
      'src',
      'content',
      'public',
      'scripts',
    ];
    const archive = spawnSync('git', ['archive', '--format=tar', 'HEAD', ...parts], {
      cwd: repo,
      maxBuffer: 512 * 1024 * 1024,
    });
    spawnSync('tar', ['-x', '-C', root], { input: archive.stdout });
    symlinkSync(join(repo, 'node_modules'), join(root, 'node_modules'));
    // A small site builds in seconds: keep one real module and one scenario besides the test's files.
    for (const name of readdirSync(join(root, 'content/modules'))) {
      if (name !== 'why-evidence-crosses-borders.mdx') rmSync(join(root, 'content/modules', name));
    }
    for (const name of readdirSync(join(root, 'content/scenarios'))) {
      if (name !== 'desk-night-shift.yaml') rmSync(join(root, 'content/scenarios', name));
    }
    for (const [path, source] of Object.entries(files)) writeFileSync(join(root, path), source);
    const result = spawnSync(join(repo, 'node_modules/.bin/astro'), ['build', '--root', root], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
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

  it('a <KnowledgeCheck> without a correct option names the module, quiz and question', () => {
    const { status, output } = buildWith({
      'content/modules/broken-quiz.mdx': moduleWith(
        [
          '<KnowledgeCheck',
          '  id="broken-check"',
          '  questions={[',
          '    { question: "What does preservation do?", choices: [',
          '      { text: "It freezes data", feedback: "x" },',
          '      { text: "It discloses data", feedback: "y" },',
          '    ] },',
          '  ]}',
          '/>',
        ].join('\n'),
      ),
    });
    expect(status).not.toBe(0);
    expect(output).toContain(
      'content/modules/broken-quiz.mdx: knowledge check "broken-check" has 1 problem(s):',
    );
    expect(output).toContain(
      'question 1, choices: has no correct option: add correct: true to at least one choice',
    );
  }, 180_000);

  it('two knowledge checks with the same id in one module stop the build', () => {
    const quiz = [
      '<KnowledgeCheck',
      '  id="twice"',
      '  questions={[{ question: "Is this a question?", choices: [{ text: "Yes", correct: true }, { text: "No", feedback: "It is." }] }]}',
      '/>',
    ].join('\n');
    const { status, output } = buildWith({
      'content/modules/twice.mdx': moduleWith(`${quiz}\n\n${quiz}`),
    });
    expect(status).not.toBe(0);
    expect(output).toContain(
      'content/modules/twice.mdx: two knowledge checks have id="twice". Give each <KnowledgeCheck> in a module its own id.',
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

  it('a glossary entry whose related id names no entry stops the build', () => {
    const glossary = spawnSync('git', ['show', 'HEAD:content/glossary/terms.yaml'], {
      cwd: repo,
      encoding: 'utf8',
    }).stdout;
    const { status, output } = buildWith({
      'content/glossary/terms.yaml': `${glossary}\n- id: zz-orphan\n  term: Orphan\n  definition: An entry that points to an entry that does not exist.\n  related: [no-such-entry]\n`,
    });
    expect(status).not.toBe(0);
    expect(output).toContain(
      '"zz-orphan" has related: no-such-entry, but no entry has that id: fix the spelling or add an entry with id: no-such-entry',
    );
  }, 180_000);
});
