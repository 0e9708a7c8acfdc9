/**
 * How the room decided: pure aggregation of verified, replayed team runs. No DOM, no engine
 * search beyond what `scoreReport` caches per seed, so 200 results aggregate in milliseconds.
 */
import {
  choicesOf,
  type InteractionKind,
  type Scenario,
  type SimState,
} from '../../engine/runtime.ts';
import { scoreReport } from '../../engine/analysis-runtime.ts';
import { dimensions, type Dimension } from '../../schemas/vocabulary.ts';

/** One team's replayed run. */
export interface TeamRun {
  team: string;
  sim: SimState;
}

/** One option at a decision point and the teams that took it. */
export interface OptionCount {
  id: string;
  label: string;
  count: number;
  teams: string[];
  /** Taken on the best path for this seed. */
  best: boolean;
}

/** A decision point (node) and how the teams that reached it chose. */
export interface DecisionPoint {
  node: string;
  title: string;
  kind: 'choices' | 'select' | 'draft';
  reached: number;
  options: OptionCount[];
}

/** Score spread on one dimension (or the total), in points and percent of the best run. */
export interface Spread {
  dimension: Dimension | 'total';
  best: number;
  min: number;
  median: number;
  max: number;
  /** Teams per 20-percent band: 0–19, 20–39, 40–59, 60–79, 80–100. */
  bands: number[];
  /** Per team, in import order. */
  scores: number[];
  percents: Array<number | null>;
}

/** An evidence item lost by some teams, with when. */
export interface EvidenceLoss {
  id: string;
  label: string;
  lost: Array<{ team: string; at: number }>;
}

/** A draft outcome class other than `complete`, by how many teams produced it. */
export interface Mistake {
  outcome: string;
  count: number;
  teams: string[];
  nodes: string[];
}

/** The whole aggregation. */
export interface Aggregate {
  teams: number;
  finished: number;
  points: DecisionPoint[];
  spreads: Spread[];
  evidence: EvidenceLoss[];
  mistakes: Mistake[];
  endings: Array<{ id: string; title: string; count: number }>;
  paths: Array<{
    team: string;
    ending: string | null;
    percent: number;
    steps: Array<{ node: string; label: string; score: number; maxScore: number }>;
  }>;
}

const median = (xs: number[]): number => {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};

/** An own entry of a data-keyed table (ids come from imported runs: `constructor` must not resolve). */
const own = <T>(table: Readonly<Record<string, T>>, id: string): T | undefined =>
  Object.hasOwn(table, id) ? table[id] : undefined;

const band = (percent: number): number => Math.min(4, Math.floor(percent / 20));

/** The option ids a decision record took at its node. */
function taken(record: SimState['decisions'][number]): string[] {
  const d = record.decision;
  if (d.kind === 'choose') return [d.choice];
  if (d.kind === 'select') return d.options;
  if (d.kind === 'draft') return [d.outcome];
  return [];
}

/** Option ids and labels of a node, in scenario order (draft nodes: outcome classes as seen). */
function optionsOf(scenario: Scenario, node: string): Array<{ id: string; label: string }> {
  const n = own(scenario.nodes, node);
  if (!n) return [];
  const choices = choicesOf(n.interaction);
  if (choices.length > 0) {
    // Choices that read the same (guarded variants) are told apart by where they lead.
    const twins = (label: string): boolean => choices.filter((c) => c.label === label).length > 1;
    return choices.map((c) => ({
      id: c.id,
      label: twins(c.label)
        ? `${c.label} → ${own(scenario.nodes, c.next)?.title ?? own(scenario.endings, c.next)?.title ?? c.next}`
        : c.label,
    }));
  }
  if (n.interaction.kind === 'select')
    return n.interaction.options.map((o) => ({ id: o.id, label: o.label }));
  return [];
}

/** The decision point a node's interaction makes on the dashboard (waits are no decision). */
const pointKind: Record<InteractionKind, DecisionPoint['kind'] | null> = {
  choose: 'choices',
  continue: 'choices',
  select: 'select',
  draft: 'draft',
  wait: null,
};

/** Aggregates team runs of one scenario and seed; `best` is the engine's best run for the seed. */
export function aggregate(scenario: Scenario, runs: readonly TeamRun[], best: SimState): Aggregate {
  const bestTaken = new Map<string, Set<string>>();
  for (const r of best.decisions) {
    const set = bestTaken.get(r.node) ?? new Set<string>();
    for (const id of taken(r)) set.add(id);
    bestTaken.set(r.node, set);
  }

  const points: DecisionPoint[] = [];
  for (const [node, n] of Object.entries(scenario.nodes)) {
    const kind = pointKind[n.interaction.kind];
    if (!kind) continue;
    const byOption = new Map<string, OptionCount>();
    for (const o of optionsOf(scenario, node))
      byOption.set(o.id, {
        ...o,
        count: 0,
        teams: [],
        best: bestTaken.get(node)?.has(o.id) ?? false,
      });
    let reached = 0;
    for (const run of runs) {
      const records = run.sim.decisions.filter((d) => d.node === node);
      if (records.length === 0) continue;
      reached++;
      for (const id of new Set(records.flatMap(taken))) {
        let option = byOption.get(id);
        if (!option) {
          option = {
            id,
            label: id,
            count: 0,
            teams: [],
            best: bestTaken.get(node)?.has(id) ?? false,
          };
          byOption.set(id, option);
        }
        option.count++;
        option.teams.push(run.team);
      }
    }
    if (reached > 0)
      points.push({ node, title: n.title, kind, reached, options: [...byOption.values()] });
  }

  const reports = runs.map((r) => scoreReport(scenario, r.sim));
  const spread = (dimension: Dimension | 'total'): Spread => {
    const scores = reports.map((rep) =>
      dimension === 'total'
        ? rep.total.score
        : (rep.dimensions.find((d) => d.dimension === dimension)?.score ?? 0),
    );
    const percents = reports.map((rep) =>
      dimension === 'total'
        ? rep.total.percent
        : (rep.dimensions.find((d) => d.dimension === dimension)?.percent ?? null),
    );
    const bestScore =
      dimension === 'total'
        ? (reports[0]?.total.best ?? 0)
        : (reports[0]?.dimensions.find((d) => d.dimension === dimension)?.best ?? 0);
    const bands = [0, 0, 0, 0, 0];
    for (const p of percents) if (p !== null) bands[band(p)] = (bands[band(p)] ?? 0) + 1;
    return {
      dimension,
      best: bestScore,
      min: scores.length ? Math.min(...scores) : 0,
      median: median(scores),
      max: scores.length ? Math.max(...scores) : 0,
      bands,
      scores,
      percents,
    };
  };

  const evidence: EvidenceLoss[] = Object.entries(scenario.evidence).map(([id, e]) => ({
    id,
    label: e.label,
    lost: runs
      .filter((r) => own(r.sim.evidence, id)?.status === 'lost')
      .map((r) => ({
        team: r.team,
        at: own(r.sim.evidence, id)?.lostAt ?? own(r.sim.evidence, id)?.since ?? 0,
      })),
  }));

  const mistakes = new Map<string, Mistake>();
  for (const run of runs) {
    for (const d of run.sim.decisions) {
      if (d.decision.kind !== 'draft' || d.decision.outcome === 'complete') continue;
      const m = mistakes.get(d.decision.outcome) ?? {
        outcome: d.decision.outcome,
        count: 0,
        teams: [],
        nodes: [],
      };
      if (!m.teams.includes(run.team)) {
        m.teams.push(run.team);
        m.count++;
      }
      const title = own(scenario.nodes, d.node)?.title ?? d.node;
      if (!m.nodes.includes(title)) m.nodes.push(title);
      mistakes.set(m.outcome, m);
    }
  }

  const endings = Object.entries(scenario.endings)
    .map(([id, e]) => ({
      id,
      title: e.title,
      count: runs.filter((r) => r.sim.ending === id).length,
    }))
    .filter((e) => e.count > 0);

  return {
    teams: runs.length,
    finished: runs.filter((r) => r.sim.ending !== null).length,
    points,
    spreads: [spread('total'), ...dimensions.map(spread)],
    evidence: evidence.filter((e) => e.lost.length > 0),
    mistakes: [...mistakes.values()].sort(
      (a, b) => b.count - a.count || a.outcome.localeCompare(b.outcome),
    ),
    endings,
    paths: runs.map((r, i) => ({
      team: r.team,
      ending: r.sim.ending,
      percent: reports[i]?.total.percent ?? 0,
      steps: r.sim.decisions.map((d) => ({
        node: own(scenario.nodes, d.node)?.title ?? d.node,
        label: d.label,
        score: d.score,
        maxScore: d.maxScore,
      })),
    })),
  };
}

const cell = (v: string | number | null): string => {
  let s = v === null ? '' : String(v);
  // A cell starting with = + - @ would run as a formula in a spreadsheet: quote it as text.
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** The words of the CSV file: its column headers and the ending of an unfinished run. */
export interface CsvWords {
  team: string;
  ending: string;
  total: string;
  percent: string;
  dimension: (d: Dimension) => string;
  evidenceLost: string;
  path: string;
  unfinished: string;
}

/** The CSV words of the English dashboard (machine-friendly headers; dimensions by id). */
export const englishCsvWords: CsvWords = {
  team: 'team',
  ending: 'ending',
  total: 'total',
  percent: 'percent',
  dimension: (d) => d,
  evidenceLost: 'evidence lost',
  path: 'path',
  unfinished: 'unfinished',
};

/** One CSV row per team: scores per dimension, ending, lost evidence and the path taken. */
export function toCsv(
  scenario: Scenario,
  agg: Aggregate,
  names: (team: string) => string,
  words: CsvWords = englishCsvWords,
): string {
  const head = [
    words.team,
    words.ending,
    words.total,
    words.percent,
    ...dimensions.map(words.dimension),
    words.evidenceLost,
    words.path,
  ];
  const rows = agg.paths.map((p, i) => [
    names(p.team),
    p.ending ? (own(scenario.endings, p.ending)?.title ?? p.ending) : words.unfinished,
    agg.spreads[0]?.scores[i] ?? 0,
    p.percent,
    ...dimensions.map((_, j) => agg.spreads[j + 1]?.scores[i] ?? 0),
    agg.evidence
      .filter((e) => e.lost.some((l) => l.team === p.team))
      .map((e) => e.label)
      .join('; '),
    p.steps.map((s) => s.label).join(' > '),
  ]);
  return [head, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
