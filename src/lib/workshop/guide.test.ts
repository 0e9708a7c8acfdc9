import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { t, type UiKey } from '../../i18n/index.ts';
import { loadScenarioText } from '../../engine/index.ts';
import { outcomeClasses } from '../../schemas/vocabulary.ts';
import { bestPath, decisionPoints } from './guide.ts';
import { guideWords } from './guide-words.ts';

const file = 'content/scenarios/minutes-count.yaml';
const loaded = loadScenarioText(readFileSync(file, 'utf8'), file);
if (!loaded.ok) throw new Error(`${file} does not load`);
const scenario = loaded.scenario;

describe('facilitator guide words', () => {
  it('every draft outcome class, and "otherwise", has words in every language', () => {
    for (const locale of ['en', 'fr'] as const)
      for (const outcome of [...outcomeClasses, 'otherwise'])
        expect(t(`player.outcome.${outcome}` as UiKey, {}, locale)).not.toMatch(/^player\./);
  });

  it('names drafting outcomes and endings in words, never by id', () => {
    const words = guideWords((key, vars) => t(key, vars, 'fr'));
    const text = JSON.stringify([decisionPoints(scenario, words), bestPath(scenario, 1, words)]);
    for (const outcome of outcomeClasses) expect(text).not.toContain(`"${outcome}"`);
    expect(text).not.toMatch(/Ending:|any other outcome|draft outcome/);
    expect(text).toContain(t('player.outcome.no-emergency-facts', {}, 'fr'));
    expect(text).toContain(t('instructor.guide.ending', { title: 'X' }, 'fr').replace('X', ''));
  });
});
