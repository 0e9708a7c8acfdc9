import { describe, expect, it } from 'vitest';
import { cgnatCase, accountCase, expectation } from './test-fixtures.ts';
import {
  completeDraft,
  findingCodes,
  requestTypes,
  validateRequest,
  type Draft,
  type RequestType,
} from './index.ts';

const types = Object.keys(requestTypes) as RequestType[];

/** A preservation request as a careful trainee would write it, by hand. */
const handWritten: Draft = {
  reference: 'VAL-CYB-2026/0311',
  recipient: 'ostmark-247',
  channel: 'network-24-7',
  requestingAuthority: 'National Cybercrime Unit, Valdoria Police, Duty Officer; 24/7',
  officeTimeZone: 'Europe/Berlin',
  contact: 'Sgt. M. Example, 24/7 desk, +00 111 222 333, desk247@police.example',
  offence: 'Distribution of child sexual abuse material',
  facts: 'An upload of abuse material (referenced by hash only) was traced to the address below.',
  identifiers: 'IP 198.51.100.23, source port 41234',
  eventTime: '2026-07-06 21:14:07',
  eventZone: 'Europe/Berlin',
  eventTimeUtc: '2026-07-06 19:14:07 UTC',
  windowFrom: '2026-07-06 21:00:00',
  windowTo: '2026-07-06 21:30:00',
  categories: ['subscriber', 'traffic'],
  dataSought: 'Subscriber and connection records for the address and port above in the window.',
  relationToOffence: 'The upload was made from this connection.',
  custodian: 'Ostmark Telecom (the ISP announcing the address range).',
  whyPreservation: 'The ISP overwrites its NAT logs after a few days.',
  mlaToFollow: ['mla-will-follow'],
};

function codes(type: RequestType, draft: Draft, exp = cgnatCase): string[] {
  return validateRequest(type, draft, exp)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => f.code);
}

describe('complete drafts', () => {
  it('a hand-written preservation request is complete with no findings at all', () => {
    const result = validateRequest('preservation', handWritten, cgnatCase);
    expect(result.findings).toEqual([]);
    expect(result.outcome).toBe('complete');
  });

  it.each(
    types.flatMap((type) => [
      [type, 'cgnat', cgnatCase] as const,
      [type, 'account', accountCase] as const,
    ]),
  )('%s (%s case): the complete draft has no errors', (type, _name, exp) => {
    const e = type === 'emergency-disclosure' ? { ...exp, emergency: true } : exp;
    const result = validateRequest(type, completeDraft(type, e), e);
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(result.outcome).toBe('complete');
  });

  it('every finding is data: a known code, a field, reference ids and no sentence', () => {
    const result = validateRequest('mla-stored-data', {}, cgnatCase);
    expect(result.findings.length).toBeGreaterThan(5);
    for (const f of result.findings) {
      expect(findingCodes).toContain(f.code);
      expect(f.field).toMatch(/^[a-zA-Z]+$/);
      expect(f.refs.length).toBeGreaterThan(0);
      for (const ref of f.refs) expect(ref).toMatch(/^[a-z0-9:#-]+$/);
      expect(Object.keys(f)).not.toContain('message');
      expect(Object.keys(f)).not.toContain('why');
    }
  });
});

describe('flaws in a preservation request (CGNAT case, Berlin summer time)', () => {
  it.each<[string, Draft, string, string]>([
    ['no requesting authority', { requestingAuthority: '' }, 'missing-field', 'missing-elements'],
    ['no custodian (Art. 29(2)(d))', { custodian: '  ' }, 'missing-field', 'missing-elements'],
    ['no MLA-to-follow statement', { mlaToFollow: [] }, 'missing-field', 'missing-elements'],
    ['no office time zone', { officeTimeZone: '' }, 'missing-field', 'missing-elements'],
    ['no log time zone', { eventZone: '' }, 'zone-missing', 'missing-zone'],
    ['an abbreviation Intl does not know', { eventZone: 'CEST' }, 'zone-unknown', 'missing-zone'],
    [
      'winter offset used in summer',
      { eventTimeUtc: '2026-07-06 20:14:07' },
      'utc-conversion-wrong',
      'wrong-utc',
    ],
    [
      'UTC field with an offset',
      { eventTimeUtc: '2026-07-06 21:14:07+02:00' },
      'utc-has-offset',
      'wrong-utc',
    ],
    [
      'lost PM',
      { eventTime: '2026-07-06 09:14:07', eventTimeUtc: '' },
      'twelve-hour-ambiguity',
      'wrong-utc',
    ],
    [
      'own zone instead of the log’s',
      { eventZone: 'Europe/London', eventTimeUtc: '2026-07-06 20:14:07' },
      'zone-mismatch',
      'wrong-utc',
    ],
    [
      'another second',
      { eventTime: '2026-07-06 21:14:09', eventTimeUtc: '2026-07-06 19:14:09' },
      'time-mismatch',
      'wrong-utc',
    ],
    [
      'window misses the event',
      { windowFrom: '2026-07-06 22:00:00', windowTo: '2026-07-06 22:30:00' },
      'window-misses-event',
      'wrong-utc',
    ],
    [
      'minutes only',
      { eventTime: '2026-07-06 21:14', eventTimeUtc: '2026-07-06 19:14' },
      'time-imprecise',
      'vague-identifier',
    ],
    [
      'no source port behind CGNAT',
      { identifiers: '198.51.100.23' },
      'port-missing',
      'vague-identifier',
    ],
    ['a /24 range', { identifiers: '198.51.100.0/24' }, 'identifier-range', 'vague-identifier'],
    ['wrong port', { identifiers: '198.51.100.23:41243' }, 'port-mismatch', 'wrong-identifier'],
    [
      'wrong address',
      { identifiers: '198.51.100.32 port 41234' },
      'identifier-not-found',
      'wrong-identifier',
    ],
    [
      'a week of data',
      { windowFrom: '2026-06-29 21:00:00' },
      'window-too-wide',
      'disproportionate',
    ],
    ['"all data"', { dataSought: 'Any and all data you hold.' }, 'all-data', 'disproportionate'],
    [
      'sent to a provider emergency channel',
      { channel: 'provider-emergency' },
      'channel-wrong-route',
      'wrong-channel',
    ],
    [
      'addressed to another body',
      { recipient: 'valdoria-isp' },
      'recipient-wrong',
      'wrong-channel',
    ],
    [
      'window reversed',
      { windowFrom: '2026-07-06 21:30:00', windowTo: '2026-07-06 21:00:00' },
      'window-reversed',
      'missing-elements',
    ],
    ['unreadable time', { eventTime: 'yesterday evening' }, 'time-unreadable', 'missing-elements'],
  ])('%s', (_label, patch, code, outcome) => {
    const draft = { ...handWritten, ...patch };
    expect(codes('preservation', draft)).toContain(code);
    expect(validateRequest('preservation', draft, cgnatCase).outcome).toBe(outcome);
  });

  it.each<[string, Draft]>([
    ['ip:port form', { identifiers: '198.51.100.23:41234' }],
    ['upper case and extra spaces', { identifiers: '  IP   198.51.100.23   PORT 41234 ' }],
    ['AM/PM written out', { eventTime: '2026-07-06 9:14:07 PM' }],
    [
      'zone given as an offset on the time',
      { eventTime: '2026-07-06T21:14:07+02:00', eventZone: '' },
    ],
    [
      'window written in UTC',
      { windowFrom: '2026-07-06 19:00:00Z', windowTo: '2026-07-06 19:30:00Z' },
    ],
    ['identifiers as an array', { identifiers: ['198.51.100.23', 'port 41234'] }],
  ])('accepts equivalent forms: %s', (_label, patch) => {
    expect(codes('preservation', { ...handWritten, ...patch })).toEqual([]);
  });

  it('accepts another zone with the same offset at that instant, without a word', () => {
    // The log is Berlin summer time; Paris and Rome have the same offset that night.
    for (const zone of ['Europe/Paris', 'Europe/Rome']) {
      const result = validateRequest(
        'preservation',
        { ...handWritten, eventZone: zone },
        cgnatCase,
      );
      expect(result.outcome).toBe('complete');
      expect(result.findings.map((f) => f.code)).not.toContain('zone-not-as-recorded');
    }
  });

  it('advises, without an error, when the right moment is re-expressed in another zone', () => {
    const result = validateRequest(
      'preservation',
      {
        ...handWritten,
        eventTime: '2026-07-06 19:14:07',
        eventZone: 'UTC',
        windowFrom: '2026-07-06 19:00:00',
        windowTo: '2026-07-06 19:30:00',
      },
      cgnatCase,
    );
    expect(result.outcome).toBe('complete');
    const advice = result.findings.find((f) => f.code === 'zone-not-as-recorded');
    expect(advice?.severity).toBe('warning');
    // It names the zone by its offset, never by an IANA name no document of the case shows.
    expect(advice?.params).toMatchObject({ recorded: 'UTC+02:00', given: 'UTC' });
  });

  it('rejects a zone with another offset at that instant', () => {
    const result = validateRequest(
      'preservation',
      { ...handWritten, eventZone: 'Europe/London' },
      cgnatCase,
    );
    expect(result.outcome).toBe('wrong-utc');
    expect(result.findings[0]?.code).toBe('zone-mismatch');
  });
});

describe('flaws by route', () => {
  it.each<[RequestType, Draft, string, string]>([
    [
      'provider-subscriber',
      { categories: ['subscriber', 'content'] },
      'category-not-available',
      'wrong-category',
    ],
    [
      'provider-subscriber',
      { categories: ['traffic'] },
      'category-not-available',
      'wrong-category',
    ],
    [
      'provider-subscriber',
      { channel: 'central-authority' },
      'channel-wrong-route',
      'wrong-channel',
    ],
    ['provider-subscriber', { legalBasis: '' }, 'missing-field', 'missing-elements'],
    ['mla-stored-data', { channel: 'provider-portal' }, 'channel-wrong-route', 'wrong-channel'],
    ['mla-stored-data', { conduct: '' }, 'missing-field', 'missing-elements'],
    ['mla-stored-data', { confidentiality: '' }, 'missing-field', 'missing-elements'],
    ['mla-stored-data', { urgency: '' }, 'missing-field', 'missing-elements'],
    ['mla-stored-data', { transmission: '' }, 'missing-field', 'missing-elements'],
    ['emergency-disclosure', { emergencyFacts: '' }, 'missing-field', 'no-emergency-facts'],
    [
      'emergency-disclosure',
      { identifiers: '' },
      'emergency-essential-missing',
      'missing-elements',
    ],
    ['emergency-disclosure', { windowTo: '' }, 'emergency-essential-missing', 'missing-elements'],
    [
      'emergency-disclosure',
      { channel: 'central-authority' },
      'channel-wrong-route',
      'wrong-channel',
    ],
  ])('%s with %j', (type, patch, code, outcome) => {
    const exp = { ...cgnatCase, emergency: type === 'emergency-disclosure' };
    const draft = { ...completeDraft(type, exp), ...patch };
    expect(codes(type, draft, exp)).toContain(code);
    expect(validateRequest(type, draft, exp).outcome).toBe(outcome);
  });

  it('an emergency request without identifiers says the provider will ask back', () => {
    const exp = { ...cgnatCase, emergency: true };
    const result = validateRequest(
      'emergency-disclosure',
      { ...completeDraft('emergency-disclosure', exp), identifiers: '' },
      exp,
    );
    expect(result.findings[0]?.code).toBe('emergency-essential-missing');
  });

  it('the emergency route without an emergency in the case file is refused', () => {
    const exp = { ...cgnatCase, emergency: false };
    const result = validateRequest(
      'emergency-disclosure',
      completeDraft('emergency-disclosure', exp),
      exp,
    );
    expect(result.outcome).toBe('no-emergency-facts');
  });

  it('a case-file channel overrides the type default', () => {
    const exp = expectation({ ...cgnatCase, channel: 'provider-portal' });
    const draft = { ...handWritten, channel: 'network-24-7' };
    expect(validateRequest('preservation', draft, exp).outcome).toBe('wrong-channel');
  });

  it('case-file categories narrow the route: content not needed in this MLA', () => {
    const exp = expectation({ ...cgnatCase, categories: ['subscriber', 'traffic'] });
    const draft = { ...completeDraft('mla-stored-data', exp), categories: ['content'] };
    expect(validateRequest('mla-stored-data', draft, exp).outcome).toBe('wrong-category');
  });

  it('preservation asking for disclosure gets a teaching warning, not an error', () => {
    const result = validateRequest(
      'preservation',
      { ...handWritten, dataSought: 'Please disclose the records to us.' },
      cgnatCase,
    );
    expect(result.outcome).toBe('complete');
    expect(result.findings.map((f) => f.code)).toContain('preservation-discloses-nothing');
  });
});

describe('identifiers of other kinds (account case)', () => {
  const base = completeDraft('provider-subscriber', accountCase);
  it.each<[string, string, string | null]>([
    [
      'all three, case and spacing changed',
      '@nightowl_77\n NIGHTOWL@EXAMPLE.ORG \nhttps://files.example.net/u/nightowl_77/album/991/',
      null,
    ],
    [
      'a similar account',
      'nightowl_78\nnightowl@example.org\nhttps://files.example.net/u/nightowl_77/album/991',
      'identifier-not-found',
    ],
    [
      'a different e-mail',
      'nightowl_77\nnight.owl@example.org\nhttps://files.example.net/u/nightowl_77/album/991',
      'identifier-not-found',
    ],
    [
      'the site but not the page',
      'nightowl_77\nnightowl@example.org\nfiles.example.net',
      'url-host-only',
    ],
  ])('%s', (_label, identifiers, code) => {
    const found = codes('provider-subscriber', { ...base, identifiers }, accountCase);
    if (code) expect(found).toContain(code);
    else expect(found).toEqual([]);
  });
});

describe('DST edge cases', () => {
  it('a local time inside the spring gap is flagged', () => {
    const exp = expectation({
      identifiers: ['203.0.113.9'],
      sourceTime: { local: '2026-03-29T03:30:00', zone: 'Europe/Berlin' },
    });
    const draft = {
      ...completeDraft('provider-subscriber', exp),
      eventTime: '2026-03-29 02:30:00',
    };
    expect(codes('provider-subscriber', draft, exp)).toContain('time-in-dst-gap');
  });

  it('in the autumn overlap either UTC reading is accepted, and a warning asks for UTC when missing', () => {
    const exp = expectation({
      identifiers: ['203.0.113.9'],
      sourceTime: { local: '2026-10-25T02:30:00', zone: 'Europe/Berlin' },
    });
    const base = completeDraft('provider-subscriber', exp);
    for (const utc of ['2026-10-25 00:30:00', '2026-10-25 01:30:00']) {
      expect(
        validateRequest('provider-subscriber', { ...base, eventTimeUtc: utc }, exp).outcome,
      ).toBe('complete');
    }
    const noUtc = validateRequest('provider-subscriber', { ...base, eventTimeUtc: '' }, exp);
    expect(noUtc.findings.map((f) => f.code)).toContain('time-ambiguous-dst');
    expect(
      validateRequest('provider-subscriber', { ...base, eventTimeUtc: '2026-10-25 02:30:00' }, exp)
        .outcome,
    ).toBe('wrong-utc');
  });

  it('the New York change (a different date from Europe) is handled', () => {
    const exp = expectation({
      identifiers: ['203.0.113.9'],
      sourceTime: { local: '2026-03-09T01:00:00', zone: 'America/New_York' },
    });
    const draft = {
      ...completeDraft('provider-subscriber', exp),
      eventTimeUtc: '2026-03-09 06:00:00',
    };
    // 9 March 2026 is already daylight time in New York (UTC-4): 05:00 UTC is right, 06:00 is not.
    expect(validateRequest('provider-subscriber', draft, exp).outcome).toBe('wrong-utc');
    expect(
      validateRequest('provider-subscriber', { ...draft, eventTimeUtc: '2026-03-09 05:00:00' }, exp)
        .outcome,
    ).toBe('complete');
  });
});

describe('outcome precedence', () => {
  it('the first obstacle at the recipient decides: wrong channel beats missing elements beats wrong UTC', () => {
    const draft = {
      ...handWritten,
      channel: 'police-cooperation',
      custodian: '',
      eventTimeUtc: '2026-07-06 20:14:07',
    };
    const result = validateRequest('preservation', draft, cgnatCase);
    expect(result.outcome).toBe('wrong-channel');
    expect(result.findings[0]?.outcome).toBe('wrong-channel');
    expect(
      validateRequest('preservation', { ...draft, channel: 'network-24-7' }, cgnatCase).outcome,
    ).toBe('missing-elements');
  });
});

describe('feedback text', () => {
  it('pins the wording of the decisive time findings', () => {
    const lostPm = validateRequest(
      'preservation',
      { ...handWritten, eventTime: '2026-07-06 09:14:07', eventTimeUtc: '' },
      cgnatCase,
    );
    const badUtc = validateRequest(
      'preservation',
      { ...handWritten, eventTimeUtc: '2026-07-06 20:14:07' },
      cgnatCase,
    );
    expect([lostPm.findings[0], badUtc.findings[0]]).toMatchInlineSnapshot(`
      [
        {
          "code": "twelve-hour-ambiguity",
          "field": "eventTime",
          "outcome": "wrong-utc",
          "params": {
            "logLocal": "2026-07-06 21:14:07",
            "logUtc": "2026-07-06 19:14:07 UTC",
            "logZone": "UTC+02:00",
          },
          "refs": [
            "module:precision-in-requests#time-zones",
          ],
          "severity": "error",
        },
        {
          "code": "utc-conversion-wrong",
          "field": "eventTimeUtc",
          "outcome": "wrong-utc",
          "params": {
            "utc": "2026-07-06 19:14:07 UTC",
          },
          "refs": [
            "module:precision-in-requests#time-zones",
          ],
          "severity": "error",
        },
      ]
    `);
  });
});
