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
  { value: 'network-24-7', label: '24/7 network point of contact' },
  { value: 'central-authority', label: 'Central authority (mutual legal assistance)' },
  { value: 'provider-portal', label: "Provider's law-enforcement request channel" },
  { value: 'provider-emergency', label: "Provider's emergency request channel" },
  { value: 'police-cooperation', label: 'Police-to-police channel (for example INTERPOL)' },
];

/** Data-category checkboxes shared by every request form. */
export const categoryOptions: FieldOption[] = [
  { value: 'subscriber', label: 'Subscriber information (who holds the account or address)' },
  { value: 'traffic', label: 'Traffic data (connections, times, routing, log-ins)' },
  { value: 'content', label: 'Content (messages, files, posts)' },
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
      label: 'Reference or case number',
      help: 'Your file number, so both sides can quote it in every message.',
      required: false,
      why: 'Answers and follow-ups are matched to requests by reference number.',
      reference,
    }),
    field({
      id: 'recipient',
      label: 'Requested authority or recipient',
      help: 'The body that will execute the request.',
      kind: 'select',
      optionsFrom: 'actors',
      why: 'A request that reaches the wrong body is not executed at all.',
      reference,
    }),
    field({
      id: 'channel',
      label: 'Channel',
      help: 'How the request travels.',
      kind: 'select',
      options: channelOptions,
      why: 'Each route has its own channel; the wrong one loses days or the request.',
      reference,
    }),
    field({
      id: 'requestingAuthority',
      label: 'Requesting authority',
      help: 'Organisation, person in charge, address, office hours.',
      kind: 'textarea',
      why: 'The recipient must know which competent authority asks before acting on it.',
      reference,
    }),
    field({
      id: 'officeTimeZone',
      label: "Requesting office's time zone",
      help: 'So the recipient knows when you can be reached.',
      kind: 'timezone',
      optionsFrom: 'time-zones',
      why: 'The recipient plans calls and deadlines around your working hours.',
      reference,
    }),
    field({
      id: 'contact',
      label: 'Contact for questions',
      help: 'Name, function, telephone and official e-mail of someone who can answer quickly.',
      kind: 'textarea',
      why: 'Questions about the request go to this person; without one, the request waits.',
      reference,
    }),
  ];
}
