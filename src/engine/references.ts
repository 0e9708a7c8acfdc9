import { provisionIds } from './provision-ids.ts';

/**
 * Every treaty, statute and judgment id scenarios and validator findings may cite: the registry
 * (content/provisions/*.yaml) through its generated id module. The engine knows ids only; pages
 * word them in their language (src/lib/reference-words.ts).
 */
export const registryIds: ReadonlySet<string> = new Set(provisionIds);

/** True for a registry id, or a well-formed `module:` / `glossary:` reference. */
export function isKnownReference(id: string): boolean {
  return (
    registryIds.has(id) ||
    /^module:[a-z0-9-]+(#[a-z0-9-]+)?$/.test(id) ||
    /^glossary:[a-z0-9-]+$/.test(id)
  );
}
