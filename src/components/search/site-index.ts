import { getCollection } from 'astro:content';
import { gzipSync } from 'node:zlib';
import { getModules, type ModuleEntry } from '../../lib/modules.ts';
import { courseDocuments, type CourseSources, type ModuleSource } from '../../search/documents.ts';
import { buildSearchIndex, indexBudget as budget } from '../../search/build-index.ts';
import { english } from '../../search/language.ts';
import { french } from '../../search/french.ts';
import { frenchCourse } from '../../search/localized-sources.ts';
import type { SearchBuild, SearchIndexFile } from '../../search/types.ts';
import type { BoxStrings } from './render.ts';
import { boxStrings } from './strings.ts';
import { t, type Locale } from '../../i18n/index.ts';

/** Build-time messages of the indexer, namespaced like Astro's own ("[search] …"). */
const log = (message: string): void => console.info(`\n\x1b[2m[search]\x1b[0m ${message}`);

/** What the module builder reads from a module entry. */
function moduleSource(m: ModuleEntry): ModuleSource {
  return {
    id: m.id,
    filePath: m.filePath,
    title: m.data.title,
    summary: m.data.summary,
    objectives: m.data.objectives,
    body: m.body ?? '',
  };
}

/** The English course from the content collections. */
async function englishSources(): Promise<CourseSources> {
  const modules = await getModules('en');
  const scenarios = await getCollection('scenarios');
  const glossary = await getCollection('glossary');
  const templates = await getCollection('templates');
  return {
    modules: modules.map(moduleSource),
    scenarios: scenarios.map((s) => ({ ...s.data, filePath: s.filePath })),
    glossary: glossary.map((g) => g.data),
    templates: templates.map((tpl) => ({ ...tpl.data, filePath: tpl.filePath })),
    labels: { template: t('search.type.template') },
  };
}

/**
 * The French course: French module files only (getModules('fr') stands the English file in for a
 * missing translation; the French index leaves such a module out instead), French overlays of the
 * YAML content, URLs under fr/.
 */
async function frenchSources(): Promise<CourseSources> {
  const translated = (await getModules('fr')).filter((m) =>
    /(^|[\\/])content[\\/]fr[\\/]/.test(m.filePath ?? ''),
  );
  const course = frenchCourse(
    await englishSources(),
    translated.map(moduleSource),
    t('search.type.template', {}, 'fr'),
  );
  if (course.untranslated.length > 0)
    log(`French index: no French file yet for ${course.untranslated.join(', ')}`);
  return course.sources;
}

/** The index file as written: the index, and the words the header box shows its results with. */
export interface SiteIndexFile extends SearchIndexFile {
  ui: BoxStrings;
}

/** What the site build writes for a language. */
export interface SiteSearchBuild extends SearchBuild {
  file: SiteIndexFile;
}

const building = new Map<Locale, Promise<SiteSearchBuild>>();

/**
 * The search index and text shards of one language, built once per build from the content
 * collections (<lang>/search-index.json and every <lang>/search/text/<n>.json share it).
 */
export function siteSearch(locale: Locale = 'en'): Promise<SiteSearchBuild> {
  let build = building.get(locale);
  if (!build) {
    build = (async () => {
      const started = performance.now();
      try {
        const fr = locale === 'fr';
        const docs = courseDocuments(fr ? await frenchSources() : await englishSources());
        const index = buildSearchIndex(docs, fr ? french : english);
        const built = { ...index, file: { ...index.file, ui: boxStrings(locale) } };
        const json = JSON.stringify(built.file);
        const size = gzipSync(json).length;
        const shards = built.shards.map((s) => gzipSync(JSON.stringify(s)).length);
        const ms = Math.round(performance.now() - started);
        log(
          `${locale}: indexed ${docs.length} documents in ${ms} ms: ${(json.length / 1024).toFixed(1)} KB, ` +
            `${(size / 1024).toFixed(1)} KB gzip, and ${shards.length} text shards of ` +
            `${(Math.max(...shards) / 1024).toFixed(1)} KB gzip at most`,
        );
        if (size > budget) log(`warning: ${locale} is over the ${budget / 1024} KB gzip budget`);
        return built;
      } catch (error) {
        throw new Error(
          `search: building the ${locale} search index failed (see the cause below)`,
          { cause: error },
        );
      }
    })();
    building.set(locale, build);
  }
  return build;
}
