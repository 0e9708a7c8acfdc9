import { nextRandom, toSeed } from '../random.ts';

/**
 * Display order of a node's options for a run: a permutation of the file order drawn from the
 * run's seed and the node id. Same seed, same order (workshop teams and replays agree); across
 * seeds every option lands in every place, so the recommended option has no fixed position. It
 * does not touch the run's PRNG state, so reordering never changes delays. Replay codes keep
 * file-order indexes.
 */
export function displayOrder(seed: number, nodeId: string, count: number): number[] {
  const order = Array.from({ length: count }, (_, i) => i);
  let state = (toSeed(nodeId) ^ seed) >>> 0;
  for (let i = count - 1; i > 0; i--) {
    const [r, next] = nextRandom(state);
    state = next;
    const j = Math.floor(r * (i + 1));
    [order[i], order[j]] = [order[j] ?? j, order[i] ?? i];
  }
  return order;
}

/** The items in the display order of this run. */
export function inDisplayOrder<T>(seed: number, nodeId: string, items: readonly T[]): T[] {
  return displayOrder(seed, nodeId, items.length).flatMap((i) => {
    const item = items[i];
    return item === undefined ? [] : [item];
  });
}
