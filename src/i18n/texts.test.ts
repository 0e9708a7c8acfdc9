import { describe, expect, it } from 'vitest';
import { applyTexts, extractTexts, extraPaths } from './texts.ts';

const rules = { keys: new Set(['title', 'label', 'notes']), except: new Set(['example.label']) };
const source = {
  id: 'case',
  title: 'The case',
  startsAt: '2026-03-06T22:40:00+01:00',
  nodes: {
    intake: {
      choices: [
        { id: 'preserve', label: 'Preserve now', next: 'end' },
        { id: 'ask', label: 'Ask first', next: 'end' },
      ],
    },
  },
  notes: ['First point', 'Second point'],
  example: { label: 'network-24-7', title: 'Worked example' },
};

describe('text overlays', () => {
  it('finds every text by a path of ids and keys, and leaves structure out', () => {
    expect([...extractTexts(source, rules)]).toEqual([
      ['title', 'The case'],
      ['nodes.intake.choices.preserve.label', 'Preserve now'],
      ['nodes.intake.choices.ask.label', 'Ask first'],
      ['notes.0', 'First point'],
      ['notes.1', 'Second point'],
      ['example.title', 'Worked example'],
    ]);
  });

  it('translates a copy, keeps the structure and names what the overlay lacks', () => {
    const overlay = new Map([
      ['title', "L'affaire"],
      ['nodes.intake.choices.ask.label', "Demander d'abord"],
      ['notes.0', '  '],
    ]);
    const { value, missing } = applyTexts(source, overlay, rules);
    expect(value.title).toBe("L'affaire");
    expect(value.nodes.intake.choices[1]?.label).toBe("Demander d'abord");
    expect(value.nodes.intake.choices[0]?.next).toBe('end');
    expect(value.startsAt).toBe(source.startsAt);
    expect(value.example.label).toBe('network-24-7');
    expect(missing).toEqual([
      'nodes.intake.choices.preserve.label',
      'notes.0',
      'notes.1',
      'example.title',
    ]);
    expect(source.title).toBe('The case');
  });

  it('prefixes list entries with their id and reports stale overlay paths', () => {
    const entry = { id: 'preservation', title: 'Preservation' };
    const texts = extractTexts(entry, rules, 'preservation');
    expect([...texts.keys()]).toEqual(['preservation.title']);
    const overlay = new Map([
      ['preservation.title', 'Conservation'],
      ['old-term.title', 'Ancien'],
      ['__proto__', 'x'],
    ]);
    expect(applyTexts(entry, overlay, rules, 'preservation').value.title).toBe('Conservation');
    expect(extraPaths(texts, overlay)).toEqual(['old-term.title', '__proto__']);
  });
});
