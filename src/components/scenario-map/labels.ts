import { t } from '../../i18n/index.ts';
import type { UiKey } from '../../i18n/index.ts';
import type { MapLabels } from '../../lib/scenario-map/render.ts';
import { mapLabelsWith } from '../../lib/scenario-map/labels.ts';

/** Words for a draft outcome class on the map and in its text alternative. */
export function outcomeWords(outcome: string): string {
  const key = `player.outcome.${outcome}` as UiKey;
  return t(key);
}

/** The map's words from the UI dictionary. */
export function mapLabels(title: string): MapLabels {
  return mapLabelsWith((key, vars) => t(key as UiKey, vars), title);
}
