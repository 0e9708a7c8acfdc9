import type { APIRoute, GetStaticPaths } from 'astro';
import { getModules } from '../../lib/modules.ts';
import { quizIds } from '../../config/course.ts';
import { loadQuizPool } from '../../config/quizzes.ts';
import { feedbackFile, sealQuiz } from '../../components/mdx/quiz-seal.ts';

export const prerender = true;

/** One feedback file per module with a knowledge check. */
export const getStaticPaths = (async () =>
  (await getModules()).flatMap((m) => {
    const [quizId] = quizIds(m.body ?? '');
    return quizId ? [{ params: { slug: m.id }, props: { quizId } }] : [];
  })) satisfies GetStaticPaths;

/**
 * The teaching feedback and explanations of a module's knowledge check, in the order of the sealed
 * pool on the page (the same build-time seal). The page fetches it only when the learner checks, so
 * the answers are not in the page source and module pages stay light.
 */
export const GET: APIRoute = ({ params, props }) => {
  const slug = String(params['slug']);
  const { quizId } = props as { quizId: string };
  const pool = loadQuizPool(slug, quizId, `content/modules/${slug}.mdx`);
  return new Response(JSON.stringify(feedbackFile(sealQuiz(pool))), {
    headers: { 'Content-Type': 'application/json' },
  });
};
