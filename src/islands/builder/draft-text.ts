/** Pure helpers of the request builder: how a draft reads as a letter, as text and as a count. */
import type { Draft } from '../../engine/forms-runtime.ts';
import type { WordedField } from '../../lib/request-words.ts';

/** A field's value for reading: option labels instead of codes, lines kept. Empty string when unset. */
export function displayValue(field: WordedField, draft: Draft): string {
  const raw = draft[field.id];
  const values = (Array.isArray(raw) ? raw : typeof raw === 'string' ? [raw] : [])
    .map((v) => v.trim())
    .filter((v) => v !== '');
  const labelOf = (v: string): string => field.options?.find((o) => o.value === v)?.label ?? v;
  return field.kind === 'checkboxes' || field.kind === 'select'
    ? values.map(labelOf).join('\n')
    : values.join('\n');
}

/** How many required fields are filled, out of how many. */
export function completeness(
  fields: readonly WordedField[],
  draft: Draft,
): { filled: number; required: number } {
  const required = fields.filter((f) => f.required);
  return {
    filled: required.filter((f) => displayValue(f, draft) !== '').length,
    required: required.length,
  };
}

/** Labels the text draft needs, translated by the page. */
export interface DraftTextLabels {
  legalBasis: string;
  notFilled: string;
  footer: string;
}

/**
 * The draft as plain text for download: title, legal basis, then every field in the form's order.
 * Multi-line answers are indented under their label; empty fields are marked, not dropped, so the
 * gap is visible to whoever finishes the request.
 */
export function draftToText(
  title: string,
  legalBasis: string,
  fields: readonly WordedField[],
  draft: Draft,
  labels: DraftTextLabels,
): string {
  const lines = [
    title,
    '='.repeat(Math.min(title.length, 72)),
    `${labels.legalBasis}: ${legalBasis}`,
    '',
  ];
  for (const field of fields) {
    const value = displayValue(field, draft) || labels.notFilled;
    const parts = value.split('\n');
    if (parts.length === 1 && field.kind !== 'textarea' && field.kind !== 'checkboxes') {
      lines.push(`${field.label}: ${value}`);
    } else {
      lines.push(`${field.label}:`, ...parts.map((p) => `  ${p}`));
    }
  }
  lines.push('', labels.footer, '');
  return lines.join('\r\n');
}

/** A safe file name for the downloaded draft, e.g. "preservation-CCU-2026-0142.txt". */
export function draftFileName(type: string, draft: Draft): string {
  const ref = typeof draft['reference'] === 'string' ? draft['reference'] : '';
  const safe = ref
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `${type}${safe ? `-${safe}` : ''}.txt`;
}
