import type { APIRoute, GetStaticPaths } from 'astro';
import { siteSearch } from '../../../components/search/site-index.ts';

export const prerender = true;

/** One file per text shard: search/text/0.json, 1.json, … */
export const getStaticPaths: GetStaticPaths = async () => {
  const { shards } = await siteSearch();
  return shards.map((_, i) => ({ params: { shard: String(i) } }));
};

/** The stored texts of one shard's documents, fetched only when one of them is shown as a result. */
export const GET: APIRoute = async ({ params }) => {
  const { shards } = await siteSearch();
  const shard = shards[Number(params['shard'])];
  if (!shard) return new Response(null, { status: 404 });
  return new Response(JSON.stringify(shard), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
