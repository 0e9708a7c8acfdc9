import type { Locale } from './index.ts';

export type ContentCollection =
  | 'scenarios'
  | 'quizzes'
  | 'glossary'
  | 'templates'
  | 'provisions'
  | 'course';

/**
 * `data` with its text in `locale` (English: returned unchanged). Synchronous; build time only (reads files).
 * Placeholder until the lead's overlay reader lands: returns `data` unchanged in every language.
 */
export function localize<T>(
  _collection: ContentCollection,
  _id: string,
  data: T,
  _locale: Locale,
): T {
  return data;
}
