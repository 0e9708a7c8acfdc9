/**
 * Translated YAML content, at build time (reads files; never shipped to the browser).
 *
 * `localize` gives pages the text of a scenario, knowledge check, glossary entry, template or
 * provision in the page's language; `overlayProblems` lists every text a language lacks, for the
 * i18n check and the build. File layout and path rules: texts.ts and text-rules.ts.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { parseScenario } from '../engine/load.ts';
import { formatProblem } from '../engine/problems.ts';
import { applyTexts, extractTexts, extraPaths, type TextMap } from './texts.ts';
import {
  textRules,
  textSources,
  type TextCollection,
  type TranslatedLocale,
} from './text-rules.ts';

export type { TextCollection as ContentCollection } from './text-rules.ts';

/** One English source file of a collection. */
export interface SourceFile {
  /** Path from the project root, e.g. `content/scenarios/hidden-service.yaml`. */
  file: string;
  /** File name without `.yaml`; the overlay has the same name. */
  stem: string;
  /** Parsed YAML. */
  raw: unknown;
}

/** The overlay file of a source file in a language. */
export const overlayFile = (
  collection: TextCollection,
  stem: string,
  locale: TranslatedLocale,
): string => `content/${locale}/${collection}/${stem}.yaml`;

/** The English files of a collection (drafts starting with "_" excluded), in name order. */
export function sourceFiles(collection: TextCollection, root = process.cwd()): SourceFile[] {
  const dir = join(root, textSources[collection].dir);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => /\.ya?ml$/.test(n) && !n.startsWith('_'))
    .sort()
    .map((name) => {
      const file = `${textSources[collection].dir}/${name}`;
      return {
        file,
        stem: name.replace(/\.ya?ml$/, ''),
        raw: parse(readFileSync(join(root, file), 'utf8')) as unknown,
      };
    });
}

/** The texts of one source file, keyed by path (list files: paths start with the entry id). */
export function sourceTexts(collection: TextCollection, source: SourceFile): TextMap {
  return extractTexts(source.raw, textRules[collection]);
}

const overlaySchema = z.record(z.string(), z.string().nullable());

/** Reads an overlay; absent file → undefined. Throws a message with the file on bad content. */
export function readOverlay(path: string, root = process.cwd()): TextMap | undefined {
  const full = join(root, path);
  if (!existsSync(full)) return undefined;
  let raw: unknown;
  try {
    raw = parse(readFileSync(full, 'utf8'));
  } catch (error) {
    throw new Error(
      `${path}: not valid YAML (${(error as Error).message.split('\n')[0]}). Write each text as a block (key: >- and the text indented on the next lines) or in double quotes.`,
      { cause: error },
    );
  }
  const result = overlaySchema.safeParse(raw ?? {});
  if (!result.success) {
    throw new Error(
      `${path}: must be a flat map of "path: text" (one text per key, no lists or nested maps).`,
    );
  }
  const map: TextMap = new Map();
  for (const [key, value] of Object.entries(result.data)) {
    if (typeof value === 'string' && value.trim() !== '') map.set(key, value);
  }
  return map;
}

const cache = new Map<string, unknown>();

/** All overlay texts of a list collection (glossary, provisions) in a language, merged. */
function listOverlay(collection: TextCollection, locale: TranslatedLocale): TextMap {
  const key = `list:${collection}:${locale}`;
  const hit = cache.get(key);
  if (hit) return hit as TextMap;
  const merged: TextMap = new Map();
  for (const source of sourceFiles(collection)) {
    for (const [path, text] of readOverlay(overlayFile(collection, source.stem, locale)) ?? [])
      merged.set(path, text);
  }
  cache.set(key, merged);
  return merged;
}

/** A scenario in a language: the English file with the overlay's texts, parsed by the engine. */
function localizedScenario(id: string, locale: TranslatedLocale): unknown {
  const source = sourceFiles('scenarios').find(
    (s) => (s.raw as { id?: unknown } | null)?.id === id || s.stem === id,
  );
  if (!source) throw new Error(`No scenario file has id: ${id}`);
  const overlay =
    readOverlay(overlayFile('scenarios', source.stem, locale)) ?? new Map<string, string>();
  const { value } = applyTexts(source.raw, overlay, textRules.scenarios);
  const result = parseScenario(value, source.file);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.scenario;
}

/**
 * `data` with its text in `locale` (English: returned unchanged). `id` is the entry id: scenario
 * id, module slug of a knowledge check, template type, glossary term id or provision id. A text the
 * language lacks stays in English here; the i18n check reports it and fails the build.
 */
export function localize<T>(
  collection: TextCollection,
  id: string,
  data: T,
  locale: 'en' | TranslatedLocale,
): T {
  if (locale === 'en') return data;
  const key = `${collection}:${id}:${locale}`;
  if (collection === 'scenarios') {
    if (!cache.has(key)) cache.set(key, localizedScenario(id, locale));
    return cache.get(key) as T;
  }
  const list = textSources[collection].list;
  const overlay = list
    ? listOverlay(collection, locale)
    : (readOverlay(overlayFile(collection, id, locale)) ?? new Map<string, string>());
  return applyTexts(data, overlay, textRules[collection], list ? id : '').value;
}

/** One thing a language lacks or has wrong, with the file and how to fix it. */
export interface OverlayProblem {
  file: string;
  path: string;
  message: string;
}

/** Every missing, empty, stale or unreadable text of every collection in a language. */
export function overlayProblems(locale: TranslatedLocale, root = process.cwd()): OverlayProblem[] {
  const problems: OverlayProblem[] = [];
  for (const collection of Object.keys(textRules) as TextCollection[]) {
    for (const source of sourceFiles(collection, root)) {
      const file = overlayFile(collection, source.stem, locale);
      let overlay: TextMap | undefined;
      try {
        overlay = readOverlay(file, root);
      } catch (error) {
        problems.push({ file, path: '', message: (error as Error).message });
        continue;
      }
      if (!overlay) {
        problems.push({
          file,
          path: '',
          message: `is missing: run "npm run i18n:extract" and translate ${source.file}`,
        });
        continue;
      }
      const texts = sourceTexts(collection, source);
      for (const path of texts.keys())
        if (!overlay.has(path))
          problems.push({ file, path, message: `has no ${locale} text: translate it` });
      for (const path of extraPaths(texts, overlay))
        problems.push({
          file,
          path,
          message: `names no text of ${source.file} any more: run "npm run i18n:extract" to drop it`,
        });
    }
  }
  return problems;
}
