import { describe, expect, it } from 'vitest';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, makeTempSite } from './temp-site.mjs';

/** Builds a small copy of the site with one extra module; returns the build's output. */
function buildWithModule(
  fileName: string,
  source: string,
): { status: number | null; output: string } {
  const root = makeTempSite({ prefix: 'cca-build-', small: true });
  try {
    writeFileSync(join(root, 'content/modules', fileName), source);
    return buildSite(root);
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
