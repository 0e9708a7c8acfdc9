import type { APIRoute } from 'astro';
import { siteSearch } from '../components/search/site-index.ts';

export const prerender = true;

/**
 * The search index, written once at build time to `search-index.json` and fetched by the browser
 * only when a learner starts to search. The texts for snippets are in search/text/<n>.json.
 */
export const GET: APIRoute = async () => {
  const { file } = await siteSearch();
  return new Response(JSON.stringify(file), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
