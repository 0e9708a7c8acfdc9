import type { DataCategory, DraftExpectation } from '../../schemas/request.ts';
import { channels, type Channel } from '../../schemas/vocabulary.ts';
import { listOf, normalise, textOf } from './draft-values.ts';
import { categoryOptions, channelOptions, refs } from './fields.ts';
import { finding } from './outcomes.ts';
import type { Draft, Finding, RequestTypeDefinition } from './types.ts';

const channelWhy: Record<RequestTypeDefinition['type'], [string, string]> = {
  preservation: [
    'Preservation requests go to the 24/7 point of contact, or directly to a provider that accepts them.',
    refs.art29,
  ],
  'mla-stored-data': [
    'A mutual legal assistance request goes to the requested State’s central authority, which has it executed; a provider or police desk cannot.',
    refs.art27,
  ],
  'provider-subscriber': [
    'A direct request goes to the provider’s law-enforcement channel; no other body answers it.',
    refs.sca2702,
  ],
  'emergency-disclosure': [
    'Emergency requests go to the provider’s emergency channel (or the 24/7 point of contact), which answers around the clock.',
    refs.sca2702,
  ],
};

const labelOf = (value: string): string =>
  channelOptions.find((o) => o.value === value)?.label ?? `"${value.slice(0, 40)}"`;

/** Checks the recipient and channel against the route and the case file. */
export function checkChannel(
  def: RequestTypeDefinition,
  draft: Draft,
  exp: DraftExpectation,
): Finding[] {
  const findings: Finding[] = [];
  const channel = normalise(textOf(draft, 'channel'));
  const [why, reference] = channelWhy[def.type];
  const known = (channels as readonly string[]).includes(channel);
  if (channel !== '' && (!known || !def.channels.includes(channel as Channel))) {
    findings.push(
      finding({
        code: 'channel-wrong-route',
        field: 'channel',
        message: `${labelOf(channel)} is not a channel for this kind of request.`,
        why,
        reference,
        outcome: 'wrong-channel',
      }),
    );
  } else if (channel !== '' && exp.channel && channel !== exp.channel) {
    findings.push(
      finding({
        code: 'channel-not-expected',
        field: 'channel',
        message: `In this case the request should go through: ${labelOf(exp.channel)}.`,
        why,
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
        message: 'The request is addressed to a body that cannot execute it in this case.',
        why,
        reference,
        outcome: 'wrong-channel',
      }),
    );
  }
  return findings;
}

const categoryWhy: Record<DataCategory, string> = {
  content:
    'US providers are generally read as barred from giving stored content directly to foreign authorities outside an emergency; content needs mutual legal assistance through the central authority.',
  traffic:
    'Traffic data held by a US provider usually need mutual legal assistance outside emergencies; this route is for subscriber information.',
  subscriber: 'This route cannot deliver subscriber information in this case.',
};

/** Checks ticked data categories against what the route can deliver, and "all data" wording. */
export function checkCategories(
  def: RequestTypeDefinition,
  draft: Draft,
  exp: DraftExpectation,
): Finding[] {
  const findings: Finding[] = [];
  const allowed = def.categories.filter((c) => !exp.categories || exp.categories.includes(c));
  for (const value of listOf(draft, 'categories')) {
    const option = categoryOptions.find((o) => o.value === value);
    if (!option || allowed.includes(value as DataCategory)) continue;
    const typeBars = !def.categories.includes(value as DataCategory);
    findings.push(
      finding({
        code: 'category-not-available',
        field: 'categories',
        message: `${option.label.split(' (')[0] ?? value} cannot be obtained through this request in this case.`,
        why: typeBars
          ? categoryWhy[value as DataCategory]
          : 'Ask only for the categories this route can deliver and the case needs; the rest will be refused or delay the answer.',
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
        message: 'The request asks for "all data" instead of naming what is needed.',
        why: 'Providers narrow or refuse overly broad requests; the recipient must be able to justify each item it discloses.',
        reference: refs.precision,
        outcome: 'disproportionate',
      }),
    );
  }
  return findings;
}
