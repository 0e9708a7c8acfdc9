import { categoryOptions, field, refs } from './fields.ts';
import type { FieldDefinition } from './types.ts';

/** Identifier and time fields every request type shares (routes.md section 4). */
export function precisionFields(): FieldDefinition[] {
  return [
    field({
      id: 'identifiers',
      label: 'Identifiers',
      help: 'One per line, exactly as in the source: account, e-mail, URL, IP address and, behind carrier-grade NAT, source port (e.g. 198.51.100.23:41234).',
      kind: 'textarea',
      why: 'The recipient searches its records for exactly what you write; anything else finds nothing or someone else.',
      reference: refs.identifiers,
    }),
    field({
      id: 'eventTime',
      label: 'Time of the event, as logged',
      help: 'Date and time to the second as the source recorded it, YYYY-MM-DD HH:mm:ss (24-hour clock).',
      kind: 'datetime',
      why: 'Dynamic IP addresses change hands; the exact second decides whose connection it was.',
      reference: refs.timeZones,
    }),
    field({
      id: 'eventZone',
      label: 'Time zone of the log',
      help: 'The zone the source recorded the time in, not your own.',
      kind: 'timezone',
      optionsFrom: 'time-zones',
      why: 'Without a zone the same clock time can mean moments hours apart.',
      reference: refs.timeZones,
      missingOutcome: 'missing-zone',
    }),
    field({
      id: 'eventTimeUtc',
      label: 'The same moment in UTC',
      help: 'Convert the logged time to UTC and show both, YYYY-MM-DD HH:mm:ss.',
      kind: 'datetime',
      required: false,
      why: 'Providers log in UTC or their own zone; giving both lets them check your conversion.',
      reference: refs.timeZones,
    }),
    field({
      id: 'windowFrom',
      label: 'Data from (time zone of the log)',
      help: 'Start of the period the data should cover.',
      kind: 'datetime',
      why: 'The recipient retrieves only the period you name.',
      reference: refs.precision,
    }),
    field({
      id: 'windowTo',
      label: 'Data until (time zone of the log)',
      help: 'End of the period; keep it as narrow as the case allows.',
      kind: 'datetime',
      why: 'The recipient retrieves only the period you name.',
      reference: refs.precision,
    }),
  ];
}

/** The data-category checkbox group, with help text fitted to the route. */
export function categoriesField(help: string, reference: string): FieldDefinition {
  return field({
    id: 'categories',
    label: 'Categories of data',
    help,
    kind: 'checkboxes',
    options: categoryOptions,
    why: 'Each category needs its own legal basis; the recipient checks them one by one.',
    reference,
  });
}
