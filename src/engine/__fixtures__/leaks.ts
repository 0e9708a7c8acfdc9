// Test helper (pure TS, used by unit and e2e tests): finds internal ids and ISO-8601 durations in
// text a trainee would see.
import type { Scenario } from '../../schemas/scenario.ts';
import { choicesOf } from '../kinds/index.ts';
import {
  channels,
  evidenceStatuses,
  outcomeClasses,
  requestTypes,
} from '../../schemas/vocabulary.ts';

/** An ISO-8601 duration such as `PT12H` or `P2DT3H` (at least one number). */
const isoDuration = /\bP(?=\d|T\d)(?:\d+W)?(?:\d+D)?(?:T(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+S)?)?\b/;

/**
 * The kebab-case ids of a scenario (nodes, choices, options, endings, evidence, artefacts,
 * actors, messages) and the schema's enum values (outcome classes, evidence statuses, channels,
 * request types, the artefact and actor kinds the scenario uses): words no trainee should read. Ids without a hyphen
 * (`start`, `logs`) are ordinary words and cannot be told apart from prose, so they are left out.
 */
export function idTokens(scenario: Scenario): Set<string> {
  const ids = new Set<string>([
    scenario.id,
    ...outcomeClasses,
    ...evidenceStatuses,
    ...channels,
    ...requestTypes,
  ]);
  const add = (...xs: string[]): void => xs.forEach((x) => ids.add(x));
  add(...Object.keys(scenario.nodes), ...Object.keys(scenario.endings));
  add(...Object.keys(scenario.evidence), ...Object.keys(scenario.artefacts));
  add(...Object.keys(scenario.actors), ...Object.keys(scenario.states));
  for (const { interaction: it } of Object.values(scenario.nodes)) {
    add(...choicesOf(it).map((c) => c.id));
    if (it.kind === 'select') add(...it.options.map((o) => o.id));
  }
  for (const actor of Object.values(scenario.actors)) {
    add(actor.kind);
    add(...(actor.responds?.rules ?? []).map((r) => r.message.id));
  }
  add(...Object.values(scenario.artefacts).map((a) => a.kind));
  return new Set([...ids].filter((id) => id.includes('-')));
}

/** The id-like tokens, ISO durations, unfilled placeholders and missing dictionary keys in a text. */
export function findLeaks(text: string, ids: ReadonlySet<string>): string[] {
  const found: string[] = [];
  const iso = isoDuration.exec(text);
  if (iso) found.push(iso[0]);
  for (const word of text.match(/[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+/g) ?? [])
    if (ids.has(word)) found.push(word);
  const placeholder =
    /\{[a-zA-Z]+\}|\bundefined\b|\b(?:player|dimension|request\.field)\.[a-zA-Z.-]+/.exec(text);
  if (placeholder) found.push(placeholder[0]);
  return found;
}
