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
  /**
   * Ids of the `##` headings by position, when they are not made from this body's headings: a
   * translation's headings take the ids of its English original (src/integrations/heading-ids.ts).
   */
  anchors?: string[] | undefined;
}

/** What the scenario builder needs from a scenario. */
export interface ScenarioSource {
  id: string;
  title: string;
  summary: string;
  objectives: string[];
  filePath?: string | undefined;
}

/** What the glossary builder needs from an entry of content/glossary/terms.yaml. */
export interface GlossarySource {
  /** The anchor on the glossary page: `glossary/#<id>`. */
  id: string;
  term: string;
  definition: string;
  source?: string | undefined;
  /** Other names (abbreviations, synonyms), weighted like headings. */
  aliases?: string[] | undefined;
}

/** What the template builder needs from a request template's guidance (content/templates/<type>.yaml). */
export interface TemplateSource {
  /** The page: `templates/<type>/`. */
  type: string;
  title: string;
  purpose: string;
  legalBasis: string;
  channel: string;
  recipientChecks: string[];
  commonMistakes: string[];
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
  rest.forEach((s, i) => {
    const slug = module.anchors?.[i] ?? s.slug;
    docs.push({
      id: `section:${module.id}#${slug}`,
      type: 'section',
      title: s.heading,
      section: module.title,
      url: `${base}#${slug}`,
      headings: s.subheadings,
      body: s.text,
    });
  });
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

/**
 * A glossary entry is found by its term, its other names and its definition, and opens its anchor.
 * The text starts with the term, dictionary style ("Letters rogatory: A formal written request…"):
 * definitions rarely repeat their term, and the snippet should show what matched.
 */
export function glossaryDocument(entry: GlossarySource): SearchDocument[] {
  return [
    {
      id: `glossary:${entry.id}`,
      type: 'glossary',
      title: entry.term,
      url: `glossary/#${entry.id}`,
      headings: entry.aliases ?? [],
      body: `${entry.term}: ${entry.definition} ${entry.source ?? ''}`.trim(),
    },
  ];
}

/**
 * A request template is found by its title and guidance (purpose, legal basis, channel, checks,
 * mistakes; not the fictional example). `label` is the UI name of the kind ("Request template"),
 * indexed as a heading so that "preservation request template" finds the template first.
 */
export function templateDocument(template: TemplateSource, label = ''): SearchDocument[] {
  if (isDraft({ id: template.type, filePath: template.filePath })) return [];
  return [
    {
      id: `template:${template.type}`,
      type: 'template',
      title: template.title,
      url: `templates/${template.type}/`,
      headings: label ? [label] : [],
      body: [
        template.purpose,
        template.legalBasis,
        template.channel,
        ...template.recipientChecks,
        ...template.commonMistakes,
      ].join(' '),
    },
  ];
}

/** Everything that can be indexed. */
export interface CourseSources {
  modules: ModuleSource[];
  scenarios: ScenarioSource[];
  glossary: GlossarySource[];
  templates: TemplateSource[];
  /** UI names of the kinds of documents, in the site's language (e.g. template: "Request template"). */
  labels?: Partial<Record<'template', string>>;
  /** Prefix of every URL: "" for English, "fr/" for the French pages. */
  urlPrefix?: string;
}

/**
 * All search documents of the course. A new kind of content is one more line here and one small
 * builder returning `SearchDocument[]`.
 */
export function courseDocuments(sources: CourseSources): SearchDocument[] {
  const docs = [
    ...sources.modules.flatMap(moduleDocuments),
    ...sources.scenarios.flatMap(scenarioDocument),
    ...sources.glossary.flatMap(glossaryDocument),
    ...sources.templates.flatMap((t) => templateDocument(t, sources.labels?.template)),
  ];
  const prefix = sources.urlPrefix ?? '';
  return prefix ? docs.map((d) => ({ ...d, url: prefix + d.url })) : docs;
}
