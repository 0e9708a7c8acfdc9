import { describe, expect, it } from 'vitest';
import { decodeNumbers, encodeNumbers, frontCode, frontDecode } from './compact.ts';
import { shardTexts } from './build-index.ts';

describe('compact index encodings', () => {
  it('numbers survive the round trip, small and large', () => {
    const numbers = [0, 1, 31, 32, 33, 1023, 1024, 65_535, 2 ** 30, 7, 0];
    expect(decodeNumbers(encodeNumbers(numbers))).toEqual(numbers);
    // Numbers under 32 take one character each.
    expect(encodeNumbers([0, 5, 31]).length).toBe(3);
  });

  it('front-coded terms decode to the same sorted list, digits and long prefixes included', () => {
    const terms = [
      '24/7',
      '2702',
      'art29',
      'art3',
      'preserv',
      'preservationist',
      'preservationistic',
    ];
    expect(frontDecode(frontCode(terms))).toEqual(terms);
    expect(frontDecode(frontCode([]))).toEqual([]);
  });

  it('texts are cut into shards of consecutive documents, each pointing to its own', () => {
    const texts = ['a'.repeat(1500), 'b'.repeat(700), 'c', '', 'd'.repeat(2500), 'e'];
    const { shardOf, shards } = shardTexts(texts, 2000);
    expect(shards).toEqual([[texts[0], texts[1]], [texts[2], texts[3], texts[4]], [texts[5]]]);
    texts.forEach((text, i) => {
      const shard = shards[shardOf[i] ?? -1] ?? [];
      expect(shard).toContain(text);
    });
  });
});
