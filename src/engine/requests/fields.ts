import type { FieldDefinition, FieldOption } from './types.ts';

/**
 * Reference ids the validator cites. Treaty and statute ids are those of `src/engine/references.ts`;
 * the rest point at course modules (`module:slug#anchor`), so one table maps them if slugs change.
 */
export const refs = {
  art25: 'budapest-art-25',
  art26: 'budapest-art-26',
  art27: 'budapest-art-27',
  art29: 'budapest-art-29',
  art31: 'budapest-art-31',
  sca2702: 'us-sca-2702',
  sca2703f: 'us-sca-2703f',
  precision: 'module:precision-in-requests#narrow-time-windows',
  timeZones: 'module:precision-in-requests#time-zones',
  identifiers: 'module:precision-in-requests#exact-identifiers',
  tcyPreservation:
    'module:preservation-and-the-24-7-network#preservation-between-states-article-29',
  tcyMla: 'module:mutual-legal-assistance#what-a-request-should-contain',
  pcOcGuidelines: 'module:mutual-legal-assistance#urgent-requests',
} as const;

/** Channel options shared by every request form. */
export const channelOptions: FieldOption[] = [
  { value: 'network-24-7' },
  { value: 'central-authority' },
  { value: 'provider-portal' },
  { value: 'provider-emergency' },
  { value: 'police-cooperation' },
];

/** Data-category checkboxes shared by every request form. */
export const categoryOptions: FieldOption[] = [
  { value: 'subscriber' },
  { value: 'traffic' },
  { value: 'content' },
];

type FieldInput = Omit<FieldDefinition, 'required' | 'kind'> &
  Partial<Pick<FieldDefinition, 'required' | 'kind'>>;

/** Builds a field; required text unless said otherwise. */
export function field(input: FieldInput): FieldDefinition {
  return { kind: 'text', required: true, ...input };
}

/** Header fields in the T-CY templates' order: who asks, whom, how to reach them. */
export function headerFields(reference: string): FieldDefinition[] {
  return [
    field({
      id: 'reference',
      required: false,
      reference,
    }),
    field({
      id: 'recipient',
      kind: 'select',
      optionsFrom: 'actors',
      reference,
    }),
    field({
      id: 'channel',
      kind: 'select',
      options: channelOptions,
      reference,
    }),
    field({
      id: 'requestingAuthority',
      kind: 'textarea',
      reference,
    }),
    field({
      id: 'officeTimeZone',
      kind: 'timezone',
      optionsFrom: 'time-zones',
      reference,
    }),
    field({
      id: 'contact',
      kind: 'textarea',
      reference,
    }),
  ];
}
