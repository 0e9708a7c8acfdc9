import { localize } from '../i18n/content.ts';
import { splitSections } from './markdown.ts';
import type { CourseSources, ModuleSource, ScenarioSource } from './documents.ts';

/** Ids of a module body's `##` headings, in order, as search and the renderer make them. */
export function sectionAnchors(body: string): string[] {
  return splitSections(body)
    .slice(1)
    .map((s) => s.slug);
}

/** The course in French, for the French index: French text only, French URLs. */
export interface FrenchCourse {
  sources: CourseSources;
  /** English modules that have no French file yet (not indexed; the i18n check reports them). */
  untranslated: string[];
}

/**
 * The French search sources, from the English ones: each module's French file (`content/fr/modules`)
 * with its sections linked to the English heading ids (which the French page carries), scenarios,
 * glossary entries and templates through their French overlays, every URL under "fr/".
 * A module without a French file is left out rather than indexed in English.
 */
export function frenchCourse(
  english: CourseSources,
  frenchModules: readonly ModuleSource[],
  templateLabel: string,
): FrenchCourse {
  const byId = new Map(frenchModules.map((m) => [m.id, m]));
  const modules: ModuleSource[] = [];
  const untranslated: string[] = [];
  for (const en of english.modules) {
    const fr = byId.get(en.id);
    if (fr) modules.push({ ...fr, anchors: sectionAnchors(en.body) });
    else untranslated.push(en.id);
  }
  const scenarios = english.scenarios.map((s): ScenarioSource => {
    const { title, summary, objectives } = localize('scenarios', s.id, s, 'fr');
    return { id: s.id, title, summary, objectives, filePath: s.filePath };
  });
  return {
    sources: {
      modules,
      scenarios,
      glossary: english.glossary.map((g) => localize('glossary', g.id, g, 'fr')),
      templates: english.templates.map((t) => localize('templates', t.type, t, 'fr')),
      labels: { template: templateLabel },
      urlPrefix: 'fr/',
    },
    untranslated,
  };
}
