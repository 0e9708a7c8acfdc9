/**
 * Data-keyed lookups use own properties only: a key read from a file, a save or a code (for
 * example `constructor` or `__proto__`) must never resolve to something on Object.prototype.
 */

/** The value stored under `key` in a plain record, or undefined when the record does not own it. */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
