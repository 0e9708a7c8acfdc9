import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const repo = resolve(import.meta.dirname, '..');

/** Copies the site into a temporary folder, adds one broken module, builds, and returns the output. */
function buildWithModule(
  fileName: string,
  source: string,
): { status: number | null; output: string } {
  const root = mkdtempSync(join(tmpdir(), 'cca-build-'));
  try {
    for (const part of [
      'astro.config.mjs',
      'tsconfig.json',
      'package.json',
      'src',
      'content',
      'public',
      'scripts',
    ]) {
      cpSync(join(repo, part), join(root, part), { recursive: true });
    }
    symlinkSync(join(repo, 'node_modules'), join(root, 'node_modules'));
    // A small site builds in seconds: keep one real module and one scenario besides the test's file.
    for (const name of readdirSync(join(root, 'content/modules'))) {
      if (name !== 'why-evidence-crosses-borders.mdx') rmSync(join(root, 'content/modules', name));
    }
    for (const name of readdirSync(join(root, 'content/scenarios'))) {
      if (name !== 'desk-night-shift.yaml') rmSync(join(root, 'content/scenarios', name));
    }
    writeFileSync(join(root, 'content/modules', fileName), source);
    const result = spawnSync(join(repo, 'node_modules/.bin/astro'), ['build', '--root', root], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

describe('a module with bad frontmatter', () => {
  it('fails the build naming the file, the field and how to fix it', () => {
    const { status, output } = buildWithModule(
      'broken-module.mdx',
      [
        '---',
        'title: A broken module',
        'summary: This module has a review date that is not a date at all.',
        'order: 99',
        'objectives: [Explain why dates matter.]',
        'minutes: 10',
        'contentNote: false',
        'lastReviewed: last Tuesday',
        '---',
        '',
        'Body.',
      ].join('\n'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('broken-module');
    expect(output).toContain('lastReviewed');
    expect(output).toContain(
      'must be a date written as YYYY-MM-DD, for example: lastReviewed: 2026-11-28',
    );
  }, 120_000);

  it('is left out of the build when its name starts with "_" (a draft)', () => {
    const { status, output } = buildWithModule('_draft.mdx', '---\ntitle: 1\n---\n');
    expect(output).not.toContain('_draft');
    expect(status).toBe(0);
  }, 120_000);
});
