import { t } from '../../i18n/index.ts';
import type { Locale, UiKey } from '../../i18n/index.ts';
import type { MapLabels } from '../../lib/scenario-map/render.ts';
import { mapLabelsWith } from '../../lib/scenario-map/labels.ts';

/** Words for a draft outcome class on the map and in its text alternative, in a language. */
export function outcomeWords(locale: Locale = 'en'): (outcome: string) => string {
  return (outcome) => t(`player.outcome.${outcome}` as UiKey, {}, locale);
}

/** The map's words from the UI dictionary, in a language. */
export function mapLabels(title: string, locale: Locale = 'en'): MapLabels {
  return mapLabelsWith((key, vars) => t(key as UiKey, vars, locale), title);
}
