import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadScenarioText } from '../engine/load.ts';
import { scenarioFileNames } from '../engine/scenario-files.ts';
import { withoutFrontmatter } from './markdown.ts';
import { frenchCourse, type FrenchCourse } from './localized-sources.ts';
import type {
  CourseSources,
  GlossarySource,
  ModuleSource,
  ScenarioSource,
  TemplateSource,
} from './documents.ts';

/**
 * Reads the course straight from content/ (for unit tests and the benchmark, which run outside
 * Astro). Drafts are read too, on purpose: the document builders must be the ones to drop them.
 */
export function readCourse(root = 'content'): CourseSources {
  const modules = readModules(join(root, 'modules'));
  const scenariosDir = join(root, 'scenarios');
  const scenarios: ScenarioSource[] = scenarioFileNames(scenariosDir, { drafts: true }).flatMap(
    (name) => {
      const filePath = join(scenariosDir, name);
      const result = loadScenarioText(readFileSync(filePath, 'utf8'), filePath);
      return result.ok ? [{ ...result.scenario, filePath }] : [];
    },
  );
  const glossary = (parse(readFileSync(join(root, 'glossary', 'terms.yaml'), 'utf8')) ??
    []) as GlossarySource[];
  const templatesDir = join(root, 'templates');
  const templates: TemplateSource[] = readdirSync(templatesDir)
    .filter((n) => /\.ya?ml$/.test(n))
    .sort()
    .map((name) => {
      const filePath = join(templatesDir, name);
      return { ...(parse(readFileSync(filePath, 'utf8')) as TemplateSource), filePath };
    });
  // The UI strings live in en.json; read as a file because plain Node cannot import JSON untyped.
  const strings = JSON.parse(readFileSync(join('src', 'i18n', 'en.json'), 'utf8')) as Record<
    string,
    string
  >;
  const labels = { template: strings['search.type.template'] ?? '' };
  return { modules, scenarios, glossary, templates, labels };
}

/** The modules of a folder (content/modules or content/fr/modules), drafts included. */
export function readModules(modulesDir: string): ModuleSource[] {
  if (!existsSync(modulesDir)) return [];
  return readdirSync(modulesDir)
    .filter((n) => n.endsWith('.mdx'))
    .sort()
    .flatMap((name) => {
      const filePath = join(modulesDir, name);
      const source = readFileSync(filePath, 'utf8');
      const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '';
      let data: { title: string; summary: string; objectives: string[] };
      try {
        data = parse(front) as typeof data;
      } catch (error) {
        // The build reports broken frontmatter; here a module being edited is skipped, not fatal.
        console.warn(`search: skipped ${filePath}: ${String(error).split('\n')[0] ?? ''}`);
        return [];
      }
      const module: ModuleSource = {
        id: name.replace(/\.mdx$/, '').replace(/^_/, ''),
        filePath,
        title: data.title,
        summary: data.summary,
        objectives: data.objectives,
        body: withoutFrontmatter(source),
      };
      return [module];
    });
}

/**
 * The French course as the French index sees it (French modules, overlays of the YAML content),
 * read from content/ like `readCourse`.
 */
export function readFrenchCourse(root = 'content'): FrenchCourse {
  const strings = JSON.parse(readFileSync(join('src', 'i18n', 'fr.json'), 'utf8')) as Record<
    string,
    string
  >;
  return frenchCourse(
    readCourse(root),
    readModules(join(root, 'fr', 'modules')),
    strings['search.type.template'] ?? '',
  );
}
