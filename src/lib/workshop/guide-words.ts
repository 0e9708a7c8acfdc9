import type { UiKey } from '../../i18n/index.ts';
import type { GuideWords } from './guide.ts';

/** The guide's connecting words from a page's translator (its language). */
export function guideWords(
  t: (key: UiKey, vars?: Record<string, string | number>) => string,
): GuideWords {
  return {
    ending: (title) => t('instructor.guide.ending', { title }),
    then: (prompt, next) => t('instructor.guide.then', { prompt, next }),
    // Outcome classes (and `otherwise`) have player words ("a wrong conversion to UTC").
    outcome: (outcome) => t(`player.outcome.${outcome}` as UiKey),
  };
}
