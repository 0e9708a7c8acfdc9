/**
 * Session codes and result codes: short, versioned, checksummed strings that travel by link, QR
 * code, chat or voice. Only `A–Z a–z 0–9 . _ : -` appear, so they survive URLs and chat apps.
 *
 *   session: CCAS1.<scenario>.<version>.<seed base36>.<p|a>.<session id>.<crc32>
 *   result:  CCAR1.<scenario>.<version>.<seed base36>.<p|a>.<session id>.<team>.<decisions>.<scores>.<crc32>
 *
 * `<team>` is base64url UTF-8; `<decisions>` the engine's replay tokens joined by `_`; `<scores>`
 * the total then the five dimensions joined by `_`; `<crc32>` is CRC-32 of everything before it,
 * 7 base-36 digits. Decoders never throw: every failure is a typed reason.
 */
import {
  limits,
  scenarioIdPattern,
  sessionIdPattern,
  tokenPattern,
  type Session,
  type TeamResult,
} from '../../schemas/session.ts';
import { dimensions, type Dimension } from '../../schemas/vocabulary.ts';

/** Why a code was refused. */
export type CodeError = 'not-a-code' | 'version' | 'checksum' | 'malformed';
/** A decode result; never thrown. */
export type Decoded<T> = { ok: true; value: T } | { ok: false; reason: CodeError };

let table: Uint32Array | null = null;

/** CRC-32 (IEEE) of a string's UTF-8 bytes. */
export function crc32(text: string): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const byte of new TextEncoder().encode(text)) {
    crc = (table[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  }
  return (crc ^ 0xffffffff) >>> 0;
}

const sum = (body: string): string => crc32(body).toString(36).padStart(7, '0');
const withSum = (body: string): string => `${body}.${sum(body)}`;

/** Removes markup characters, controls and extra spaces from a team name; caps its length. */
export function cleanTeam(name: string): string {
  return (
    name
      // NFKC folds look-alikes (full-width letters, ligatures) into one spelling.
      .normalize('NFKC')
      .replace(/[<>&"'`\\]/g, '')
      // Controls and every format character (soft hyphen, joiners, U+2060–2064, bidi marks, BOM):
      // invisible, so a name made of them would show blank and "Al\u00adpha" would pass for "Alpha".
      .replace(/[\p{Cc}\p{Cf}\u200b]/gu, '')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, limits.team)
  );
}

/** The form under which two team names count as the same team (cleaned, case folded). */
export function teamKey(name: string): string {
  return cleanTeam(name).toLocaleLowerCase('en');
}

function toB64(text: string): string {
  let bin = '';
  for (const b of new TextEncoder().encode(text)) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromB64(code: string): string | null {
  try {
    const bin = atob(code.replace(/-/g, '+').replace(/_/g, '/'));
    return new TextDecoder('utf-8', { fatal: true }).decode(
      Uint8Array.from(bin, (c) => c.charCodeAt(0)),
    );
  } catch {
    return null;
  }
}

const sessionFields = (s: Session): string[] => [
  s.scenarioId,
  String(s.scenarioVersion),
  s.seed.toString(36),
  s.mode === 'assessment' ? 'a' : 'p',
  s.sessionId,
];

/** A fresh random session id (8 base-36 characters). */
export function newSessionId(): string {
  const a = new Uint32Array(2);
  crypto.getRandomValues(a);
  return (
    ((a[0] ?? 0) % 36 ** 4).toString(36).padStart(4, '0') +
    ((a[1] ?? 0) % 36 ** 4).toString(36).padStart(4, '0')
  );
}

/** The session code of a session. */
export function encodeSessionCode(s: Session): string {
  return withSum(['CCAS1', ...sessionFields(s)].join('.'));
}

/** Splits a code into fields after checking its prefix, characters and checksum. */
function open(code: unknown, prefix: string, count: number): Decoded<string[]> {
  if (typeof code !== 'string') return { ok: false, reason: 'not-a-code' };
  const text = code.trim();
  if (text.length > limits.code || !/^[A-Za-z0-9._:-]+$/.test(text))
    return { ok: false, reason: 'not-a-code' };
  const parts = text.split('.');
  const head = parts[0] ?? '';
  if (!head.startsWith(prefix.slice(0, 4))) return { ok: false, reason: 'not-a-code' };
  if (head !== prefix) return { ok: false, reason: 'version' };
  if (parts.length !== count) return { ok: false, reason: 'malformed' };
  const given = parts.pop();
  if (given !== sum(parts.join('.'))) return { ok: false, reason: 'checksum' };
  return { ok: true, value: parts.slice(1) };
}

function readSession(f: string[]): Session | null {
  const [id = '', version = '', seed = '', mode = '', sid = ''] = f;
  const v = /^\d{1,6}$/.test(version) ? Number(version) : 0;
  const n = /^[0-9a-z]{1,7}$/.test(seed) ? parseInt(seed, 36) : -1;
  if (!scenarioIdPattern.test(id) || v < 1 || n < 0 || n > 0xffffffff) return null;
  if ((mode !== 'a' && mode !== 'p') || !sessionIdPattern.test(sid)) return null;
  return {
    version: 1,
    scenarioId: id,
    scenarioVersion: v,
    seed: n,
    mode: mode === 'a' ? 'assessment' : 'practice',
    sessionId: sid,
  };
}

/** Decodes a session code; never throws. */
export function decodeSessionCode(code: unknown): Decoded<Session> {
  const fields = open(code, 'CCAS1', 7);
  if (!fields.ok) return fields;
  const session = readSession(fields.value);
  return session ? { ok: true, value: session } : { ok: false, reason: 'malformed' };
}

/** The result code of a team's run. */
export function encodeResultCode(r: TeamResult): string {
  const scores = [r.scores.total, ...dimensions.map((d) => r.scores.dimensions[d])];
  return withSum(
    [
      'CCAR1',
      ...sessionFields(r.session),
      toB64(cleanTeam(r.team)),
      r.tokens.join('_'),
      scores.join('_'),
    ].join('.'),
  );
}

/** Decodes a result code; never throws. Team names come back cleaned of markup. */
export function decodeResultCode(code: unknown): Decoded<TeamResult> {
  const fields = open(code, 'CCAR1', 10);
  if (!fields.ok) return fields;
  const f = fields.value;
  const session = readSession(f.slice(0, 5));
  const team = /^[A-Za-z0-9_-]{1,80}$/.test(f[5] ?? '') ? fromB64(f[5] ?? '') : null;
  const rawTokens = f[6] ? f[6].split('_') : [];
  const scores = (f[7] ?? '').split('_');
  if (!session || team === null || !cleanTeam(team)) return { ok: false, reason: 'malformed' };
  if (rawTokens.length > limits.tokens || !rawTokens.every((t) => tokenPattern.test(t)))
    return { ok: false, reason: 'malformed' };
  if (scores.length !== 6 || !scores.every((s) => /^-?\d{1,5}$/.test(s)))
    return { ok: false, reason: 'malformed' };
  const [total = 0, ...dims] = scores.map(Number);
  const tokens = rawTokens.map((t) => (/^\d+$/.test(t) ? Number(t) : t));
  return {
    ok: true,
    value: {
      session,
      team: cleanTeam(team),
      tokens,
      scores: {
        total,
        dimensions: Object.fromEntries(dimensions.map((d, i) => [d, dims[i] ?? 0])) as Record<
          Dimension,
          number
        >,
      },
    },
  };
}
