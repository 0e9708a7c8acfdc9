import { t as translate, type Locale, type UiKey } from '../../i18n/index.ts';
import type { SearchStrings } from './render.ts';

/** The UI strings of search, serialised into `data-strings` at build time (no dictionary in the bundle). */
export function searchStrings(locale: Locale = 'en'): string {
  const t = (key: UiKey): string => translate(key, {}, locale);
  const strings: SearchStrings = {
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
    loading: t('search.loading'),
    error: t('search.error'),
    noResults: t('search.noResults'),
    seeAll: t('search.seeAll'),
    didYouMean: t('search.didYouMean'),
    showAll: t('search.showAll'),
  };
  return JSON.stringify(strings);
}
