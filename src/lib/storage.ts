/**
 * Browser storage that never throws and never loses data silently. Storage may be missing
 * (private mode, disabled by policy), full, or hold something damaged or tampered with.
 */

export type ReadResult =
  | { ok: true; value: unknown; raw: string }
  | { ok: false; reason: 'missing' | 'unavailable' }
  | { ok: false; reason: 'corrupt'; raw: string };

export type WriteResult = 'ok' | 'unavailable' | 'full';

let probed: Storage | null | undefined;

/**
 * The browser's localStorage, or null where it is disabled or throws on access. The write probe
 * runs once per page: every write fires a `storage` event in the site's other tabs, so probing on
 * each read made two tabs echo each other's reads forever (issue 15).
 */
function store(): Storage | null {
  if (probed !== undefined) return probed;
  try {
    const s = globalThis.localStorage;
    const probe = '__cca_probe__';
    s.setItem(probe, '1');
    s.removeItem(probe);
    probed = s;
  } catch {
    probed = null;
  }
  return probed;
}

/** True for a `storage` event about one of the site's own keys (not the probe, not a clear by another script). */
export function concernsKey(e: StorageEvent, key: string): boolean {
  return e.key === key || e.key === null;
}

/** Reads and JSON-parses a key. Damaged JSON is returned as `corrupt` with its raw text, not dropped. */
export function readJson(key: string): ReadResult {
  const s = store();
  if (!s) return { ok: false, reason: 'unavailable' };
  let raw: string | null;
  try {
    raw = s.getItem(key);
  } catch {
    return { ok: false, reason: 'unavailable' };
  }
  if (raw === null) return { ok: false, reason: 'missing' };
  try {
    return { ok: true, value: JSON.parse(raw) as unknown, raw };
  } catch {
    return { ok: false, reason: 'corrupt', raw };
  }
}

/** Writes a value as JSON; reports a full or unavailable store instead of throwing. */
export function writeJson(key: string, value: unknown): WriteResult {
  const s = store();
  if (!s) return 'unavailable';
  try {
    s.setItem(key, JSON.stringify(value));
    return 'ok';
  } catch {
    return 'full';
  }
}

/** Removes a key; silently does nothing when storage is unavailable. */
export function removeKey(key: string): void {
  try {
    store()?.removeItem(key);
  } catch {
    /* nothing to remove */
  }
}

/**
 * Keeps unreadable data aside under `<key>.unreadable` (never overwritten by a later save), so the
 * learner can still export it. Returns the key it was kept under, or null if that failed too.
 */
export function keepAside(key: string, raw: string): string | null {
  const asideKey = `${key}.unreadable`;
  return writeRaw(asideKey, raw) === 'ok' ? asideKey : null;
}

function writeRaw(key: string, raw: string): WriteResult {
  const s = store();
  if (!s) return 'unavailable';
  try {
    s.setItem(key, raw);
    return 'ok';
  } catch {
    return 'full';
  }
}
