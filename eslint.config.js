// @ts-check
import { defineConfig } from 'eslint/config';
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

export default defineConfig(
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
    // .astro templates are type-checked by `astro check`; the typed ESLint parser cannot see
    // through their JSX-like expressions, so only untyped rules run on them.
    files: ['**/*.astro', '**/*.astro/*.ts', '**/*.astro/*.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      globals: { ...globals.browser },
      parserOptions: { projectService: false, project: false },
    },
  },
  {
    // Barrels of .astro components: their imports are typed by Astro, not by the ESLint program.
    files: ['src/components/mdx/index.ts'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  {
    files: ['src/engine/**/*.ts', 'src/schemas/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', engineForbidden],
      // No DOM in the engine: these globals exist only in browsers.
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'localStorage',
          'sessionStorage',
          'navigator',
          'location',
          'HTMLElement',
        ].map((name) => ({ name, message: 'src/engine is pure TypeScript: no DOM globals.' })),
      ],
    },
  },
  {
    // Browser code uses the engine's runtime API only: the build-time parts (YAML, zod schemas,
    // the linter) would add tens of kilobytes to every island for nothing.
    files: ['src/islands/**', 'src/components/**/*.ts', 'src/lib/**'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // An allow-list: runtime.ts, what playing a run needs; forms-runtime.ts, the request
              // forms and validator (the builder's entry; the player loads it with its drafting
              // form); analysis-runtime.ts, what searches the graph (debrief, scores, dashboards);
              // restore.ts, loaded when there is a run to resume (issue 13 budgets).
              group: [
                '**/engine/**',
                '!**/engine/runtime.ts',
                '!**/engine/forms-runtime.ts',
                '!**/engine/analysis-runtime.ts',
                '!**/engine/restore.ts',
              ],
              message:
                'Browser code enters the engine through src/engine/runtime.ts, forms-runtime.ts, analysis-runtime.ts or restore.ts.',
            },
            {
              group: ['zod', 'yaml'],
              message: 'Parse at build time; zod/mini only in the browser.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
