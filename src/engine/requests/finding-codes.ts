/**
 * Every finding code the validator can return. The UI dictionary holds one text per code
 * (`finding.<code>`) and one reason (`finding.<code>.why`, unless the finding names a shared
 * `because`); a unit test fails when a code has no text.
 */
export const findingCodes = [
  'unknown-type',
  'missing-field',
  'emergency-essential-missing',
  'zone-missing',
  'zone-without-time',
  'no-emergency-in-case',
  'emergency-facts-thin',
  'emergency-route-available',
  'preservation-discloses-nothing',
  'contact-no-email',
  'channel-wrong-route',
  'channel-not-expected',
  'recipient-wrong',
  'category-not-available',
  'all-data',
  'time-unreadable',
  'time-unreadable-slash',
  'zone-unknown',
  'zone-abbreviation',
  'time-imprecise',
  'time-in-dst-gap',
  'zone-not-as-recorded',
  'time-ambiguous-dst',
  'zone-mismatch',
  'twelve-hour-ambiguity',
  'time-mismatch',
  'utc-missing',
  'utc-has-offset',
  'utc-unreadable',
  'utc-conversion-wrong',
  'window-unreadable',
  'window-reversed',
  'window-too-wide',
  'window-outside-period',
  'window-misses-event',
  'identifier-range',
  'identifier-not-found',
  'port-mismatch',
  'port-missing',
  'url-host-only',
  'identifier-unexpected',
] as const;

/** One finding code. */
export type FindingCode = (typeof findingCodes)[number];

/**
 * Shared reasons (`finding.why.<id>`): the same "why" for several codes, or a reason that depends
 * on the route rather than on the code (which channel a request type travels through, which data
 * categories a route cannot deliver).
 */
export const findingReasons = [
  'channel-preservation',
  'channel-mla-stored-data',
  'channel-provider-subscriber',
  'channel-emergency-disclosure',
  'channel-spontaneous-information',
  'category-content',
  'category-traffic',
  'category-subscriber',
  'category-case',
  'zone',
  'identifier-mismatch',
  'window',
  'field',
] as const;

/** One shared reason id. */
export type FindingReason = (typeof findingReasons)[number];
