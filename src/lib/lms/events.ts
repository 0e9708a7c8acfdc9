/**
 * The learning events the site announces on `window`, read defensively: the LMS bridge listens to
 * them and never trusts their shape (another script could dispatch anything).
 */
import type { DecisionResult } from './scorm12.ts';

/** Which SCO/AU this page is: a module page or a scenario page, from its path. */
export type Unit = { kind: 'module' | 'scenario'; id: string };

/** The unit a packaged page stands for, from its location (`modules/<slug>/`, `scenarios/<id>/`). */
export function unitOf(pathname: string): Unit | null {
  const m = /\/(modules|scenarios)\/([a-z0-9-]{1,100})\/(?:index\.html)?$/.exec(pathname);
  if (!m?.[1] || !m[2]) return null;
  return { kind: m[1] === 'modules' ? 'module' : 'scenario', id: m[2] };
}

/** The five cmi5 launch parameters, when all are on the URL. */
export function hasCmi5Launch(search: string): boolean {
  const p = new URLSearchParams(search);
  return ['endpoint', 'fetch', 'actor', 'registration', 'activityId'].every((k) => p.has(k));
}

const obj = (x: unknown): Record<string, unknown> | null =>
  typeof x === 'object' && x !== null ? (x as Record<string, unknown>) : null;
const num = (x: unknown): number | null => (typeof x === 'number' && Number.isFinite(x) ? x : null);
const str = (x: unknown): string | null => (typeof x === 'string' ? x : null);

/** A finished scenario run (`cca:scenario-result` detail: the engine's result file). */
export interface ScenarioFinished {
  id: string;
  mode: 'practice' | 'assessment';
  percent: number;
  replay: string;
  decisions: DecisionResult[];
}

/** Reads a `cca:scenario-result` detail; null when it is not one. */
export function readScenarioFinished(detail: unknown): ScenarioFinished | null {
  const d = obj(detail);
  const scenario = obj(d?.['scenario']);
  const total = obj(obj(d?.['scores'])?.['total']);
  const id = str(scenario?.['id']);
  const percent = num(total?.['percent']);
  const replay = str(d?.['replay']);
  const mode = d?.['mode'];
  const list = Array.isArray(d?.['decisions']) ? (d['decisions'] as unknown[]) : null;
  if (!id || percent === null || !replay || !list) return null;
  if (mode !== 'practice' && mode !== 'assessment') return null;
  const decisions: DecisionResult[] = [];
  for (const raw of list) {
    const x = obj(raw);
    const node = str(x?.['node']);
    const label = str(x?.['label']);
    const score = num(x?.['score']);
    const minScore = num(x?.['minScore']);
    const maxScore = num(x?.['maxScore']);
    if (node === null || label === null || score === null || minScore === null || maxScore === null)
      return null;
    decisions.push({ node, label, score, minScore, maxScore });
  }
  return { id, mode, percent, replay, decisions };
}

/** Reads a `cca:scenario-progress` detail (`{ id, replay }`). */
export function readProgress(detail: unknown): { id: string; replay: string } | null {
  const d = obj(detail);
  const id = str(d?.['id']);
  const replay = str(d?.['replay']);
  return id && replay && /^[A-Za-z0-9_-]+$/.test(replay) ? { id, replay } : null;
}

/** Reads a knowledge-check result (`cca:quiz-result` or `cca:quiz-finished`) as slug and percent. */
export function readQuiz(detail: unknown): { slug: string; percent: number } | null {
  const d = obj(detail);
  const slug = str(d?.['moduleId']) ?? str(d?.['slug']);
  const right = num(d?.['score']) ?? num(d?.['correct']);
  const total = num(d?.['max']) ?? num(d?.['total']);
  if (!slug || right === null || !total || total <= 0) return null;
  return { slug, percent: Math.round((Math.max(0, right) / total) * 100) };
}

/** Reads a `cca:module-read` detail (`{ slug }`). */
export function readModuleRead(detail: unknown): string | null {
  return str(obj(detail)?.['slug']);
}
