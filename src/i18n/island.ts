import { getContext, setContext } from 'svelte';
import type { Labels, UiKey } from './index.ts';
import { fill } from './fill.ts';

/** A translator bound to the labels an island received. */
export type Translate = (key: UiKey, vars?: Record<string, string | number>) => string;

const key = Symbol('cca-labels');

/** Makes a translator from picked labels. A missing key shows itself, so it gets noticed in tests. */
export function translator(labels: Labels): Translate {
  return (k, vars) => fill(labels[k] ?? k, vars);
}

/** Called once in an island's root component: children then call `useT()`. */
export function provideLabels(labels: Labels): Translate {
  const tr = translator(labels);
  setContext(key, tr);
  return tr;
}

/** The island's translator, from the nearest root that called `provideLabels`. */
export function useT(): Translate {
  return getContext<Translate | undefined>(key) ?? ((k) => k);
}
