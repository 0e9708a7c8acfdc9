import { t as translate, type Locale, type UiKey } from '../../i18n/index.ts';
import type { BoxStrings, SearchStrings } from './render.ts';

/**
 * The words the header box shows its results with. They travel inside the language's search index
 * (site-index.ts), which the box needs before it can show anything: pages do not carry them.
 */
export function boxStrings(locale: Locale = 'en'): BoxStrings {
  const t = (key: UiKey): string => translate(key, {}, locale);
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
    noResults: t('search.noResults'),
    seeAll: t('search.seeAll'),
    didYouMean: t('search.didYouMean'),
  };
}

/** The UI strings of the search page, serialised into `data-strings` at build time (no dictionary in the bundle). */
export function searchStrings(locale: Locale = 'en'): string {
  const t = (key: UiKey): string => translate(key, {}, locale);
  const strings: SearchStrings = {
    ...boxStrings(locale),
    error: t('search.error'),
    loading: t('search.loading'),
    showAll: t('search.showAll'),
  };
  return JSON.stringify(strings);
}
