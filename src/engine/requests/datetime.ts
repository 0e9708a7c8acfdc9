import { isValidParts, type LocalParts } from './time-zones.ts';

/** A date-time typed into a draft, read as leniently as a careful human recipient would. */
export interface DraftDateTime {
  /** Wall-clock parts on a 24-hour clock (AM/PM already applied). */
  parts: LocalParts;
  /** False when the writer stopped at minutes: too coarse to single out a dynamic IP user. */
  hasSeconds: boolean;
  /** AM/PM as written, if any. */
  meridiem: 'am' | 'pm' | null;
  /** Offset written after the time (`Z`, `UTC`, `+01:00`), in minutes; null when none. */
  offsetMinutes: number | null;
}

// Anchored, no nested quantifiers: safe against pathological input (no catastrophic backtracking).
const pattern =
  /^(\d{4})-(\d{1,2})-(\d{1,2})[T ]\s*(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d{1,9})?\s*(am|pm|a\.m\.|p\.m\.)?\s*(z|utc|gmt|[+-]\d{2}:?\d{2})?$/i;

/** Parses `YYYY-MM-DD HH:mm:ss` with optional `T`, AM/PM and offset; null when unreadable. */
export function parseDraftDateTime(input: string): DraftDateTime | null {
  const text = input.trim();
  if (text.length > 64) return null;
  const m = pattern.exec(text);
  if (!m) return null;
  const meridiemText = m[7]?.toLowerCase().replace(/\./g, '');
  const meridiem = meridiemText === 'am' || meridiemText === 'pm' ? meridiemText : null;
  let hour = Number(m[4]);
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
  }
  const parts: LocalParts = {
    year: Number(m[1]),
    month: Number(m[2]),
    day: Number(m[3]),
    hour,
    minute: Number(m[5]),
    second: Number(m[6] ?? 0),
  };
  if (!isValidParts(parts)) return null;
  return { parts, hasSeconds: m[6] !== undefined, meridiem, offsetMinutes: parseOffset(m[8]) };
}

function parseOffset(text: string | undefined): number | null {
  if (!text) return null;
  if (/^(z|utc|gmt)$/i.test(text)) return 0;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(text);
  if (!m) return null;
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === '-' ? -minutes : minutes;
}

/** The wall-clock parts read as if they were UTC (epoch ms); used for offsets and durations. */
export function wallAsUtc(parts: LocalParts): number {
  return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
}

/** `YYYY-MM-DD HH:mm:ss` for feedback messages. */
export function formatLocal(parts: LocalParts): string {
  const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
  return `${pad(parts.year, 4)}-${pad(parts.month)}-${pad(parts.day)} ${pad(parts.hour)}:${pad(parts.minute)}:${pad(parts.second)}`;
}
