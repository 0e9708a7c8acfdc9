// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import { normaliseBase, siteOrigin } from './scripts/base-path.mjs';
import { scenarioLint } from './src/integrations/scenario-lint.ts';
import { i18nCheck } from './src/integrations/i18n-check.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { sharedHeadingIds } from './src/integrations/heading-ids.ts';

/**
 * The site is built for one URL prefix, chosen at build time:
 *   BASE_PATH=/academy/ npm run build
 * Every internal link goes through src/lib/url.ts, which reads this value.
 */
const base = normaliseBase(process.env.BASE_PATH);
const site = siteOrigin(process.env.SITE_URL);

export default defineConfig({
  base,
  // The public origin, when known (SITE_URL=https://intranet.example): pages then name their other
  // language versions with absolute hreflang links, as search engines and Lighthouse require.
  ...(site === undefined ? {} : { site }),
  trailingSlash: 'always',
  // English at the root, French under fr/ (pages in src/pages/[...lang]/; src/i18n/page.ts).
  i18n: {
    locales: ['en', 'fr'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: false },
  },
  build: { format: 'directory', assets: '_assets' },
  // Everything ships with the site; no prefetching, no telemetry, no external fonts.
  prefetch: false,
  // Code blocks stay plain: syntax highlighting writes inline styles, which the CSP forbids.
  markdown: {
    syntaxHighlight: false,
    // Translations take the heading ids of their English original (src/integrations/heading-ids.ts).
    processor: satteri({ hastPlugins: [sharedHeadingIds] }),
  },
  // A strict Content-Security-Policy as a <meta> tag (works on any static server): scripts and
  // styles only from this site, inline ones only by hash. Servers may send it as a header too.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data: blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  devToolbar: { enabled: false },
  // The scenario linter runs first: a broken scenario stops the build with every problem listed.
  // Then the i18n parity check (French files, UI keys): strict unless I18N_STRICT=0.
  integrations: [scenarioLint(), i18nCheck(), mdx(), svelte()],
  vite: {
    build: {
      assetsInlineLimit: 0,
      rolldownOptions: {
        output: {
          // The scripts every page runs (search box loader, progress recorder) and their small
          // helpers in one file instead of eight: each file is compressed on its own, and module
          // pages are held to 26 KB gzip (issue 13). Only modules every page loads belong here.
          codeSplitting: {
            groups: [
              {
                name: 'site',
                test: /src[\\/](lib[\\/]url|i18n[\\/]fill|lib[\\/]storage|lib[\\/]progress[\\/](store|record|legacy|recorder)|components[\\/]search[\\/]search-intent|components[\\/]mdx[\\/]term-dismiss)\.ts|BaseLayout\.astro\?astro&type=script|preload-helper/,
              },
            ],
          },
        },
      },
    },
  },
});
