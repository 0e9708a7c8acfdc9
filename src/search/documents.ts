import { splitSections } from './markdown.ts';
import type { SearchDocument } from './types.ts';

/** What the module builder needs from a module entry (its frontmatter and raw MDX body). */
export interface ModuleSource {
  /** Collection id, also the URL slug: `modules/<id>/`. */
  id: string;
  /** Source file, to recognise drafts. */
  filePath?: string | undefined;
  title: string;
  summary: string;
  objectives: string[];
  /** The MDX body without frontmatter. */
  body: string;
}

/** What the scenario builder needs from a scenario. */
export interface ScenarioSource {
  id: string;
  title: string;
  summary: string;
  objectives: string[];
  filePath?: string | undefined;
}

/** Files whose name starts with "_" are drafts and are never indexed (a second guard after the loaders). */
export function isDraft(source: { id: string; filePath?: string | undefined }): boolean {
  const name = (source.filePath ?? source.id).split(/[\\/]/).pop() ?? '';
  return name.startsWith('_');
}

/**
 * A module becomes one document for the module itself (summary, objectives and the intro before
 * the first `##`) and one per `##` section, linked to the heading's anchor.
 */
export function moduleDocuments(module: ModuleSource): SearchDocument[] {
  if (isDraft(module)) return [];
  const base = `modules/${module.id}/`;
  const sections = splitSections(module.body);
  const [intro, ...rest] = sections;
  const docs: SearchDocument[] = [
    {
      id: `module:${module.id}`,
      type: 'module',
      title: module.title,
      url: base,
      headings: rest.map((s) => s.heading),
      body: [module.summary, ...module.objectives, intro?.text ?? ''].join(' ').trim(),
    },
  ];
  for (const s of rest) {
    docs.push({
      id: `section:${module.id}#${s.slug}`,
      type: 'section',
      title: s.heading,
      section: module.title,
      url: `${base}#${s.slug}`,
      headings: s.subheadings,
      body: s.text,
    });
  }
  return docs;
}

/** A scenario is found by its title, summary and objectives, and opens its start page. */
export function scenarioDocument(scenario: ScenarioSource): SearchDocument[] {
  if (isDraft(scenario)) return [];
  return [
    {
      id: `scenario:${scenario.id}`,
      type: 'scenario',
      title: scenario.title,
      url: `scenarios/${scenario.id}/`,
      body: [scenario.summary, ...scenario.objectives].join(' '),
    },
  ];
}

/** Everything that can be indexed; later: `glossary: GlossarySource[]`, `templates: TemplateSource[]`. */
export interface CourseSources {
  modules: ModuleSource[];
  scenarios: ScenarioSource[];
}

/**
 * All search documents of the course. A new kind of content is one more line here and one small
 * builder returning `SearchDocument[]`.
 */
export function courseDocuments(sources: CourseSources): SearchDocument[] {
  return [
    ...sources.modules.flatMap(moduleDocuments),
    ...sources.scenarios.flatMap(scenarioDocument),
  ];
}
