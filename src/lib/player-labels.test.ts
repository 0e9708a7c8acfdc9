import { describe, expect, it } from 'vitest';
import { pickLabels } from '../i18n/index.ts';
import {
  isLaterKey,
  playerLaterLabels,
  playerPageLabels,
  readLaterLabels,
} from './player-labels.ts';

describe('player labels in two parts', () => {
  it('together hold every word the player used to receive, each in one part only', () => {
    const page = playerPageLabels();
    const later = playerLaterLabels();
    const before = pickLabels(['player.', 'dimension.', 'finding.', 'request.', 'timeline.']);
    expect({ ...page, ...later }).toEqual(before);
    expect(Object.keys(page).filter((k) => Object.hasOwn(later, k))).toEqual([]);
    // The debrief's, the timeline's, the findings' and the request form's words are not on the page.
    expect(Object.keys(page).some(isLaterKey)).toBe(false);
    expect(Object.hasOwn(later, 'player.debrief.title')).toBe(true);
  });

  it('reads only string words under the later prefixes from a fetched file', () => {
    const file = JSON.parse(
      '{"finding.port-missing":"Port?","player.start":"Hijacked","__proto__":{"x":1},"timeline.now":7}',
    ) as unknown;
    const read = readLaterLabels(file);
    expect(read).toEqual({ 'finding.port-missing': 'Port?' });
    expect(Object.getPrototypeOf(read)).toBe(Object.prototype);
    expect(readLaterLabels(null)).toEqual({});
    expect(readLaterLabels(['finding.x'])).toEqual({});
  });
});
