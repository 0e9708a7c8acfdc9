const cache = new Map<string, number>();
const pattern = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

/** Parses an ISO 8601 duration (weeks, days, hours, minutes, seconds) to milliseconds; a day is 24 h of elapsed time. */
export function durationMs(iso: string): number {
  const hit = cache.get(iso);
  if (hit !== undefined) return hit;
  const m = pattern.exec(iso);
  if (!m || iso === 'P' || iso.endsWith('T')) throw new Error(`Not an ISO 8601 duration: "${iso}"`);
  const n = (i: number): number => Number(m[i] ?? 0);
  const ms = ((((n(1) * 7 + n(2)) * 24 + n(3)) * 60 + n(4)) * 60 + n(5)) * 1000;
  cache.set(iso, ms);
  return ms;
}

/** Formats milliseconds as a short human duration such as `1 d 6 h 40 min`. */
export function formatDuration(ms: number): string {
  const sign = ms < 0 ? '-' : '';
  let rest = Math.round(Math.abs(ms) / 60000);
  const days = Math.floor(rest / 1440);
  rest -= days * 1440;
  const hours = Math.floor(rest / 60);
  const minutes = rest - hours * 60;
  const parts = [
    days ? `${days} d` : '',
    hours ? `${hours} h` : '',
    minutes ? `${minutes} min` : '',
  ];
  const text = parts.filter(Boolean).join(' ');
  return text ? sign + text : '0 min';
}
