import { t as translate, type Locale, type UiKey } from '../../i18n/index.ts';
import type { BoxStrings, SearchStrings } from './render.ts';

/** The header box's strings (every page carries them, so only what the box shows). */
function boxStrings(t: (key: UiKey) => string): BoxStrings {
  return {
    types: {
      module: t('search.type.module'),
      section: t('search.type.section'),
      glossary: t('search.type.glossary'),
      template: t('search.type.template'),
      scenario: t('search.type.scenario'),
    },
    in: t('search.in'),
    count: t('search.count'),
    countOne: t('search.countOne'),
    error: t('search.error'),
    noResults: t('search.noResults'),
    seeAll: t('search.seeAll'),
    didYouMean: t('search.didYouMean'),
  };
}

/**
 * The UI strings of search, serialised into `data-strings` at build time (no dictionary in the
 * bundle): the search page's (`page`) or the header box's (`box`), which needs fewer.
 */
export function searchStrings(locale: Locale = 'en', part: 'page' | 'box' = 'page'): string {
  const t = (key: UiKey): string => translate(key, {}, locale);
  const strings: BoxStrings | SearchStrings =
    part === 'box'
      ? boxStrings(t)
      : { ...boxStrings(t), loading: t('search.loading'), showAll: t('search.showAll') };
  return JSON.stringify(strings);
}
