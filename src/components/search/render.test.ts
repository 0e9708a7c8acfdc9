import { describe, expect, it } from 'vitest';
import { boxStringsOf, countText, withQuery, type SearchStrings } from './render.ts';
import { boxStrings } from './strings.ts';

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

describe("the header box's words, read from the search index", () => {
  it('takes the words the build writes, in each language', () => {
    expect(boxStringsOf(JSON.parse(JSON.stringify(boxStrings('fr'))))?.types.glossary).toBe(
      'Terme du glossaire',
    );
    expect(boxStringsOf(boxStrings('en'))?.seeAll).toContain('{query}');
  });

  it('refuses a missing, damaged or inherited set, so the box says search failed instead', () => {
    const good = boxStrings('en');
    expect(boxStringsOf(undefined)).toBeNull();
    expect(boxStringsOf({ ...good, count: 3 })).toBeNull();
    expect(boxStringsOf({ ...good, types: { ...good.types, scenario: null } })).toBeNull();
    expect(boxStringsOf(Object.create(good))).toBeNull();
  });
});
