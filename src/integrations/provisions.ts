/**
 * The legal provisions registry (content/provisions/*.yaml): reading and checking it, the content
 * collection loader, and the small label module the engine and the player import. Astro-free except
 * for the loader's types, so unit tests and the build-time linter can use it.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { format, resolveConfig } from 'prettier';
import { parse } from 'yaml';
import { findRegistryProblems, provisionSchema, type Provision } from '../schemas/provision.ts';

/** Where the registry lives and where its label module is written, relative to the project root. */
export const registryDir = 'content/provisions';
export const labelModule = 'src/engine/provision-ids.ts';

/** Every registry entry, with every problem found (schema, duplicates, wrong file), all at once. */
export function readRegistry(root: string): { provisions: Provision[]; problems: string[] } {
  const dir = join(root, registryDir);
  const names = existsSync(dir)
    ? readdirSync(dir)
        .filter((n) => n.endsWith('.yaml') && !n.startsWith('_'))
        .sort()
    : [];
  const problems: string[] = [];
  const files = names.map((name) => {
    const file = `${registryDir}/${name}`;
    let raw: unknown;
    try {
      raw = parse(readFileSync(join(dir, name), 'utf8'));
    } catch (error) {
      problems.push(`${file}: not valid YAML (${(error as Error).message.split('\n')[0]})`);
      raw = [];
    }
    if (!Array.isArray(raw)) {
      problems.push(`${file}: must be a YAML list of entries, each starting with "- id: …"`);
      raw = [];
    }
    const entries: Provision[] = [];
    (raw as unknown[]).forEach((value, i) => {
      const result = provisionSchema.safeParse(value);
      if (result.success) entries.push(result.data);
      else
        for (const issue of result.error.issues)
          problems.push(`${file}[${i}].${issue.path.join('.') || '(entry)'}: ${issue.message}`);
    });
    return { file, instrument: name.replace(/\.yaml$/, ''), entries };
  });
  problems.push(...findRegistryProblems(files));
  return { provisions: files.flatMap((f) => f.entries), problems };
}

/** The TypeScript source of the label module, formatted like the rest of the code (Prettier). */
export async function labelModuleSource(
  root: string,
  provisions: readonly Provision[],
): Promise<string> {
  const rows = provisions.map((p) => `  ${JSON.stringify(p.id)},`);
  const source = [
    `// Generated from ${registryDir}/*.yaml by src/integrations/provisions.ts. Do not edit by hand:`,
    '// the build rewrites it, and a unit test fails when it is out of date. Ids only: pages word',
    '// provisions in their language from the registry (src/lib/reference-words.ts).',
    '',
    '/** The id of every provision in the registry, in registry order. */',
    'export const provisionIds: readonly string[] = [',
    ...rows,
    '];',
    '',
  ].join('\n');
  const path = join(root, labelModule);
  return format(source, { ...(await resolveConfig(path)), filepath: path });
}

/** Rewrites the label module when the registry changed; returns true if it wrote the file. */
export async function syncLabelModule(
  root: string,
  provisions: readonly Provision[],
): Promise<boolean> {
  const path = join(root, labelModule);
  const source = await labelModuleSource(root, provisions);
  if (existsSync(path) && readFileSync(path, 'utf8') === source) return false;
  writeFileSync(path, source);
  return true;
}

/** Content collection loader: one store entry per provision, keyed by its id. */
export function provisionsLoader(): Loader {
  return {
    name: 'cca:provisions',
    load: async (context) => {
      const { config, store } = context;
      const { provisions, problems } = readRegistry(fileURLToPath(config.root));
      if (problems.length > 0)
        throw new Error(
          `Legal provisions registry has ${problems.length} problem(s):\n${problems.join('\n')}`,
        );
      store.clear();
      for (const p of provisions) {
        const data = await context.parseData({ id: p.id, data: p });
        store.set({ id: p.id, data });
      }
    },
  };
}
