// Test helper: an in-memory Web Storage for unit tests of code that reads localStorage.

/** A `Storage` kept in a Map (no quota, no events). */
export class MemoryStorage {
  #m = new Map<string, string>();
  get length(): number {
    return this.#m.size;
  }
  key(i: number): string | null {
    return [...this.#m.keys()][i] ?? null;
  }
  getItem(k: string): string | null {
    return this.#m.get(k) ?? null;
  }
  setItem(k: string, v: string): void {
    this.#m.set(k, String(v));
  }
  removeItem(k: string): void {
    this.#m.delete(k);
  }
  clear(): void {
    this.#m.clear();
  }
}
