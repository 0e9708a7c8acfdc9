import type { APIRoute, GetStaticPaths } from 'astro';
import { siteSearch } from '../../components/search/site-index.ts';
import { localeParams } from '../../i18n/page.ts';
import type { Locale } from '../../i18n/index.ts';

export const prerender = true;

/** One index per language: search-index.json (English) and fr/search-index.json (French). */
export const getStaticPaths: GetStaticPaths = () => localeParams();

/**
 * The search index of a language, written once at build time and fetched by the browser only
 * when a learner starts to search. The texts for snippets are in <lang>/search/text/<n>.json.
 */
export const GET: APIRoute = async ({ props }) => {
  const { file } = await siteSearch((props as { locale: Locale }).locale);
  return new Response(JSON.stringify(file), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
