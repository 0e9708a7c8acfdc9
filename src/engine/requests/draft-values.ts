import type { Draft } from './types.ts';

/** Longest text the validator reads from one field; the rest is ignored, never parsed. */
export const maxFieldLength = 20_000;

/**
 * Reads a field as text whatever the form (or a hostile import) put there: strings pass, arrays
 * of strings are joined by line, anything else counts as empty.
 */
export function textOf(draft: Draft, id: string): string {
  const value: unknown = Object.prototype.hasOwnProperty.call(draft, id) ? draft[id] : undefined;
  let text = '';
  if (typeof value === 'string') text = value;
  else if (Array.isArray(value)) {
    text = value.filter((v): v is string => typeof v === 'string').join('\n');
  }
  return text.slice(0, maxFieldLength).trim();
}

/** Reads a field as a list of checked values (a lone string counts as one value). */
export function listOf(draft: Draft, id: string): string[] {
  const value: unknown = Object.prototype.hasOwnProperty.call(draft, id) ? draft[id] : undefined;
  const items = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
  return items
    .filter((v): v is string => typeof v === 'string')
    .slice(0, 100)
    .map((v) => v.trim().toLowerCase())
    .filter((v) => v !== '');
}

/** Lower-case, collapsed-whitespace form for comparing identifiers as a recipient would. */
export function normalise(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Counts words, for "is there any substance here" checks on free text. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
