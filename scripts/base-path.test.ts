import { describe, expect, it } from 'vitest';
import { normaliseBase } from './base-path.mjs';

describe('normaliseBase', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['academy', '/academy/'],
    ['/academy', '/academy/'],
    ['/academy/', '/academy/'],
    ['training/cyber', '/training/cyber/'],
    ['//training//cyber//', '/training/cyber/'],
    ['  /academy/  ', '/academy/'],
  ])('turns %j into %j', (raw, expected) => {
    expect(normaliseBase(raw)).toBe(expected);
  });

  it.each(['https://intranet.example/academy/', '/a/../b/', '/with space/', '/a?b', '/a#b'])(
    'refuses %j with a message that shows the right form',
    (raw) => {
      expect(() => normaliseBase(raw)).toThrow(/Use something like BASE_PATH=\/academy\//);
    },
  );
});
