import { describe, expect, it } from 'vitest';
import { localeOfPath, localeUrl, pathInLocale, urlFor } from './url.ts';

// Vitest serves from "/"; the base path itself is covered by the e2e run under /training/cyber/.
describe('locale-aware URLs', () => {
  it('puts French pages under fr/ and leaves English ones at the root', () => {
    expect(localeUrl('modules/why/', 'en')).toBe('/modules/why/');
    expect(localeUrl('/modules/why/', 'fr')).toBe('/fr/modules/why/');
    expect(urlFor('fr')()).toBe('/fr/');
    expect(urlFor('en')('law/#budapest-art-29')).toBe('/law/#budapest-art-29');
  });

  it('reads the language of a path from its first segment only', () => {
    expect(localeOfPath('/fr/')).toBe('fr');
    expect(localeOfPath('/fr/modules/x/')).toBe('fr');
    expect(localeOfPath('/modules/fr/')).toBe('en');
    expect(localeOfPath('/french/')).toBe('en');
    expect(localeOfPath('/')).toBe('en');
  });

  it('finds the same page in the other language and back', () => {
    expect(pathInLocale('/modules/why/', 'fr')).toBe('/fr/modules/why/');
    expect(pathInLocale('/fr/modules/why/', 'en')).toBe('/modules/why/');
    expect(pathInLocale('/fr/', 'en')).toBe('/');
    expect(pathInLocale('/', 'fr')).toBe('/fr/');
    expect(pathInLocale(pathInLocale('/glossary/', 'fr'), 'en')).toBe('/glossary/');
    expect(pathInLocale('/fr/search/', 'fr')).toBe('/fr/search/');
  });
});
