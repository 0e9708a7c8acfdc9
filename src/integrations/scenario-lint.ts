import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatLint, lintScenarios, type LintResult } from '../engine/lint.ts';
import { scenarioFileNames } from '../engine/scenario-files.ts';
import { checkReferenceTargets, formatTargetProblems } from '../engine/reference-targets.ts';
import { readRegistry, syncLabelModule } from './provisions.ts';
import { overlayFile, readOverlay, sourceFiles } from '../i18n/content.ts';
import { applyTexts } from '../i18n/texts.ts';
import { textRules, translatedLocales } from '../i18n/text-rules.ts';

/**
 * Checks the legal provisions registry and every reference target (scenarios, validator findings,
 * <Cite> in modules, glossary `provisions`), and refreshes the engine's label module from the
 * registry. Returns every problem at once, each with file, path and fix.
 */
export async function checkLegalReferences(root: string): Promise<string[]> {
  const { provisions, problems } = readRegistry(root);
  if (problems.length > 0) return problems;
  await syncLabelModule(root, provisions);
  const targets = checkReferenceTargets(root, new Set(provisions.map((p) => p.id)));
  return targets.length > 0 ? formatTargetProblems(targets).split('\n') : [];
}

/** Lints every `*.yaml` / `*.yml` in a folder (files starting with `_` are drafts and skipped). Astro-free. */
export function lintScenarioFolder(
  dir: string,
  cwd = process.cwd(),
): LintResult & { files: number } {
  const names = scenarioFileNames(dir);
  const files = names.map((n) => ({
    file: relative(cwd, join(dir, n)),
    text: readFileSync(join(dir, n), 'utf8'),
  }));
  return { ...lintScenarios(files), files: files.length };
}

/**
 * Lints every scenario again with each language's text (a translation can, for instance, give two
 * options of one step the same label). Problems name the translation file. One run per language,
 * so that the same scenario id in two languages is not a duplicate.
 */
export function lintTranslations(root = process.cwd()): LintResult & { files: number } {
  const all: LintResult & { files: number } = {
    problems: [],
    warnings: [],
    scenarios: [],
    files: 0,
  };
  for (const locale of translatedLocales) {
    const files = sourceFiles('scenarios', root).flatMap((source) => {
      const file = overlayFile('scenarios', source.stem, locale);
      const overlay = readOverlay(file, root);
      if (!overlay) return [];
      const { value } = applyTexts(source.raw, overlay, textRules.scenarios);
      return [{ file, text: JSON.stringify(value) }];
    });
    const result = lintScenarios(files);
    all.problems.push(...result.problems);
    all.warnings.push(...result.warnings);
    all.scenarios.push(...result.scenarios);
    all.files += files.length;
  }
  return all;
}

/** Astro integration: fails the build with every scenario problem at once. */
export function scenarioLint(options: { dir?: string } = {}): AstroIntegration {
  return {
    name: 'cca:scenario-lint',
    hooks: {
      'astro:config:setup': async ({ config, logger }) => {
        const started = performance.now();
        // Relative to the project root, not the shell's folder (`astro build --root elsewhere`).
        const root = fileURLToPath(config.root);
        // The registry first: the scenario linter checks legal ids against the label module it writes.
        const legal = await checkLegalReferences(root);
        if (legal.length > 0) {
          throw new Error(
            `Legal reference check found ${legal.length} problem(s):\n${legal.join('\n')}`,
          );
        }
        const english = lintScenarioFolder(join(root, options.dir ?? 'content/scenarios'), root);
        const translated = lintTranslations(root);
        const result = { ...english, problems: [...english.problems, ...translated.problems] };
        if (result.problems.length > 0) {
          throw new Error(
            `Scenario lint found ${result.problems.length} problem(s):\n${formatLint(result)}`,
          );
        }
        logger.info(
          `${result.files} scenario(s) valid in ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
