import type { ResultFile } from '../schemas/result.ts';
import type { Scenario } from '../schemas/scenario.ts';
import { encodeReplay } from './persistence.ts';
import { scoreReport } from './scoring.ts';
import type { SimState } from './sim/types.ts';

const iso = (ms: number): string => new Date(ms).toISOString();

/** Builds the downloadable result of a run (format `cca-result` v1); `exportedAt` is real time. */
export function resultFile(scenario: Scenario, sim: SimState, exportedAt: string): ResultFile {
  const report = scoreReport(scenario, sim);
  return {
    format: 'cca-result',
    version: 1,
    scenario: { id: scenario.id, version: scenario.version, title: scenario.title },
    seed: sim.seed,
    mode: sim.mode,
    replay: encodeReplay(scenario, sim),
    ending: sim.ending,
    decisions: sim.decisions.map((d) => ({
      node: d.node,
      label: d.label,
      at: iso(d.at),
      score: d.score,
      minScore: d.minScore,
      maxScore: d.maxScore,
    })),
    scores: {
      total: {
        score: report.total.score,
        best: report.total.best,
        percent: report.total.percent,
      },
      dimensions: report.dimensions.map((d) => ({
        dimension: d.dimension,
        score: d.score,
        best: d.best,
        percent: d.percent,
      })),
    },
    evidence: Object.entries(sim.evidence).map(([id, e]) => ({
      id,
      status: e.status,
      since: iso(e.since),
    })),
    exportedAt,
  };
}
