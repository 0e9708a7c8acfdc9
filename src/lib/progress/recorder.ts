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
import { concernsKey } from '../storage.ts';
import { learnerKey, loadRecord, looksCurrent, saveRecord, type Problem } from './store.ts';

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

/** Reading pace assumed (words a second) and the share of a section to read before it counts. */
const wordsPerSecond = 4;
const shareToRead = 0.25;

/** Time on screen (ms) after which a section counts as read: a quarter of it at a usual pace. */
export function dwellFor(words: number): number {
  return Math.min(12_000, Math.max(2_000, ((words * shareToRead) / wordsPerSecond) * 1000));
}

/**
 * Watches a module's h2 sections. A section counts as read once some of it has been on screen
 * long enough to read part of it (`dwellFor`); sections count from the top, so jumping to the
 * knowledge check or scrolling fast past the middle does not mark the skipped ones read.
 */
function watchReading(article: HTMLElement): void {
  const slug = article.dataset['progressModule'] ?? '';
  const headings = [...article.querySelectorAll('h2')];
  update((rec) => recordVisit(rec, 'module', slug, now()));
  if (headings.length === 0 || !('IntersectionObserver' in window)) return;
  // Each element from one h2 up to the next belongs to that section.
  const sections = headings.map((h) => {
    const parts: Element[] = [h];
    for (let el = h.nextElementSibling; el && el.tagName !== 'H2'; el = el.nextElementSibling)
      parts.push(el);
    const words = parts.reduce((n, el) => n + (el.textContent ?? '').split(/\s+/).length, 0);
    return { parts, need: dwellFor(words), seen: 0, visible: new Set<Element>() };
  });
  const owner = new Map<Element, (typeof sections)[number]>();
  for (const sec of sections) for (const el of sec.parts) owner.set(el, sec);
  const loaded = loadRecord(looksCurrent, now());
  // Sections already counted on an earlier visit stay counted.
  const before = own(loaded.record.modules, slug)?.reached ?? 0;
  sections.slice(0, before).forEach((sec) => (sec.seen = sec.need));
  let reached = before;

  const tick = 1000;
  let timer: ReturnType<typeof setInterval> | null = null;
  const step = (): void => {
    if (document.visibilityState === 'hidden') return;
    for (const sec of sections) if (sec.visible.size > 0) sec.seen += tick;
    let prefix = 0;
    while (
      prefix < sections.length &&
      (sections[prefix]?.seen ?? 0) >= (sections[prefix]?.need ?? 0)
    )
      prefix++;
    if (prefix > reached) {
      reached = prefix;
      update((rec) => recordReading(rec, slug, reached, headings.length, now()));
    }
    if (reached >= headings.length) {
      stop();
      announceRead();
    } else if (!sections.some((sec) => sec.visible.size > 0) && timer) {
      clearInterval(timer);
      timer = null;
    }
  };
  const observer = new IntersectionObserver((entries) => {
    for (const e of entries) {
      const sec = owner.get(e.target);
      if (!sec) continue;
      if (e.isIntersecting) sec.visible.add(e.target);
      else sec.visible.delete(e.target);
    }
    if (!timer && sections.some((sec) => sec.visible.size > 0)) timer = setInterval(step, tick);
  });
  const stop = (): void => {
    observer.disconnect();
    if (timer) clearInterval(timer);
    timer = null;
  };
  // Learning-platform packages (src/lib/lms/) listen for this to report the module as read.
  const announceRead = (): void => {
    window.dispatchEvent(new CustomEvent('cca:module-read', { detail: { slug } }));
  };
  if (reached >= headings.length) {
    announceRead();
    return;
  }
  for (const el of owner.keys()) observer.observe(el);
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
// Another tab saved the record: refresh the texts on this one. Only reads, so it cannot echo.
window.addEventListener('storage', (e) => {
  if (concernsKey(e, learnerKey)) update();
});

const article = document.querySelector<HTMLElement>('[data-progress-module]');
if (article) watchReading(article);
else update();
