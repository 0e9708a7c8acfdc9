// The linter checks which outcome classes a drafting task can produce: it needs the validator.
import './forms-runtime.ts';
import type { Effects } from '../schemas/effect.ts';
import type { Guard } from '../schemas/guard.ts';
import type { Scenario } from '../schemas/scenario.ts';
import { isOutcomeClass } from './draft-port.ts';
import { kindOf, type LintContext, type OptionSightings } from './kinds/index.ts';
import { walkScenario } from './graph/walk.ts';
import { loadScenarioText } from './load.ts';
import { formatProblem, quote, type Problem } from './problems.ts';
import { isKnownReference } from './references.ts';
import { runDecisions } from './sim/run.ts';
import type { Decision, SimState } from './sim/types.ts';
import { own } from './own.ts';

function endingOf(s: Scenario, seed: number, decisions: Decision[]): string | null {
  const run = runDecisions(s, seed, decisions);
  return run.ok ? run.state.ending : null;
}

/** A scenario file given to the linter. */
export interface ScenarioFile {
  file: string;
  text: string;
}

/** Every problem in every file (errors fail the build), warnings, and the scenarios that parsed. */
export interface LintResult {
  problems: Problem[];
  /** Worth a look, but the scenario still plays fairly (e.g. most options locked at a step). */
  warnings: Problem[];
  scenarios: Scenario[];
}

/** States the linter walks per seed before it reports the scenario as too large. */
export const LINT_MAX_STATES = 200_000;

/** Seeds the linter walks; reachability is the union over them. */
export const lintSeeds = [1, 2, 3];

const stamp =
  /\b(\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?|\d{1,2}\/\d{1,2}\/\d{4},? \d{1,2}:\d{2}(?::\d{2})?(?: ?[AP]M)?)/g;
const zoneAfter =
  /^ ?(Z\b|[+-]\d{2}:?\d{2}\b|UTC\b|GMT\b|[A-Z]{3,5}\b|\(?[A-Z][A-Za-z_]+\/[A-Za-z_]+)/;

/** Timestamps in a log body that carry no zone (`Z`, an offset, UTC/GMT, an abbreviation or an IANA name). */
export function zonelessTimestamps(body: string): string[] {
  const out: string[] = [];
  for (const m of body.matchAll(stamp)) {
    const rest = body.slice((m.index ?? 0) + m[0].length);
    if (!zoneAfter.test(rest)) out.push(m[0]);
  }
  return out;
}

function checkScenario(file: string, s: Scenario): Problem[] {
  const problems: Problem[] = [];
  const add = (path: string, message: string, fix: string): void =>
    void problems.push({ file, path, message, fix });
  const targets = new Set([...Object.keys(s.nodes), ...Object.keys(s.endings)]);
  const targetHint = `use a node or ending id: ${[...targets].join(', ')}`;
  const actorHint = `use an actor id: ${Object.keys(s.actors).join(', ')}`;
  const evidenceHint = `use an evidence id: ${Object.keys(s.evidence).join(', ') || '(none defined)'}`;
  const messageIds = new Set<string>();
  for (const a of Object.values(s.actors))
    for (const r of a.responds?.rules ?? []) messageIds.add(r.message.id);
  for (const i of s.injects) messageIds.add(i.message.id);
  const flagsSet = new Set<string>();
  const sentAs = new Set<string>();
  const effectsList: Array<[string, Effects]> = [];
  const guards: Array<[string, Guard]> = [];

  if (!own(s.states, s.home.state))
    add(
      'home.state',
      `unknown state ${quote(s.home.state)}`,
      `use a state id: ${Object.keys(s.states).join(', ')}`,
    );
  for (const [id, a] of Object.entries(s.actors)) {
    if (!own(s.states, a.state))
      add(
        `actors.${id}.state`,
        `unknown state ${quote(a.state)}`,
        `use a state id: ${Object.keys(s.states).join(', ')}`,
      );
    if (a.provider && !own(s.states, a.provider.seat))
      add(
        `actors.${id}.provider.seat`,
        `unknown state ${quote(a.provider.seat)}`,
        'use a state id',
      );
    a.responds?.rules.forEach(
      (r, i) =>
        r.effects && effectsList.push([`actors.${id}.responds.rules[${i}].effects`, r.effects]),
    );
  }
  for (const [id, e] of Object.entries(s.evidence)) {
    if (!own(s.actors, e.holder))
      add(`evidence.${id}.holder`, `unknown actor ${quote(e.holder)}`, actorHint);
  }
  for (const [id, a] of Object.entries(s.artefacts)) {
    if (a.from && !own(s.actors, a.from))
      add(`artefacts.${id}.from`, `unknown actor ${quote(a.from)}`, actorHint);
    if (a.kind === 'log') {
      for (const t of zonelessTimestamps(a.body)) {
        add(
          `artefacts.${id}.body`,
          `log timestamp ${quote(t)} has no time zone`,
          'write the zone after each timestamp, e.g. 2026-03-06 21:14:07 UTC or +01:00',
        );
      }
    }
  }
  s.injects.forEach(
    (inj, i) => inj.effects && effectsList.push([`injects[${i}].effects`, inj.effects]),
  );
  if (!own(s.nodes, s.start))
    add(
      'start',
      `unknown node ${quote(s.start)}`,
      `use a node id: ${Object.keys(s.nodes).join(', ')}`,
    );
  for (const id of Object.keys(s.nodes))
    if (own(s.endings, id))
      add(`endings.${id}`, `id ${quote(id)} is both a node and an ending`, 'rename one of them');

  const refsAt = (path: string, refs: string[]): void =>
    refs.forEach((r, i) => {
      if (!isKnownReference(r))
        add(
          `${path}[${i}]`,
          `unknown reference ${quote(r)}`,
          'use an id from src/engine/references.ts (e.g. budapest-art-29), module:slug#anchor or glossary:term',
        );
    });
  const nextAt = (path: string, next: string): void => {
    if (!targets.has(next)) add(path, `unknown node or ending ${quote(next)}`, targetHint);
  };

  for (const [id, node] of Object.entries(s.nodes)) {
    const p = `nodes.${id}`;
    node.show.forEach((a, i) => {
      if (!own(s.artefacts, a))
        add(
          `${p}.show[${i}]`,
          `unknown artefact ${quote(a)}`,
          `use an artefact id: ${Object.keys(s.artefacts).join(', ')}`,
        );
    });
    const it = node.interaction;
    const kind = kindOf(it);
    kind.lint(
      it,
      nodeContext(s, `${p}.${kind.field}`, add, {
        nextAt,
        refsAt,
        effects: (path, e) => void effectsList.push([path, e]),
        guard: (path, g) => void guards.push([path, g]),
        sentAs: (c) => void sentAs.add(c),
      }),
    );
  }
  for (const [path, e] of effectsList) {
    for (const id of Object.keys(e.evidence))
      if (!own(s.evidence, id))
        add(`${path}.evidence.${id}`, `unknown evidence ${quote(id)}`, evidenceHint);
    e.send.forEach((m, i) => {
      if (!own(s.actors, m.to))
        add(`${path}.send[${i}].to`, `unknown actor ${quote(m.to)}`, actorHint);
      sentAs.add(m.as);
    });
    for (const f of e.set) flagsSet.add(f);
  }
  for (const [path, g] of guards) {
    for (const id of Object.keys(g.evidence))
      if (!own(s.evidence, id))
        add(`${path}.evidence.${id}`, `unknown evidence ${quote(id)}`, evidenceHint);
    g.inbox.forEach((m, i) => {
      if (!messageIds.has(m))
        add(
          `${path}.inbox[${i}]`,
          `no actor or inject ever sends message ${quote(m)}`,
          `use a message id: ${[...messageIds].join(', ')}`,
        );
    });
    g.flags.forEach((f, i) => {
      if (!flagsSet.has(f))
        add(
          `${path}.flags[${i}]`,
          `flag ${quote(f)} is never set`,
          'set it in some effects, or remove the condition',
        );
    });
  }
  for (const [id, a] of Object.entries(s.actors)) {
    a.responds?.rules.forEach((r, i) =>
      r.on.forEach((on, j) => {
        if (on !== 'any' && !isOutcomeClass(on) && !sentAs.has(on)) {
          add(
            `actors.${id}.responds.rules[${i}].on[${j}]`,
            `nothing is ever sent as ${quote(on)}`,
            'use an outcome class, any, or the `as` of a send effect',
          );
        }
      }),
    );
  }
  return problems;
}

type Add = (path: string, message: string, fix: string) => void;

/** A kind module's lint helpers for one node; the scenario-wide checks collect what they queue. */
function nodeContext(
  scenario: Scenario,
  path: string,
  add: Add,
  queue: Omit<LintContext, 'scenario' | 'path' | 'add' | 'warn'>,
  warn: Add = add,
): LintContext {
  return { scenario, path, add, warn, ...queue };
}

const noQueue: Omit<LintContext, 'scenario' | 'path' | 'add' | 'warn'> = {
  nextAt: () => undefined,
  refsAt: () => undefined,
  effects: () => undefined,
  guard: () => undefined,
  sentAs: () => undefined,
};

/** Lets each node's kind module record what this state shows (e.g. which options together). */
function watchOptions(s: Scenario, seen: Map<string, OptionSightings>, state: SimState): void {
  if (state.ending !== null) return;
  const node = own(s.nodes, state.node);
  const kind = node && kindOf(node.interaction);
  if (!node || !kind?.watch) return;
  let entry = seen.get(state.node);
  if (!entry)
    seen.set(state.node, (entry = { together: new Set(), worst: { locked: 0, enabled: 0 } }));
  kind.watch(s, state, node.interaction, entry);
}

/** After the walks: each kind module's checks on what was seen (label clashes, locked options). */
function checkOptions(s: Scenario, seen: Map<string, OptionSightings>, add: Add, warn: Add): void {
  for (const [id, node] of Object.entries(s.nodes)) {
    const kind = kindOf(node.interaction);
    const ctx = nodeContext(s, `nodes.${id}.${kind.field}`, add, noQueue, warn);
    kind.checkWalked?.(node.interaction, seen.get(id), ctx);
  }
}

function checkWalks(file: string, s: Scenario): { problems: Problem[]; warnings: Problem[] } {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const add = (path: string, message: string, fix: string): void =>
    void problems.push({ file, path, message, fix });
  const warn = (path: string, message: string, fix: string): void =>
    void warnings.push({ file, path, message, fix });
  const nodes = new Set<string>();
  const endings = new Set<string>();
  const sightings = new Map<string, OptionSightings>();
  const deadEnds = new Set<string>();
  for (const seed of lintSeeds) {
    const walk = walkScenario(s, seed, {
      maxStates: LINT_MAX_STATES,
      onState: (state) => watchOptions(s, sightings, state),
    });
    walk.nodesVisited.forEach((n) => nodes.add(n));
    Object.keys(walk.endings).forEach((e) => endings.add(e));
    if (walk.truncated)
      add(
        'nodes',
        `more than ${LINT_MAX_STATES} states; the walk stopped`,
        'keep branches local so that phases rejoin',
      );
    // Every dead-end node, once each (not only the first the walk met).
    for (const d of walk.deadEnds) {
      if (deadEnds.has(d.node)) continue;
      deadEnds.add(d.node);
      add(
        `nodes.${d.node}`,
        `dead end: in some runs no choice is enabled here`,
        'add a choice without a guard, or widen the guards',
      );
    }
    for (const c of walk.cycles)
      add(
        `nodes.${c}`,
        `loop: a choice here can repeat forever without moving the clock`,
        'make the looping choice cost time or change a flag',
      );
    for (const e of new Set(walk.errors)) add('nodes', e, 'fix the data the engine refused');
    if (walk.paths > 0) {
      if (walk.best.total <= 0)
        add(
          'nodes',
          `score ranges do not add up: the best run scores ${walk.best.total}`,
          'give good decisions positive score deltas',
        );
      const ending = endingOf(s, seed, walk.best.decisions);
      if (ending && own(s.endings, ending)?.verdict !== 'success') {
        add(
          `endings.${ending}`,
          `score ranges do not add up: the best-scoring run ends in ${quote(ending)}, not a success`,
          'score the decisions that lead to a success ending higher',
        );
      }
    }
  }
  const seen = new Set<string>();
  const unique = problems.filter((p) => {
    const key = `${p.path}\n${p.message}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
  problems.length = 0;
  problems.push(...unique);
  for (const id of Object.keys(s.nodes))
    if (!nodes.has(id))
      add(
        `nodes.${id}`,
        `node ${quote(id)} is never reached in any run`,
        'link to it from another node, or relax the guards that lead to it',
      );
  for (const id of Object.keys(s.endings))
    if (!endings.has(id))
      add(
        `endings.${id}`,
        `ending ${quote(id)} is never reached in any run`,
        'lead some choice to it, or remove it',
      );
  checkOptions(s, sightings, add, warn);
  return { problems, warnings };
}

/** Lints scenario files and reports every problem at once (schema, references, graph, scores, logs). */
export function lintScenarios(
  files: ScenarioFile[],
  options: { checkFileNames?: boolean } = {},
): LintResult {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const scenarios: Scenario[] = [];
  const ids = new Map<string, string>();
  for (const { file, text } of files) {
    const loaded = loadScenarioText(text, file);
    if (!loaded.ok) {
      problems.push(...loaded.problems);
      continue;
    }
    const s = loaded.scenario;
    const other = ids.get(s.id);
    if (other)
      problems.push({
        file,
        path: 'id',
        message: `${quote(s.id)} is also used by ${other}`,
        fix: 'give each scenario its own id',
      });
    ids.set(s.id, file);
    const base = file.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
    if ((options.checkFileNames ?? true) && base !== s.id) {
      problems.push({
        file,
        path: 'id',
        message: `${quote(s.id)} does not match the file name "${base}"`,
        fix: `rename the file or set id: ${base}`,
      });
    }
    const structural = checkScenario(file, s);
    problems.push(...structural);
    if (structural.length === 0) {
      const walked = checkWalks(file, s);
      problems.push(...walked.problems);
      warnings.push(...walked.warnings);
    }
    scenarios.push(s);
  }
  return { problems, warnings, scenarios };
}

/** The linter's report as text lines, one problem a line (warnings after errors, marked). */
export function formatLint(result: Pick<LintResult, 'problems'> & Partial<LintResult>): string {
  return [
    ...result.problems.map(formatProblem),
    ...(result.warnings ?? []).map((w) => `warning: ${formatProblem(w)}`),
  ].join('\n');
}
