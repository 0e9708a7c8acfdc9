import { localeUrl } from './url.ts';

type Lang = 'en' | 'fr';

/** The anchor of a provision on the law page (/law/#budapest-art-29-2). */
export function lawUrl(id: string, locale: Lang = 'en'): string {
  return localeUrl(`law/#${id}`, locale);
}

/**
 * Where a reference leads on this site: `module:<slug>#<anchor>` to a module section,
 * `glossary:<id>` to a glossary entry, a registry id (lower-case words joined by hyphens; the scenario
 * linter admits registry ids only) to its entry on /law/; null for anything else.
 */
export function referenceHref(id: string, locale: Lang = 'en'): string | null {
  if (/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) return lawUrl(id, locale);
  const module = /^module:([a-z0-9-]+)(?:#([a-z0-9-]+))?$/.exec(id);
  if (module)
    return localeUrl(`modules/${module[1] ?? ''}/${module[2] ? `#${module[2]}` : ''}`, locale);
  const term = /^glossary:([a-z0-9-]+)$/.exec(id);
  if (term) return localeUrl(`glossary/#${term[1] ?? ''}`, locale);
  return null;
}
