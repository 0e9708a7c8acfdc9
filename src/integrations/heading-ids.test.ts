import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { englishOriginal, headingAnchors, sharedHeadingIds } from './heading-ids.ts';

const at = (path: string) => ({ fileURL: pathToFileURL(`${process.cwd()}/${path}`) });
const fr = 'content/fr/modules/preservation-and-the-24-7-network.mdx';
const anchors = headingAnchors(
  readFileSync('content/modules/preservation-and-the-24-7-network.mdx', 'utf8'),
);

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
  it('leaves English files alone and finds the original of a translation', () => {
    expect(sharedHeadingIds(at('content/modules/preservation-and-the-24-7-network.mdx'))).toBe(
      null,
    );
    expect(englishOriginal(fr)).toMatch(
      /content\/modules\/preservation-and-the-24-7-network\.mdx$/,
    );
  });

  it('gives the French headings the English anchors, in order', () => {
    expect(anchors[0]).toBe('preserve-first-then-obtain');
    expect(run(fr, anchors.length)).toEqual(anchors);
  });

  it('stops the build when the translation has a heading too few', () => {
    expect(() => run(fr, anchors.length - 1)).toThrow(
      new RegExp(`has ${anchors.length - 1} ## and ### headings but .*has ${anchors.length}`),
    );
  });
});
