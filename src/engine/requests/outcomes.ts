import type { Finding, OutcomeClass, ValidationResult } from './types.ts';

/**
 * Outcome precedence, first wins: the order in which a real recipient would stop working on the
 * request. A request on the wrong desk is never read; one the route cannot lawfully answer is
 * refused before anyone checks its details; an incomplete one comes back with questions; only a
 * request that is executed can return the wrong person's data (wrong identifier, wrong UTC), so
 * those come last even though their harm is the greatest.
 */
export const outcomePrecedence: readonly OutcomeClass[] = [
  'wrong-channel',
  'no-emergency-facts',
  'wrong-category',
  'missing-elements',
  'missing-zone',
  'vague-identifier',
  'disproportionate',
  'wrong-identifier',
  'wrong-utc',
  'complete',
];

const labels: Record<OutcomeClass, string> = {
  complete: 'Complete: the recipient can act on this request as written.',
  'missing-elements':
    'Missing elements: the recipient will send it back with questions, and time passes.',
  'missing-zone':
    'No time zone: the recipient cannot tell which moment you mean and will ask before acting.',
  'wrong-utc':
    'Wrong time: the moment or window does not match the source log once converted to UTC, so the answer may concern someone else.',
  'wrong-identifier':
    'Wrong identifier: the request names an account or address that is not the one in the evidence.',
  'vague-identifier':
    'Vague identifier: the recipient cannot single out one subscriber (for example an IP address behind carrier-grade NAT without its source port).',
  'wrong-category':
    'Wrong data category: this route cannot deliver the data asked for, so that part will be refused.',
  disproportionate:
    'Disproportionate: the request asks for far more than the case needs and is likely to be refused or narrowed.',
  'no-emergency-facts':
    'No emergency shown: without facts showing an imminent danger to life or of serious injury, the emergency route will not be used.',
  'wrong-channel': 'Wrong channel or recipient: the request went to a body that cannot execute it.',
};

/** Plain-English label for an outcome class, for feedback and the debrief. */
export function describeOutcome(outcome: OutcomeClass): string {
  return labels[outcome];
}

/** The outcome of a list of findings: the earliest error class in the precedence, else complete. */
export function outcomeOf(findings: readonly Finding[]): OutcomeClass {
  const errors = new Set(findings.filter((f) => f.severity === 'error').map((f) => f.outcome));
  return outcomePrecedence.find((o) => errors.has(o)) ?? 'complete';
}

/** Packs findings into a result, errors first in precedence order so the UI shows the decisive one. */
export function toResult(findings: Finding[]): ValidationResult {
  const rank = (f: Finding): number =>
    (f.severity === 'error' ? 0 : 100) + outcomePrecedence.indexOf(f.outcome);
  const sorted = findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i)
    .map(({ f }) => f);
  return { findings: sorted, outcome: outcomeOf(findings) };
}

/** Builds a finding; errors unless `severity` says otherwise. */
export function finding(
  input: Omit<Finding, 'severity'> & Partial<Pick<Finding, 'severity'>>,
): Finding {
  return { severity: 'error', ...input };
}
