import type { MapLabels } from './render.ts';

/** A translator: a UI dictionary key (and values for its placeholders) to words. */
type Say = (key: `map.${string}`, vars?: Record<string, string | number>) => string;

/** The map's words from a translator (the page's `t`, an island's labels, or a script's dictionary). */
export function mapLabelsWith(say: Say, title: string): MapLabels {
  return {
    title: say('map.title', { title }),
    description: say('map.description'),
    start: say('map.start'),
    success: say('map.success'),
    partial: say('map.partial'),
    failure: say('map.failure'),
    unreachable: say('map.unreachable'),
    deadEnd: say('map.deadEnd'),
    teams: (count) => say(count === 1 ? 'map.team' : 'map.teams', { count }),
  };
}
