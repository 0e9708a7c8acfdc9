import { getCollection } from 'astro:content';
import { gzipSync } from 'node:zlib';
import { getModules } from '../../lib/modules.ts';
import { courseDocuments } from '../../search/documents.ts';
import { buildSearchIndex, indexBudget as budget } from '../../search/build-index.ts';
import { english } from '../../search/language.ts';
import type { SearchBuild } from '../../search/types.ts';
import { t } from '../../i18n/index.ts';

/** Build-time messages of the indexer, namespaced like Astro's own ("[search] …"). */
const log = (message: string): void => console.info(`\n\x1b[2m[search]\x1b[0m ${message}`);

let building: Promise<SearchBuild> | undefined;

/**
 * The site's search index and text shards, built once per build from the content collections
 * (search-index.json and every search/text/<n>.json share it).
 */
export function siteSearch(): Promise<SearchBuild> {
  building ??= (async () => {
    const started = performance.now();
    try {
      const modules = await getModules();
      const scenarios = await getCollection('scenarios');
      const glossary = await getCollection('glossary');
      const templates = await getCollection('templates');
      const docs = courseDocuments({
        modules: modules.map((m) => ({
          id: m.id,
          filePath: m.filePath,
          title: m.data.title,
          summary: m.data.summary,
          objectives: m.data.objectives,
          body: m.body ?? '',
        })),
        scenarios: scenarios.map((s) => ({ ...s.data, filePath: s.filePath })),
        glossary: glossary.map((g) => g.data),
        templates: templates.map((tpl) => ({ ...tpl.data, filePath: tpl.filePath })),
        labels: { template: t('search.type.template') },
      });
      const built = buildSearchIndex(docs, english);
      const json = JSON.stringify(built.file);
      const size = gzipSync(json).length;
      const shards = built.shards.map((s) => gzipSync(JSON.stringify(s)).length);
      const ms = Math.round(performance.now() - started);
      log(
        `indexed ${docs.length} documents in ${ms} ms: ${(json.length / 1024).toFixed(1)} KB, ` +
          `${(size / 1024).toFixed(1)} KB gzip, and ${shards.length} text shards of ` +
          `${(Math.max(...shards) / 1024).toFixed(1)} KB gzip at most`,
      );
      if (size > budget) log(`warning: over the ${budget / 1024} KB gzip budget`);
      return built;
    } catch (error) {
      throw new Error('search: building the search index failed (see the cause below)', {
        cause: error,
      });
    }
  })();
  return building;
}
