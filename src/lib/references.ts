import { url } from './url.ts';

/**
 * Where a scenario reference leads on this site: `module:<slug>#<anchor>` to a module section,
 * `glossary:<id>` to a glossary entry. Treaty articles have no page of their own (null).
 */
export function referenceHref(id: string): string | null {
  const module = /^module:([a-z0-9-]+)(?:#([a-z0-9-]+))?$/.exec(id);
  if (module) return url(`modules/${module[1] ?? ''}/${module[2] ? `#${module[2]}` : ''}`);
  const term = /^glossary:([a-z0-9-]+)$/.exec(id);
  if (term) return url(`glossary/#${term[1] ?? ''}`);
  return null;
}
