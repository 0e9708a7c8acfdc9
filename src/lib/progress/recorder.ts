/**
 * The always-on progress recorder, loaded on every page by BaseLayout. It records module reading
 * (h2 sections reached), knowledge-check and scenario results from their browser events, and fills
 * the small progress texts pages mark with data attributes. Kept tiny: no zod, no framework.
 */
import type { LearnerRecord } from '../../schemas/learner.ts';
import { fill } from '../../i18n/fill.ts';
import {
  own,
  quizPercent,
  recordQuiz,
  recordReading,
  recordScenario,
  recordVisit,
} from './record.ts';
import { loadRecord, looksCurrent, saveRecord, type Problem } from './store.ts';

const now = (): string => new Date().toISOString();

/** Applies one change to the freshest stored record, saves it and refreshes the page's texts. */
function update(change?: (rec: LearnerRecord) => unknown): void {
  const loaded = loadRecord(looksCurrent, now());
  let problem: Problem = loaded.problem;
  if (change) {
    try {
      if (change(loaded.record) === false) return;
    } catch {
      // A damaged part of a record the cheap guard let through: leave the record as it is.
      return;
    }
    problem = saveRecord(loaded.record, loaded.problem);
  }
  show(loaded.record, problem);
}

/** Fills `[data-progress-for]` (module) and `[data-progress-scenario]` texts and the storage notice. */
function show(rec: LearnerRecord, problem: Problem): void {
  for (const el of document.querySelectorAll<HTMLElement>('[data-progress-for]')) {
    const slug = el.dataset['progressFor'] ?? '';
    const m = own(rec.modules, slug);
    const d = el.dataset;
    const pct = m?.readAt ? 100 : m && m.total ? Math.round((m.reached / m.total) * 100) : 0;
    let text = m?.readAt
      ? d['read']
      : m && m.reached > 0
        ? fill(d['partial'] ?? '', { reached: m.reached, total: m.total, percent: pct })
        : d['unread'];
    const bests = Object.values(own(rec.quizzes, slug) ?? {}).map((q) => quizPercent(q.best));
    if (bests.length > 0) text += ` ${fill(d['quiz'] ?? '', { percent: Math.max(...bests) })}`;
    const out = el.querySelector('span');
    if (out) out.textContent = text ?? '';
    el.querySelector('progress')?.setAttribute('value', String(pct));
    el.dataset['state'] = m?.readAt ? 'read' : m ? 'partial' : 'unread';
    el.hidden = false;
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-progress-scenario]')) {
    const s = own(rec.scenarios, el.dataset['progressScenario'] ?? '');
    if (!s) continue;
    el.textContent = fill(el.dataset['template'] ?? '', {
      last: s.last.percent,
      best: s.best.percent,
      runs: s.runs,
    });
    el.hidden = false;
  }
  const notice = document.querySelector<HTMLElement>('[data-progress-notice]');
  const message = problem && notice?.dataset[problem];
  if (notice && message) {
    const p = notice.querySelector('span');
    if (p) p.textContent = message;
    notice.hidden = false;
  }
}

/** Watches a module's h2 headings: each one scrolled past counts as a section reached. */
function watchReading(article: HTMLElement): void {
  const slug = article.dataset['progressModule'] ?? '';
  const headings = [...article.querySelectorAll('h2')];
  update((rec) => recordVisit(rec, 'module', slug, now()));
  if (headings.length === 0 || !('IntersectionObserver' in window)) return;
  let reached = 0;
  const observer = new IntersectionObserver((entries) => {
    let furthest = reached;
    for (const e of entries) {
      if (e.isIntersecting || e.boundingClientRect.top < 0) {
        furthest = Math.max(furthest, headings.indexOf(e.target as HTMLHeadingElement) + 1);
      }
    }
    if (furthest <= reached) return;
    reached = furthest;
    update((rec) => recordReading(rec, slug, reached, headings.length, now()));
    if (reached < headings.length) return;
    observer.disconnect();
    window.dispatchEvent(new CustomEvent('cca:module-read', { detail: { slug } }));
  });
  for (const h of headings) observer.observe(h);
}

window.addEventListener('cca:quiz-result', (e) =>
  update((rec) => recordQuiz(rec, (e as CustomEvent).detail, now())),
);
window.addEventListener('cca:scenario-result', (e) =>
  update((rec) => {
    const detail = (e as CustomEvent<{ scenario?: { id?: unknown } }>).detail;
    const ok = recordScenario(rec, detail, now());
    if (ok) recordVisit(rec, 'scenario', String(detail.scenario?.id), now());
    return ok;
  }),
);
// Another tab saved: refresh the texts on this one.
window.addEventListener('storage', () => update());

const article = document.querySelector<HTMLElement>('[data-progress-module]');
if (article) watchReading(article);
else update();
