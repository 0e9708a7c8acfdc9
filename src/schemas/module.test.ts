import { describe, expect, it } from 'vitest';
import { moduleSchema } from './module.ts';

const valid = {
  title: 'Channels of cooperation',
  summary: 'Official and informal routes for getting evidence from another country.',
  order: 2,
  objectives: ['Compare police-to-police and judicial cooperation.'],
  minutes: 20,
  contentNote: false,
  lastReviewed: '2026-11-28',
};

/** The first problem as Astro prints it: the field path, then our message. */
function problem(data: Record<string, unknown>): string {
  const result = moduleSchema.safeParse(data);
  if (result.success) return 'valid';
  const issue = result.error.issues[0];
  return `${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`;
}

describe('module frontmatter', () => {
  it('accepts a complete module and turns the review date into a Date', () => {
    const parsed = moduleSchema.parse(valid);
    expect(parsed.lastReviewed.toISOString()).toBe('2026-11-28T00:00:00.000Z');
  });

  it.each([
    [{ title: undefined }, 'title: must be text, for example: title: Channels of cooperation'],
    [
      { order: 'two' },
      'order: must be a whole number giving the position in the course, for example: order: 3',
    ],
    [{ order: 1.5 }, 'order: must be a whole number, for example: order: 3'],
    [{ objectives: [] }, 'objectives: needs at least one learning objective'],
    [
      { objectives: 'Explain things' },
      'objectives: must be a list of learning objectives, one per line starting with "  - "',
    ],
    [{ minutes: 600 }, 'minutes: is more than 4 hours: split the module'],
    [
      { contentNote: 'yes' },
      'contentNote: must be true or false (true when the module discusses abuse)',
    ],
    [
      { lastReviewed: 'last week' },
      'lastReviewed: must be a date written as YYYY-MM-DD, for example: lastReviewed: 2026-11-28',
    ],
    [
      { summary: 'Short.' },
      'summary: is too short: write one or two full sentences (at least 20 characters)',
    ],
  ])('explains how to fix %j', (change, message) => {
    expect(problem({ ...valid, ...change })).toBe(message);
  });

  it('rejects unknown fields so that typos are not silently ignored', () => {
    expect(problem({ ...valid, minuts: 20 })).toMatch(
      /^: has unknown field\(s\) minuts: check the spelling\. Allowed fields: title, summary/,
    );
  });
});
