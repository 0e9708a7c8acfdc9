import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { englishOriginal, sharedHeadingIds } from './heading-ids.ts';

const at = (path: string) => ({ fileURL: pathToFileURL(`${process.cwd()}/${path}`) });

/** Runs the plugin over `count` headings and returns the ids it set. */
function run(path: string, count: number): string[] {
  const plugin = sharedHeadingIds(at(path));
  if (!plugin) return [];
  const ids: string[] = [];
  for (let i = 0; i < count; i++)
    plugin.element.visit({}, { setProperty: (_n, _k, v) => ids.push(String(v)) });
  plugin.after();
  return ids;
}

describe('translated headings keep the English ids', () => {
  const fr = 'content/fr/modules/preservation-and-the-24-7-network.mdx';

  it('leaves English files alone and finds the original of a translation', () => {
    expect(sharedHeadingIds(at('content/modules/preservation-and-the-24-7-network.mdx'))).toBe(
      null,
    );
    expect(englishOriginal(fr)).toMatch(
      /content\/modules\/preservation-and-the-24-7-network\.mdx$/,
    );
  });

  it('gives the French headings the English anchors, in order', () => {
    const total = (() => {
      try {
        run(fr, 0);
      } catch (e) {
        return Number(/has (\d+)\. A translation/.exec(String(e))?.[1]);
      }
      return 0;
    })();
    expect(total).toBeGreaterThan(3);
    const ids = run(fr, total);
    expect(ids[0]).toBe('preserve-first-then-obtain');
    expect(new Set(ids).size).toBe(total);
  });

  it('stops the build when the translation has a heading too few', () => {
    expect(() => run(fr, 2)).toThrow(/has 2 ## and ### headings but .*has \d+/);
  });
});
