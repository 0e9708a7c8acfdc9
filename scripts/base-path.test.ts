import { describe, expect, it } from 'vitest';
import { normaliseBase, siteOrigin } from './base-path.mjs';

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

describe('siteOrigin', () => {
  it('takes an http(s) origin, with or without its slash, and nothing when unset', () => {
    expect(siteOrigin('https://intranet.example')).toBe('https://intranet.example');
    expect(siteOrigin(' https://intranet.example/ ')).toBe('https://intranet.example');
    expect(siteOrigin('http://10.0.0.5:8080')).toBe('http://10.0.0.5:8080');
    expect(siteOrigin(undefined)).toBeUndefined();
    expect(siteOrigin('')).toBeUndefined();
  });

  it.each([
    'intranet.example',
    'https://intranet.example/academy/',
    'ftp://x.example',
    'https://x.example/?a=1',
  ])('refuses %j and says the folder goes in BASE_PATH', (raw) => {
    expect(() => siteOrigin(raw)).toThrow(/no path: the folder goes in BASE_PATH/);
  });
});
