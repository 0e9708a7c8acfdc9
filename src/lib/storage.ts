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

/** Every key a damaged copy of `key` is kept under (`<key>.unreadable` and `<key>.unreadable.<time>`). */
export function asideKeys(key: string): string[] {
  const s = store();
  const base = `${key}.unreadable`;
  const out: string[] = [];
  try {
    for (let i = 0; s && i < s.length; i++) {
      const k = s.key(i);
      if (k !== null && (k === base || k.startsWith(`${base}.`))) out.push(k);
    }
  } catch {
    /* unavailable: nothing kept */
  }
  return out.sort();
}

/**
 * Keeps unreadable data aside under `<key>.unreadable.<time>`, never overwriting an earlier copy
 * (a second damaged save is a second copy), so the learner can still export each. The same text
 * is kept once. Returns the key it is kept under, or null if keeping it failed.
 */
export function keepAside(key: string, raw: string, now = Date.now()): string | null {
  const s = store();
  if (!s) return null;
  try {
    for (const k of asideKeys(key)) if (s.getItem(k) === raw) return k;
    const base = `${key}.unreadable.${new Date(now).toISOString()}`;
    let asideKey = base;
    for (let n = 2; s.getItem(asideKey) !== null; n++) asideKey = `${base}-${n}`;
    return writeRaw(asideKey, raw) === 'ok' ? asideKey : null;
  } catch {
    return null;
  }
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
