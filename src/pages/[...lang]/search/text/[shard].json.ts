import type { APIRoute, GetStaticPaths } from 'astro';
import { siteSearch } from '../../../../components/search/site-index.ts';
import { localeParams } from '../../../../i18n/page.ts';
import type { Locale } from '../../../../i18n/index.ts';

export const prerender = true;

/** One file per text shard and language: search/text/0.json, …, fr/search/text/0.json, … */
export const getStaticPaths: GetStaticPaths = async () =>
  (
    await Promise.all(
      localeParams().map(async ({ params, props }) => {
        const { shards } = await siteSearch(props.locale);
        return shards.map((_, i) => ({ params: { ...params, shard: String(i) }, props }));
      }),
    )
  ).flat();

/** The stored texts of one shard's documents, fetched only when one of them is shown as a result. */
export const GET: APIRoute = async ({ params, props }) => {
  const { shards } = await siteSearch((props as { locale: Locale }).locale);
  const shard = shards[Number(params['shard'])];
  if (!shard) return new Response(null, { status: 404 });
  return new Response(JSON.stringify(shard), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
