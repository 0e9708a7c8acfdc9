import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { getModules } from '../lib/modules.ts';
import { courseDocuments } from '../search/documents.ts';
import { gzipSync } from 'node:zlib';
import { buildWithinBudget, indexBudget as budget } from '../search/build-index.ts';
import { english } from '../search/language.ts';
import { t } from '../i18n/index.ts';

export const prerender = true;

/** Build-time messages of the indexer, namespaced like Astro's own ("[search] …"). */
const log = (message: string): void => console.info(`\n\x1b[2m[search]\x1b[0m ${message}`);

/**
 * The search index, written once at build time to `search-index.json` and fetched by the browser
 * only when a learner starts to search.
 */
export const GET: APIRoute = async () => {
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
    const {
      json: body,
      textLength,
      size,
    } = buildWithinBudget(docs, english, budget, (json) => gzipSync(json).length);
    const ms = Math.round(performance.now() - started);
    log(
      `indexed ${docs.length} documents in ${ms} ms: ${(body.length / 1024).toFixed(1)} KB, ` +
        `${(size / 1024).toFixed(1)} KB gzip, snippets from the first ${textLength} characters`,
    );
    if (size > budget) log(`warning: over the ${budget / 1024} KB gzip budget even so`);
    return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
  } catch (error) {
    throw new Error('search: building the search index failed (see the cause below)', {
      cause: error,
    });
  }
};
