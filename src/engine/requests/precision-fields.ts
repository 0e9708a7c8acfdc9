import { categoryOptions, field, refs } from './fields.ts';
import type { FieldDefinition } from './types.ts';

/** Identifier and time fields every request type shares (routes.md section 4). */
export function precisionFields(): FieldDefinition[] {
  return [
    field({
      id: 'identifiers',
      kind: 'textarea',
      reference: refs.identifiers,
    }),
    field({
      id: 'eventTime',
      kind: 'datetime',
      reference: refs.timeZones,
    }),
    field({
      id: 'eventZone',
      kind: 'timezone',
      optionsFrom: 'time-zones',
      reference: refs.timeZones,
      missingOutcome: 'missing-zone',
    }),
    field({
      id: 'eventTimeUtc',
      kind: 'datetime',
      required: false,
      reference: refs.timeZones,
    }),
    field({
      id: 'windowFrom',
      kind: 'datetime',
      reference: refs.precision,
    }),
    field({
      id: 'windowTo',
      kind: 'datetime',
      reference: refs.precision,
    }),
  ];
}

/** The data-category checkbox group (its help text, fitted to the route, is in the dictionary). */
export function categoriesField(reference: string): FieldDefinition {
  return field({
    id: 'categories',
    kind: 'checkboxes',
    options: categoryOptions,
    reference,
  });
}
