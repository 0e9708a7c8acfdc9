import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tinyScenarioData } from './__fixtures__/tiny.ts';
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
    expect(formatLint({ problems: result.problems })).toBe(expected);
  });
});

describe('scenario files', () => {
  it('reports a file name that does not match the id, and duplicate ids', () => {
    const text = JSON.stringify(tinyScenarioData());
    const result = lintScenarios([
      { file: 'a/tiny.yaml', text },
      { file: 'b/other.yml', text },
    ]);
    expect(formatLint({ problems: result.problems })).toBe(
      [
        'b/other.yml: id: "tiny" is also used by a/tiny.yaml. Fix: give each scenario its own id',
        'b/other.yml: id: "tiny" does not match the file name "other". Fix: rename the file or set id: other',
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

/** Lints a variant of the tiny scenario (JSON is YAML). */
function lintTiny(change: (nodes: Record<string, Record<string, unknown>>) => void) {
  const data = tinyScenarioData();
  change(data['nodes'] as Record<string, Record<string, unknown>>);
  return lintScenarios([{ file: 'tiny.yaml', text: JSON.stringify(data) }], {
    checkFileNames: false,
  });
}

const never = { evidence: { logs: 'obtained' } };
const stuck = (title: string) => ({
  title,
  narrative: 'Stuck.',
  choices: [
    {
      id: 'on',
      label: 'Go on',
      when: never,
      feedback: 'x',
      refs: ['glossary:preservation'],
      next: 'kept',
    },
  ],
});

describe('graph checks report every case, not the first', () => {
  it('reports every dead-end node', () => {
    const result = lintTiny((nodes) => {
      const start = nodes['start'] as { choices: Array<{ next: string }> };
      start.choices[0]!.next = 'stuck-a';
      start.choices[1]!.next = 'stuck-b';
      nodes['stuck-a'] = stuck('A');
      nodes['stuck-b'] = stuck('B');
    });
    const deadEnds = result.problems.filter((p) => p.message.startsWith('dead end'));
    expect(deadEnds.map((p) => p.path).sort()).toEqual(['nodes.stuck-a', 'nodes.stuck-b']);
  });

  it('two options shown together with one label are an error; exclusive twins are not', () => {
    const result = lintTiny((nodes) => {
      const start = nodes['start'] as { choices: Array<{ label: string }> };
      start.choices[1]!.label = start.choices[0]!.label;
    });
    expect(result.problems.map((p) => p.path)).toEqual(['nodes.start.choices[1].label']);
    // The fixture's `check` node has two "Close" choices that are never enabled together.
    expect(lintTiny(() => undefined).problems).toEqual([]);
  });

  it('warns where most options are locked', () => {
    const result = lintTiny(() => undefined);
    expect(result.warnings.map((w) => w.path)).toEqual([]);
    const locked = lintTiny((nodes) => {
      const check = nodes['check'] as { choices: Array<Record<string, unknown>> };
      check.choices.push({ ...check.choices[0], id: 'also', label: 'Also close', when: never });
    });
    expect(locked.warnings.map((w) => w.path)).toEqual(['nodes.check.choices']);
  });
});
