/**
 * Question pools of the knowledge checks: content/quizzes/<module-slug>.yaml, one per module,
 * validated with src/schemas/quiz.ts. Build time only (reads files).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { parseQuizPool, type QuizPool } from '../schemas/quiz.ts';
import type { Locale } from '../i18n/index.ts';
import { localize } from '../i18n/content.ts';

/** Folder of the pools. */
export const quizDir = 'content/quizzes';

/** The pool file of a module. */
export const poolFile = (moduleId: string): string => `${quizDir}/${moduleId}.yaml`;

/** Module slugs that have a pool file (drafts starting with "_" excluded). */
export function poolSlugs(): string[] {
  if (!existsSync(quizDir)) return [];
  return readdirSync(quizDir)
    .filter((n) => n.endsWith('.yaml') && !n.startsWith('_'))
    .map((n) => n.slice(0, -'.yaml'.length));
}

/**
 * The validated pool of a module's knowledge check, its text in `locale`. Stops the build with the file, what is wrong
 * and how to fix it when the file is missing, unreadable, invalid or has another id.
 */
export function loadQuizPool(
  moduleId: string,
  quizId: string,
  moduleFile: string,
  locale: Locale = 'en',
): QuizPool {
  const file = poolFile(moduleId);
  if (!existsSync(file)) {
    throw new Error(
      `${moduleFile} has <KnowledgeCheck id="${quizId}" /> but ${file} does not exist: create it with id: ${quizId} and at least 8 questions (see src/schemas/quiz.ts).`,
    );
  }
  let raw: unknown;
  try {
    raw = parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(
      `${file}: cannot be read as YAML (${String(e)}). Fix the syntax and build again.`,
      {
        cause: e,
      },
    );
  }
  const pool = parseQuizPool(raw, file);
  if (pool.id !== quizId) {
    throw new Error(
      `${moduleFile} has <KnowledgeCheck id="${quizId}" /> but ${file} has id: ${pool.id}. Use the same id in both (one knowledge check per module).`,
    );
  }
  return localize('quizzes', moduleId, pool, locale);
}
