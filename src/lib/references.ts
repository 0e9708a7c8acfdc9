import { legalReferences } from '../engine/runtime.ts';
import { url } from './url.ts';

/** The anchor of a provision on the law page (/law/#budapest-art-29-2). */
export function lawUrl(id: string): string {
  return url(`law/#${id}`);
}

/**
 * Where a reference leads on this site: a legal id to its entry on /law/, `module:<slug>#<anchor>`
 * to a module section, `glossary:<id>` to a glossary entry; null for anything else.
 */
export function referenceHref(id: string): string | null {
  if (legalReferences.has(id)) return lawUrl(id);
  const module = /^module:([a-z0-9-]+)(?:#([a-z0-9-]+))?$/.exec(id);
  if (module) return url(`modules/${module[1] ?? ''}/${module[2] ? `#${module[2]}` : ''}`);
  const term = /^glossary:([a-z0-9-]+)$/.exec(id);
  if (term) return url(`glossary/#${term[1] ?? ''}`);
  return null;
}
