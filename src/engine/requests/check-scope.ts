import type { DataCategory, DraftExpectation } from '../../schemas/request.ts';
import { channels, dataCategories, type Channel } from '../../schemas/vocabulary.ts';
import { listOf, normalise, textOf } from './draft-values.ts';
import { refs } from './fields.ts';
import { finding } from './outcomes.ts';
import type { Draft, Finding, RequestTypeDefinition } from './types.ts';

// Where each route's requests go: one shared reason per route, and the reference that says so.
const channelReference: Record<RequestTypeDefinition['type'], string> = {
  preservation: refs.art29,
  'mla-stored-data': refs.art27,
  'provider-subscriber': refs.sca2702,
  'emergency-disclosure': refs.sca2702,
  'spontaneous-information': refs.art26,
};

/** Checks the recipient and channel against the route and the case file. */
export function checkChannel(
  def: RequestTypeDefinition,
  draft: Draft,
  exp: DraftExpectation,
): Finding[] {
  const findings: Finding[] = [];
  const channel = normalise(textOf(draft, 'channel'));
  const because = `channel-${def.type}` as const;
  const reference = channelReference[def.type];
  const known = (channels as readonly string[]).includes(channel);
  if (channel !== '' && (!known || !def.channels.includes(channel as Channel))) {
    findings.push(
      finding({
        code: 'channel-wrong-route',
        field: 'channel',
        params: known ? { channel } : { text: channel.slice(0, 40) },
        because,
        reference,
        outcome: 'wrong-channel',
      }),
    );
  } else if (channel !== '' && exp.channel && channel !== exp.channel) {
    findings.push(
      finding({
        code: 'channel-not-expected',
        field: 'channel',
        params: { channel: exp.channel },
        because,
        reference,
        outcome: 'wrong-channel',
      }),
    );
  }
  const recipient = normalise(textOf(draft, 'recipient'));
  if (recipient !== '' && exp.recipient && recipient !== normalise(exp.recipient)) {
    findings.push(
      finding({
        code: 'recipient-wrong',
        field: 'recipient',
        because,
        reference,
        outcome: 'wrong-channel',
      }),
    );
  }
  return findings;
}

const isCategory = (value: string): value is DataCategory =>
  (dataCategories as readonly string[]).includes(value);

/** Checks ticked data categories against what the route can deliver, and "all data" wording. */
export function checkCategories(
  def: RequestTypeDefinition,
  draft: Draft,
  exp: DraftExpectation,
): Finding[] {
  const findings: Finding[] = [];
  const allowed = def.categories.filter((c) => !exp.categories || exp.categories.includes(c));
  for (const value of listOf(draft, 'categories')) {
    if (!isCategory(value) || allowed.includes(value)) continue;
    // Barred by the route itself (content from a US provider) or only by what this case needs.
    const typeBars = !def.categories.includes(value);
    findings.push(
      finding({
        code: 'category-not-available',
        field: 'categories',
        params: { category: value },
        because: typeBars ? `category-${value}` : 'category-case',
        reference: def.type === 'provider-subscriber' ? refs.sca2702 : refs.art31,
        outcome: 'wrong-category',
      }),
    );
  }
  const wording = ['dataSought', 'identifiers', 'relationToOffence']
    .map((id) => textOf(draft, id))
    .join(' ');
  if (
    /\b(?:any and all|all(?: available| stored| the)?) (?:data|information|records|content|communications)\b|\beverything\b/i.test(
      wording,
    )
  ) {
    findings.push(
      finding({
        code: 'all-data',
        field: 'dataSought',
        reference: refs.precision,
        outcome: 'disproportionate',
      }),
    );
  }
  return findings;
}
