import { t } from '../../i18n/index.ts';
import type { UiKey } from '../../i18n/index.ts';
import type { MapLabels } from '../../lib/scenario-map/render.ts';

/** Words for a draft outcome class on the map and in its text alternative. */
export function outcomeWords(outcome: string): string {
  const key = `player.outcome.${outcome}` as UiKey;
  return t(key);
}

/** The map's words from the UI dictionary. */
export function mapLabels(title: string): MapLabels {
  return {
    title: t('map.title', { title }),
    description: t('map.description'),
    start: t('map.start'),
    success: t('map.success'),
    partial: t('map.partial'),
    failure: t('map.failure'),
    unreachable: t('map.unreachable'),
    deadEnd: t('map.deadEnd'),
    teams: (count) => t(count === 1 ? 'map.team' : 'map.teams', { count }),
  };
}
