/**
 * The words of the reference chips a scenario shows (feedback, debrief), in the page's language,
 * worked out at build time: a provision's label and title from the registry, a module section's
 * title and heading, a glossary term. The engine's view only knows ids and English registry
 * labels; the player looks each chip up here first (References.svelte).
 */
import { getCollection } from 'astro:content';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { localize } from '../i18n/content.ts';
import type { Locale } from '../i18n/index.ts';
import { headingAnchors } from '../integrations/heading-ids.ts';
import { getGlossary } from './glossary.ts';
import { getModules } from './modules.ts';

/** A chip's words: what it says, and the provision's heading where there is one. */
export interface ReferenceWords {
  label: string;
  title?: string;
}

/** Every `refs` id in a value (a scenario), depth first. */
function referenceIds(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) referenceIds(v, out);
  else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'refs' && Array.isArray(child)) {
        for (const id of child) if (typeof id === 'string') out.add(id);
      } else referenceIds(child, out);
    }
  }
  return out;
}

/** The text of a module's `##`/`###` headings in its language, in order (markdown stripped). */
function headingTexts(file: string): string[] {
  const text = readFileSync(join(process.cwd(), file), 'utf8');
  return [...text.matchAll(/^#{2,3} (.+)$/gm)].map((m) => (m[1] ?? '').replace(/[*_`]/g, ''));
}

/** The words of every reference a scenario cites, keyed by reference id, in a language. */
export async function referenceWords(
  scenario: unknown,
  locale: Locale,
): Promise<Record<string, ReferenceWords>> {
  const ids = referenceIds(scenario);
  const provisions = new Map(
    (await getCollection('provisions')).map((e) => [
      e.id,
      localize('provisions', e.id, e.data, locale),
    ]),
  );
  const modules = new Map((await getModules(locale)).map((m) => [m.id, m]));
  const terms = new Map((await getGlossary(locale)).map((g) => [g.id, g.term]));
  const out: Record<string, ReferenceWords> = {};
  for (const id of ids) {
    const provision = provisions.get(id);
    if (provision) {
      out[id] = { label: provision.label, title: provision.title };
      continue;
    }
    const module = /^module:([a-z0-9-]+)(?:#([a-z0-9-]+))?$/.exec(id);
    const entry = module ? modules.get(module[1] ?? '') : undefined;
    if (module && entry) {
      let label = entry.data.title;
      const anchor = module[2];
      if (anchor && entry.filePath) {
        const english = readFileSync(
          join(process.cwd(), `content/modules/${entry.id}.mdx`),
          'utf8',
        );
        const heading = headingTexts(entry.filePath)[headingAnchors(english).indexOf(anchor)];
        if (heading) label = heading;
      }
      out[id] = { label, title: entry.data.title };
      continue;
    }
    const term = /^glossary:([a-z0-9-]+)$/.exec(id);
    const word = term ? terms.get(term[1] ?? '') : undefined;
    if (word) out[id] = { label: word };
    // Every target exists (the build's reference check stops on a broken one), except in the
    // trimmed test copies of the site (scripts/temp-site.mjs), which drop modules: there the
    // chip reads the slug's words.
    else out[id] = { label: id.replace(/^(module|glossary):/, '').replace(/[-#]/g, ' ') };
  }
  return out;
}
