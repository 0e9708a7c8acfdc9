/**
 * Closed vocabularies shared by schemas and the engine. Kept free of zod on purpose: the engine
 * runs in the browser, and importing a schema module would ship the whole schema library with it.
 */

/** The five scoring dimensions, in display order. */
export const dimensions = [
  'timeliness',
  'legal',
  'quality',
  'coordination',
  'safeguarding',
] as const;
/** One scoring dimension. */
export type Dimension = (typeof dimensions)[number];

/** Lifecycle of an evidence item: unknown → identified → preservation-requested → preserved → disclosed/obtained, or lost. */
export const evidenceStatuses = [
  'unknown',
  'identified',
  'preservation-requested',
  'preserved',
  'disclosed',
  'obtained',
  'lost',
] as const;
/** One lifecycle state. */
export type EvidenceStatus = (typeof evidenceStatuses)[number];

/** States in which data survive their retention deadline. */
export const safeStatuses: readonly EvidenceStatus[] = ['preserved', 'disclosed', 'obtained'];

/** Data categories in the sense of the Budapest Convention. */
export const dataCategories = ['subscriber', 'traffic', 'content'] as const;

/** Channels a request can travel through. */
export const channels = [
  'network-24-7',
  'central-authority',
  'provider-portal',
  'provider-emergency',
  'police-cooperation',
] as const;
/** One channel. */
export type Channel = (typeof channels)[number];

/** What a validated draft turns into for the scenario graph: one class per kind of consequence. */
export const outcomeClasses = [
  'complete',
  'missing-elements',
  'missing-zone',
  'wrong-utc',
  'wrong-identifier',
  'vague-identifier',
  'wrong-category',
  'disproportionate',
  'no-emergency-facts',
  'wrong-channel',
] as const;
/** One outcome class of a validated draft. */
export type OutcomeClass = (typeof outcomeClasses)[number];

/** One data category. */
export type DataCategory = (typeof dataCategories)[number];

/** The request forms a trainee can draft. */
export const requestTypes = [
  'preservation',
  'mla-stored-data',
  'provider-subscriber',
  'emergency-disclosure',
] as const;
/** One request form. */
export type RequestTypeId = (typeof requestTypes)[number];

/** How a scenario run is played: feedback after each step, or only in the debrief. */
export const runModes = ['practice', 'assessment'] as const;
/** One run mode. */
export type RunMode = (typeof runModes)[number];

/** How good an ending is. */
export const endingVerdicts = ['success', 'partial', 'failure'] as const;
/** One ending verdict. */
export type EndingVerdict = (typeof endingVerdicts)[number];
