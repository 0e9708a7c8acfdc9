// npm run i18n:check: every French translation exists with the English structure; exits 1 on any
// problem (src/i18n/check.ts). The build runs the same check (src/integrations/i18n-check.ts).
import { checkI18n } from '../src/i18n/check.ts';

const problems = checkI18n(process.cwd());
if (problems.length > 0) {
  console.error(problems.join('\n'));
  console.error(`\n${problems.length} i18n problem(s).`);
  process.exit(1);
}
console.log('French and English match: modules, pages, UI keys and YAML texts.');
