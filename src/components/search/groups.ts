import type { SearchResult } from '../../search/query.ts';
import type { DocType } from '../../search/types.ts';

/** Results shown per group before "Show all": enough to see the best of each kind at a glance. */
export const previewSize = 5;

/** Results of one type, in rank order. */
export interface ResultGroup {
  type: DocType;
  results: SearchResult[];
}

/**
 * Groups ranked results by type, the groups ordered by their best result, so a glossary entry or
 * module that matches best comes before dozens of sections that match less.
 */
export function groupResults(results: SearchResult[]): ResultGroup[] {
  const groups = new Map<DocType, SearchResult[]>();
  for (const r of results) {
    const group = groups.get(r.type);
    if (group) group.push(r);
    else groups.set(r.type, [r]);
  }
  return [...groups].map(([type, inGroup]) => ({ type, results: inGroup }));
}

/** The results of a group shown before the learner asks for all of them. */
export function groupPreview(results: SearchResult[]): SearchResult[] {
  return results.slice(0, previewSize);
}
