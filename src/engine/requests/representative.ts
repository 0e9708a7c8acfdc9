import type { DraftExpectation } from '../../schemas/request.ts';
import { formatLocal } from './datetime.ts';
import { requestTypes } from './definitions.ts';
import { sourceMoment } from './time-reading.ts';
import { formatUtc } from './time-zones.ts';
import type { Draft, OutcomeClass, RequestType } from './types.ts';
import { validateRequest } from './validate.ts';
import { MS_PER_HOUR } from '../time/duration.ts';

// Used when the case has no single logged moment: any fixed, unambiguous time will do.
const defaultMoment = Date.UTC(2026, 2, 6, 20, 14, 7);

const utcText = (ms: number): string => formatUtc(ms).replace(' UTC', '');

function identifierLines(exp: DraftExpectation, dropPort = false): string {
  return exp.identifiers
    .map((id) =>
      id.port !== undefined && !dropPort ? `${id.value} source port ${id.port}` : id.value,
    )
    .join('\n');
}

function changed(value: string): string {
  const ip = /^(\d{1,3}\.\d{1,3}\.\d{1,3}\.)(\d{1,3})$/.exec(value);
  if (ip) return `${ip[1]}${(Number(ip[2]) + 1) % 256}`;
  return `x${value}`;
}

/** A draft that satisfies every check for this type and case file. */
export function completeDraft(type: RequestType, exp: DraftExpectation): Draft {
  const def = requestTypes[type];
  const source = sourceMoment(exp);
  const instant = source?.instants[0] ?? defaultMoment;
  const local = source?.local ?? utcText(instant);
  const zone = source?.zone ?? 'UTC';
  const halfWindow = Math.min(exp.maxWindowHours / 2, 1) * MS_PER_HOUR;
  const at = (ms: number): string => formatLocal(partsIn(ms, source ? local : null, instant));
  const draft: Draft = {};
  for (const field of def.fields) draft[field.id] = `Stated for ${field.id}.`;
  Object.assign(draft, {
    reference: 'CASE-2026-0142',
    recipient: exp.recipient ?? 'requested-authority',
    channel: exp.channel ?? def.channels[0] ?? '',
    requestingAuthority:
      'Cybercrime Unit, National Police, 1 Example Street; office hours 08:00-17:00',
    officeTimeZone: 'Europe/Berlin',
    contact: 'Inspector A. Example, case officer, +49 30 0000 0000, a.example@police.example',
    transmission: 'expedited-electronic',
    offence: exp.offence,
    emergencyFacts:
      'A child is at imminent risk of serious harm: the suspect announced a meeting tonight.',
    // With no identifier in the case file any plausible one is complete; the checks have none to match.
    identifiers: identifierLines(exp) || 'account: example-account-001',
    eventTime: local,
    eventZone: zone,
    eventTimeUtc: utcText(instant),
    windowFrom: at(instant - halfWindow),
    windowTo: at(instant + halfWindow),
    categories: def.categories.filter((c) => !exp.categories || exp.categories.includes(c)),
    dataSought: 'The records named above for the stated period.',
    mlaToFollow: ['mla-will-follow'],
  });
  // Keep only this type's fields, so the draft is also a clean example for the request builder.
  const ids = new Set(def.fields.map((f) => f.id));
  return Object.fromEntries(Object.entries(draft).filter(([id]) => ids.has(id)));
}

// Window ends are written in the log's zone: shift the logged wall clock by the same amount.
function partsIn(
  ms: number,
  local: string | null,
  instant: number,
): Parameters<typeof formatLocal>[0] {
  const base = local ? Date.parse(`${local.replace(' ', 'T')}Z`) : instant;
  const d = new Date(base + (ms - instant));
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}

/** Candidate drafts per outcome, built by spoiling the complete draft in one place each. */
function candidates(
  type: RequestType,
  exp: DraftExpectation,
): Partial<Record<OutcomeClass, Draft>> {
  const def = requestTypes[type];
  const base = completeDraft(type, exp);
  const spoil = (patch: Draft): Draft => ({ ...base, ...patch });
  const first = exp.identifiers[0];
  const ported = exp.identifiers.some((id) => id.port !== undefined);
  const allowed = base['categories'];
  const barred = (['content', 'traffic', 'subscriber'] as const).find(
    (c) => Array.isArray(allowed) && !allowed.includes(c),
  );
  const wrongChannel = ['police-cooperation', 'provider-portal', 'central-authority'].find(
    (c) => !(def.channels as string[]).includes(c),
  );
  const hours = exp.maxWindowHours * 3 + 24;
  return {
    complete: base,
    'missing-elements': spoil({ requestingAuthority: '' }),
    'missing-zone': spoil({ eventZone: '' }),
    'wrong-utc': spoil({ eventTimeUtc: shiftText(String(base['eventTimeUtc']), MS_PER_HOUR) }),
    ...(first && {
      'wrong-identifier': spoil({
        identifiers: identifierLines({
          ...exp,
          identifiers: [{ ...first, value: changed(first.value) }, ...exp.identifiers.slice(1)],
        }),
      }),
    }),
    'vague-identifier': ported
      ? spoil({ identifiers: identifierLines(exp, true) })
      : spoil({
          eventTime: String(base['eventTime']).slice(0, 16),
          eventTimeUtc: String(base['eventTimeUtc']).slice(0, 16),
        }),
    ...(barred && { 'wrong-category': spoil({ categories: [...(allowed as string[]), barred] }) }),
    disproportionate: spoil({
      windowFrom: shiftText(String(base['windowFrom']), -hours * MS_PER_HOUR),
    }),
    ...(type === 'emergency-disclosure' && { 'no-emergency-facts': spoil({ emergencyFacts: '' }) }),
    ...(wrongChannel && { 'wrong-channel': spoil({ channel: wrongChannel }) }),
  };
}

function shiftText(text: string, ms: number): string {
  const t = Date.parse(`${text.replace(' ', 'T')}Z`);
  return Number.isFinite(t) ? utcText(t + ms) : text;
}

/**
 * One draft per outcome class this type and case can produce, for graph walks. Each draft is
 * validated before it is returned, so every entry really produces its outcome; classes this case
 * cannot produce (e.g. a wrong identifier when the case names none) are left out.
 */
export function representativeDrafts(
  type: RequestType,
  expectation: DraftExpectation,
): Partial<Record<OutcomeClass, Draft>> {
  const result: Partial<Record<OutcomeClass, Draft>> = {};
  for (const [outcome, draft] of Object.entries(candidates(type, expectation))) {
    if (validateRequest(type, draft, expectation).outcome === outcome) {
      result[outcome] = draft;
    }
  }
  return result;
}
