import type { APIRoute, GetStaticPaths } from 'astro';
import { getModules } from '../../../lib/modules.ts';
import { quizIds } from '../../../config/course.ts';
import { loadQuizPool } from '../../../config/quizzes.ts';
import { feedbackFile, sealQuiz } from '../../../components/mdx/quiz-seal.ts';
import { locales, type Locale } from '../../../i18n/index.ts';
import { langParam } from '../../../i18n/page.ts';

export const prerender = true;

/** One feedback file per module with a knowledge check, per language ("fr/quizzes/<slug>.json"). */
export const getStaticPaths = (async () =>
  (
    await Promise.all(
      locales.map(async (locale) =>
        (await getModules(locale)).flatMap((m) => {
          const [quizId] = quizIds(m.body ?? '');
          return quizId
            ? [{ params: { lang: langParam(locale), slug: m.id }, props: { quizId, locale } }]
            : [];
        }),
      ),
    )
  ).flat()) satisfies GetStaticPaths;

/**
 * The teaching feedback and explanations of a module's knowledge check, in the order of the sealed
 * pool on the page (the same build-time seal). The page fetches it only when the learner checks, so
 * the answers are not in the page source and module pages stay light.
 */
export const GET: APIRoute = ({ params, props }) => {
  const slug = String(params['slug']);
  const { quizId, locale } = props as { quizId: string; locale: Locale };
  const pool = loadQuizPool(slug, quizId, `content/modules/${slug}.mdx`, locale);
  return new Response(JSON.stringify(feedbackFile(sealQuiz(pool))), {
    headers: { 'Content-Type': 'application/json' },
  });
};
