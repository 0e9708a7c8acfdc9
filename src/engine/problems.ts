/** One problem in a scenario file: where, what, and how to fix it. */
export interface Problem {
  /** File the problem is in, as given to the linter. */
  file: string;
  /** Path inside the file, e.g. `nodes.start.choices[1].next` (empty for the whole file). */
  path: string;
  /** What is wrong, quoting the bad value. */
  message: string;
  /** How to fix it. */
  fix: string;
}

/** Formats a path of keys and indexes as `nodes.start.choices[1].next`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += (out ? '.' : '') + String(key);
  }
  return out;
}

/** Longest value quoted in a problem, and how a longer one is cut. */
const MAX_QUOTE_LENGTH = 60;
const ELLIPSIS = '...';

/** Quotes a value for an error message, shortened. */
export function quote(value: unknown): string {
  let text: string;
  try {
    text = value === undefined ? 'undefined' : (JSON.stringify(value) ?? typeof value);
  } catch {
    text = '(unprintable value)';
  }
  return text.length > MAX_QUOTE_LENGTH
    ? `${text.slice(0, MAX_QUOTE_LENGTH - ELLIPSIS.length)}${ELLIPSIS}`
    : text;
}

/** One problem as one line: `file: path: message. Fix: ...`. */
export function formatProblem(p: Problem): string {
  return `${p.file}: ${p.path || '(file)'}: ${p.message}. Fix: ${p.fix}`;
}
