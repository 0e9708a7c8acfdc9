/**
 * Text overlays: the words of a YAML content file, apart from its structure.
 *
 * English content files (scenarios, knowledge checks, glossary, templates, provisions) hold the
 * structure and the English text. Another language adds one flat map per file, `path → text`
 * (`content/fr/<collection>/<file>.yaml`). Paths name where a text sits: property names, map keys,
 * and, inside lists, the element's `id` (or its position when it has none), e.g.
 * `nodes.intake.choices.preserve-now.label`. Only properties that hold words are texts; ids,
 * times, durations, enums and references are structure and can never differ between languages.
 */

/** Which properties hold words, for one kind of content file. */
export interface TextRules {
  /** Property names whose string values (or lists of strings) are text. */
  readonly keys: ReadonlySet<string>;
  /** `parent.key` pairs that are NOT text although `key` is (e.g. `example.channel`, an enum). */
  readonly except?: ReadonlySet<string>;
}

/** A flat map from text path to text. */
export type TextMap = Map<string, string>;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The path segment of a list element: its `id` when it has one, else its position. */
function segmentOf(element: unknown, index: number): string {
  return isRecord(element) && typeof element.id === 'string' ? element.id : String(index);
}

const join = (path: string, segment: string): string => (path ? `${path}.${segment}` : segment);

/**
 * Visits every text in `value` (depth first, in file order) with its path. `visit` may return a
 * replacement string; the walk then writes it in place (used on a deep copy only).
 */
function walk(
  value: unknown,
  path: string,
  rules: TextRules,
  inText: boolean,
  visit: (path: string, text: string) => string | undefined,
): void {
  if (Array.isArray(value)) {
    value.forEach((element, i) => {
      const at = join(path, segmentOf(element, i));
      if (typeof element === 'string') {
        if (!inText) return;
        const next = visit(at, element);
        if (next !== undefined) value[i] = next;
      } else walk(element, at, rules, false, visit);
    });
    return;
  }
  if (!isRecord(value)) return;
  const parent = path.slice(path.lastIndexOf('.') + 1);
  for (const [key, child] of Object.entries(value)) {
    const text = rules.keys.has(key) && !rules.except?.has(`${parent}.${key}`);
    const at = join(path, key);
    if (typeof child === 'string') {
      if (!text) continue;
      const next = visit(at, child);
      if (next !== undefined) value[key] = next;
    } else walk(child, at, rules, text, visit);
  }
}

/** Every text of a parsed YAML document (or one entry of it), in file order. */
export function extractTexts(value: unknown, rules: TextRules, prefix = ''): TextMap {
  const out: TextMap = new Map();
  walk(value, prefix, rules, false, (path, text) => {
    out.set(path, text);
    return undefined;
  });
  return out;
}

/** What applying an overlay did: the translated copy and the texts it did not have. */
export interface Applied<T> {
  value: T;
  /** Paths of texts the overlay lacks (left in the source language). */
  missing: string[];
}

/**
 * A deep copy of `value` with every text the overlay has replaced by its translation. The source
 * is never changed. Lookups are own-property (a Map), so `__proto__` paths are inert.
 */
export function applyTexts<T>(
  value: T,
  overlay: TextMap,
  rules: TextRules,
  prefix = '',
): Applied<T> {
  const copy = structuredClone(value);
  const missing: string[] = [];
  walk(copy, prefix, rules, false, (path) => {
    const translated = overlay.get(path);
    if (translated === undefined || translated.trim() === '') {
      missing.push(path);
      return undefined;
    }
    return translated;
  });
  return { value: copy, missing };
}

/** Overlay paths that name no text of the source (renamed or removed in the source language). */
export function extraPaths(source: TextMap, overlay: TextMap): string[] {
  return [...overlay.keys()].filter((path) => !source.has(path));
}
