import { describe, expect, it } from 'vitest';
import { rehypeSharedHeadingIds } from './heading-ids.ts';

const h = (tagName: string, text: string) => ({
  type: 'element',
  tagName,
  properties: { id: 'translated' },
  children: [{ type: 'text', value: text }],
});
const file = (path: string) => ({ path, cwd: process.cwd() });

describe('translated headings keep the English ids', () => {
  it('gives a French module the ids of its English original, by position', () => {
    const tree = {
      type: 'root',
      children: [
        h('h2', 'Conserver d’abord, obtenir ensuite'),
        { type: 'element', tagName: 'aside', children: [h('h3', 'Encadré')] },
      ],
    };
    // Only the count is checked against the real module here, so build a tree of the right size.
    const english = { type: 'root', children: [] as ReturnType<typeof h>[] };
    const run = rehypeSharedHeadingIds();
    expect(() =>
      run(tree, file('content/fr/modules/preservation-and-the-24-7-network.mdx')),
    ).toThrow(
      /has 2 ## and ### headings but content\/modules\/preservation-and-the-24-7-network.mdx has \d+/,
    );
    run(english, file('content/modules/preservation-and-the-24-7-network.mdx'));
    expect(english.children).toEqual([]);
  });

  it('sets the English anchors on a matching translation', () => {
    const run = rehypeSharedHeadingIds();
    const probe = { type: 'root', children: [] as ReturnType<typeof h>[] };
    let count = 0;
    try {
      run(probe, file('content/fr/modules/preservation-and-the-24-7-network.mdx'));
    } catch (e) {
      count = Number(/but .* has (\d+)/.exec(String(e))?.[1]);
    }
    const tree = {
      type: 'root',
      children: Array.from({ length: count }, (_, i) => h('h2', `T${i}`)),
    };
    run(tree, file('content/fr/modules/preservation-and-the-24-7-network.mdx'));
    expect(tree.children[0]?.properties.id).toBe('preserve-first-then-obtain');
    expect(new Set(tree.children.map((c) => c.properties.id)).size).toBe(count);
  });
});
