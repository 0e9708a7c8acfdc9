import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkI18n, strictNow } from '../i18n/check.ts';

/**
 * Astro integration: the i18n parity check (src/i18n/check.ts) before the build. Strict (the
 * default), it fails `astro build` with every problem at once; with `I18N_STRICT=0`, and in
 * `astro dev` or `astro check`, it only warns.
 */
export function i18nCheck(): AstroIntegration {
  return {
    name: 'cca:i18n-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const problems = checkI18n(fileURLToPath(config.root));
        if (problems.length === 0) {
          logger.info('French and English match (modules, pages, UI keys, YAML texts)');
          return;
        }
        const report = `i18n check found ${problems.length} problem(s):\n${problems.join('\n')}`;
        // Only the build stops: `astro dev` and `astro check` warn, so translators can preview.
        if (command === 'build' && strictNow())
          throw new Error(`${report}\n(npm run i18n:check lists them again.)`);
        logger.warn(report);
      },
    },
  };
}
