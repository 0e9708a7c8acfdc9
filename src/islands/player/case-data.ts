import type { Scenario } from '../../engine/runtime.ts';
import type { RefWords } from './ref-words.ts';

/** What the scenario page hands the player in its JSON block (src/lib/scenarios.ts writes it). */
export interface CaseData {
  scenario: Scenario;
  /** Words of the reference chips in the page's language (src/lib/reference-words.ts). */
  refWords: Record<string, RefWords>;
}

/**
 * Reads the case file from the page's `<script type="application/json">` block. Island props would
 * wrap every value for the hydration script, about 3 KB more on the wire for a large case (issue 13
 * budgets). On the server there is no page yet: the player renders only its briefing there, which
 * needs no case data, so the server gets an empty value it never reads.
 */
export function readCaseData(elementId: string): CaseData {
  if (typeof document === 'undefined') return { scenario: undefined as never, refWords: {} };
  const text = document.getElementById(elementId)?.textContent ?? '';
  // Written by the build, not by a user: a missing block is a broken page, and says so.
  if (!text) throw new Error(`The page has no case data block #${elementId}.`);
  return JSON.parse(text) as CaseData;
}
