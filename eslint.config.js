// @ts-check
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';

/** Imports the pure engine may never use: it must run in Vitest, the build and the browser alike. */
const engineForbidden = {
  patterns: [
    { group: ['svelte', 'svelte/*'], message: 'src/engine is pure TypeScript: no Svelte.' },
    { group: ['astro', 'astro:*', 'astro/*'], message: 'src/engine is pure TypeScript: no Astro.' },
    {
      group: ['**/islands/**', '**/components/**', '**/layouts/**', '**/pages/**', '**/lib/**'],
      message: 'src/engine may not import UI or browser code.',
    },
    { group: ['*.svelte', '*.astro'], message: 'src/engine may not import components.' },
  ],
};

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-*/**',
      '.astro/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        extraFileExtensions: ['.astro', '.svelte'],
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.node },
    },
  },
  ...astro.configs.recommended,
  ...svelte.configs.recommended,
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: { parser: tseslint.parser, projectService: true },
      globals: { ...globals.browser },
    },
  },
  {
    files: ['**/*.astro'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['src/engine/**/*.ts', 'src/schemas/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', engineForbidden],
      // No DOM in the engine: these globals exist only in browsers.
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'location', 'HTMLElement'].map(
          (name) => ({ name, message: 'src/engine is pure TypeScript: no DOM globals.' }),
        ),
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
