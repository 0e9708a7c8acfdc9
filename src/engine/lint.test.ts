import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scenarioDir } from './__fixtures__/shipped.ts';
import { formatLint, lintScenarios, zonelessTimestamps } from './lint.ts';

const brokenDir = join(import.meta.dirname, '__fixtures__/broken');

describe('broken scenario fixtures: exact error text is pinned', () => {
  it.each(readdirSync(brokenDir).sort())('%s', (name) => {
    const text = readFileSync(join(brokenDir, name, 'scenario.yaml'), 'utf8');
    const expected = readFileSync(join(brokenDir, name, 'expected.txt'), 'utf8').trimEnd();
    const result = lintScenarios([{ file: `${name}/scenario.yaml`, text }], {
      checkFileNames: false,
    });
    expect(result.problems.length).toBeGreaterThan(0);
    expect(formatLint(result)).toBe(expected);
  });
});

describe('shipped scenarios', () => {
  it('lint clean', () => {
    const files = readdirSync(scenarioDir)
      .filter((n) => n.endsWith('.yaml') && !n.startsWith('_'))
      .map((n) => ({ file: n, text: readFileSync(join(scenarioDir, n), 'utf8') }));
    expect(files.length).toBeGreaterThan(0);
    expect(formatLint(lintScenarios(files))).toBe('');
  });

  it('reports a file name that does not match the id, and duplicate ids', () => {
    const text = readFileSync(join(scenarioDir, 'desk-night-shift.yaml'), 'utf8');
    const result = lintScenarios([
      { file: 'a/desk-night-shift.yaml', text },
      { file: 'b/other.yaml', text },
    ]);
    expect(formatLint(result)).toBe(
      [
        'b/other.yaml: id: "desk-night-shift" is also used by a/desk-night-shift.yaml. Fix: give each scenario its own id',
        'b/other.yaml: id: "desk-night-shift" does not match the file name "other". Fix: rename the file or set id: other',
      ].join('\n'),
    );
  });
});

describe('log timestamps', () => {
  it.each([
    ['2026-03-06 21:14:07 UTC', []],
    ['2026-03-06T21:14:07Z', []],
    ['2026-03-06 21:14:07 +01:00', []],
    ['2026-03-06 21:14:07 (Europe/Helsinki)', []],
    ['2026-03-06 21:14:07 EET', []],
    ['2026-03-06 21:14:07 upload', ['2026-03-06 21:14:07']],
    ['06/03/2026 9:14:07 PM done', ['06/03/2026 9:14:07 PM']],
  ])('%s', (line, expected) => expect(zonelessTimestamps(line)).toEqual(expected));
});
