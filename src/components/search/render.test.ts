import { describe, expect, it } from 'vitest';
import { countText, withQuery, type SearchStrings } from './render.ts';

describe('search messages with what the learner typed', () => {
  it.each(['$&', '$`', "$'", '$$', 'a $& b', '$1', '{query}'])(
    'shows "%s" exactly as typed',
    (query) => {
      expect(withQuery('Nothing found for "{query}".', query)).toBe(
        `Nothing found for "${query}".`,
      );
      expect(withQuery('See all results for "{query}"', query)).toBe(
        `See all results for "${query}"`,
      );
    },
  );

  it('counts results in words', () => {
    const strings = { count: '{count} results', countOne: '1 result' } as SearchStrings;
    expect(countText(strings, 1)).toBe('1 result');
    expect(countText(strings, 53)).toBe('53 results');
  });
});
