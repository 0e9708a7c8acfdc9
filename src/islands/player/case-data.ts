import type { Scenario } from '../../engine/runtime.ts';
import type { RefWords } from './ref-words.ts';

/** The player's case file, as the build writes it (src/pages/[...lang]/cases/[id].json.ts). */
export interface CaseData {
  scenario: Scenario;
  /** Words of the reference chips in the page's language (src/lib/reference-words.ts). */
  refWords: Record<string, RefWords>;
}

/**
 * Fetches the case file. It is a file of its own, not part of the page, so the briefing shows
 * without waiting for a large case (issue 13: Lighthouse counts the whole page before the first
 * paint). The player starts this as it hydrates; a failed fetch rejects, and the next call tries
 * again.
 */
export async function fetchCaseData(url: string, scenarioId: string): Promise<CaseData> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`The case file answered ${response.status}.`);
  const data = (await response.json()) as Partial<CaseData> | null;
  // Written by the build: a file for another case, or none, is a broken site and says so.
  if (data?.scenario?.id !== scenarioId || typeof data.refWords !== 'object')
    throw new Error(`The case file is not the case "${scenarioId}".`);
  return data as CaseData;
}
