/**
 * Behaviour of the knowledge checks (KnowledgeCheck.astro): each attempt draws its questions from
 * the sealed pool with a fresh seed and shuffles their options; checking scores the answers, marks
 * them, announces the score in the polite live region, moves focus to it and sends
 * `cca:quiz-result`; the teaching feedback is fetched (once) and filled in as soon as it arrives;
 * without it (offline) the marks and the score still show. "Try again" draws a new attempt. Plain DOM, no framework: the
 * runtime would weigh more than the quiz. Every UI string comes from the markup (`data-l-*`
 * attributes rendered with t() at build time), never from this file.
 */
import { fill } from '../../i18n/fill.ts';
import { dispatchQuizResult } from '../../islands/quiz/events.ts';
import { choiceStatus, firstUnanswered } from '../../islands/quiz/scoring.ts';
import { drawAttempt, newSeed } from './quiz-draw.ts';
import {
  isRight,
  reveal,
  rightSet,
  type FeedbackFile,
  type SealedQuestion,
  type SealedQuiz,
} from './quiz-seal.ts';

/** The label strings the markup carries on the quiz root, as `data-l-<name>`. */
type Label =
  | 'questionOf'
  | 'selectOne'
  | 'selectAll'
  | 'reference'
  | 'score'
  | 'hint'
  | 'unanswered'
  | 'right'
  | 'wrong'
  | 'chosenCorrect'
  | 'chosenWrong'
  | 'missedCorrect';

const labelAttr = (name: Label): string =>
  `data-l-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

const markLabel = {
  'chosen-correct': 'chosenCorrect',
  'chosen-wrong': 'chosenWrong',
  'missed-correct': 'missedCorrect',
} as const satisfies Record<string, Label>;

/** The sealed pool from the page's JSON block, or null when it is missing or not a pool. */
function readPool(root: HTMLElement): SealedQuiz | null {
  try {
    const data = JSON.parse(root.querySelector('[data-quiz-pool]')?.textContent ?? '') as unknown;
    const quiz = data as SealedQuiz;
    return quiz.v === 1 && Array.isArray(quiz.q) && quiz.q.length > 0 ? quiz : null;
  } catch {
    return null;
  }
}

/** Feedback per question id from the module's feedback file; empty when it cannot be loaded. */
async function loadFeedback(href: string): Promise<Map<string, { f: string[]; x?: string }>> {
  try {
    const response = await fetch(href);
    const data = (await response.json()) as FeedbackFile;
    const list = data.v === 1 && Array.isArray(data.q) ? data.q : [];
    return new Map(list.map((q) => [q.i, q]));
  } catch {
    return new Map();
  }
}

/** Creates an element with a class and text. */
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className = '',
  text = '',
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

/** One question of the current attempt, as shown. */
interface Shown {
  q: SealedQuestion;
  /** Option indexes into q.c, in the order shown. */
  order: number[];
  fieldset: HTMLFieldSetElement;
  inputs: HTMLInputElement[];
}

/** Wires one quiz; everything is looked up inside its root, so several quizzes work side by side. */
export function initKnowledgeCheck(root: HTMLElement): void {
  const label = (name: Label): string => root.getAttribute(labelAttr(name)) ?? '';
  const pool = readPool(root);
  const host = root.querySelector<HTMLElement>('[data-questions]');
  const summary = root.querySelector<HTMLElement>('.result p');
  const checkButton = root.querySelector<HTMLButtonElement>('button[data-check]');
  const retryButton = root.querySelector<HTMLButtonElement>('button[data-retry]');
  if (!pool || !host || !summary || !checkButton || !retryButton) return;
  const uid = `kc-${pool.id}`;
  let seed = '';
  let shown: Shown[] = [];
  let feedback: ReturnType<typeof loadFeedback> | null = null;

  const say = (text: string): void => {
    summary.textContent = text;
    summary.hidden = text === '';
  };

  /** Draws and renders a new attempt. */
  const render = (): void => {
    seed = newSeed();
    const draw = drawAttempt(
      seed,
      pool.id,
      pool.q.map((q) => q.c.length),
      pool.draw,
    );
    const total = draw.questions.length;
    shown = draw.questions.flatMap((pi, qi) => {
      const q = pool.q[pi];
      const order = draw.orders[qi] ?? [];
      if (!q) return [];
      const fieldset = el('fieldset', 'question');
      const legend = el('legend');
      legend.append(
        el('span', 'number', fill(label('questionOf'), { n: qi + 1, total })),
        el('span', 'text', q.t),
        el('span', 'how', label(q.m ? 'selectAll' : 'selectOne')),
      );
      const list = el('ul');
      list.setAttribute('role', 'list');
      const inputs = order.map((ci, pos) => {
        const id = `${uid}-q${qi}-c${pos}`;
        const li = el('li', 'choice');
        const input = el('input');
        input.id = id;
        input.type = q.m ? 'checkbox' : 'radio';
        input.name = `${uid}-q${qi}`;
        const text = el('label', '', q.c[ci] ?? '');
        text.htmlFor = id;
        const feedback = el('p', 'feedback');
        feedback.id = `${id}-fb`;
        feedback.hidden = true;
        li.append(input, text, feedback);
        list.append(li);
        return input;
      });
      const verdict = el('div', 'verdict');
      verdict.id = `${uid}-q${qi}-verdict`;
      verdict.hidden = true;
      fieldset.append(legend, list, verdict);
      return [{ q, order, fieldset, inputs }];
    });
    host.replaceChildren(...shown.map((s) => s.fieldset));
  };

  const check = (): void => {
    const selections = shown.map((s) =>
      s.inputs.flatMap((input, pos) => (input.checked ? [pos] : [])),
    );
    const missing = firstUnanswered(selections, shown.length);
    if (missing >= 0) {
      say(fill(label('unanswered'), { n: missing + 1 }));
      shown[missing]?.inputs[0]?.focus();
      return;
    }
    const answers = shown.map((s, qi) => {
      const picked = (selections[qi] ?? []).map((pos) => s.order[pos] ?? -1);
      const right = new Set(rightSet(pool, s.q));
      const correct = isRight(pool, s.q, picked);
      s.inputs.forEach((input, pos) => {
        const mark = choiceStatus(right.has(s.order[pos] ?? -1), input.checked);
        input.closest('li')?.classList.add(mark);
        input.disabled = true;
        const box = input.closest('li')?.querySelector<HTMLElement>('.feedback');
        if (!box || mark === 'not-chosen') return;
        box.replaceChildren(el('strong', '', label(markLabel[mark])));
        box.hidden = false;
        input.setAttribute('aria-describedby', box.id);
      });
      const verdict = s.fieldset.querySelector<HTMLElement>('.verdict');
      if (verdict) {
        const line = el('p');
        line.append(el('strong', '', label(correct ? 'right' : 'wrong')));
        verdict.replaceChildren(line);
        if (s.q.r) verdict.append(el('p', 'ref', `${label('reference')} ${s.q.r}`));
        verdict.classList.toggle('right', correct);
        verdict.hidden = false;
        s.fieldset.setAttribute('aria-describedby', verdict.id);
      }
      return { question: qi, selected: [...picked].sort((a, b) => a - b), correct };
    });
    // The teaching texts arrive from the feedback file; fill in the attempt still on screen.
    const attempt = shown;
    feedback ??= loadFeedback(root.dataset['feedback'] ?? '');
    void feedback.then((texts) => {
      if (attempt !== shown) return;
      for (const s of attempt) {
        const t = texts.get(s.q.i);
        if (!t) continue;
        s.inputs.forEach((input, pos) => {
          const text = reveal(pool, t.f[s.order[pos] ?? -1]);
          const box = input.closest('li')?.querySelector<HTMLElement>('.feedback');
          if (!box || !text) return;
          box.append(` ${text}`);
          box.hidden = false;
          input.setAttribute('aria-describedby', box.id);
        });
        const explanation = reveal(pool, t.x);
        if (explanation) s.fieldset.querySelector('.verdict p')?.append(` ${explanation}`);
      }
    });
    const score = answers.filter((a) => a.correct).length;
    say(`${fill(label('score'), { score, max: shown.length })} ${label('hint')}`);
    checkButton.hidden = true;
    retryButton.hidden = false;
    dispatchQuizResult({
      moduleId: root.dataset['moduleId'] ?? '',
      quizId: pool.id,
      score,
      max: shown.length,
      answers,
      at: new Date().toISOString(),
      seed,
      questions: shown.map((s) => s.q.i),
      sessionHours: Number(root.dataset['sessionHours'] ?? '24'),
    });
    summary.focus();
  };

  const retry = (): void => {
    render();
    say('');
    retryButton.hidden = true;
    checkButton.hidden = false;
    shown[0]?.inputs[0]?.focus();
  };

  render();
  checkButton.addEventListener('click', check);
  retryButton.addEventListener('click', retry);
  checkButton.disabled = false;
}

/** Wires every knowledge check on the page that is not wired yet. */
export function initKnowledgeChecks(doc: ParentNode = document): void {
  for (const root of doc.querySelectorAll<HTMLElement>('section.quiz[data-quiz-id]')) {
    if (root.dataset['ready'] !== undefined) continue;
    initKnowledgeCheck(root);
    root.dataset['ready'] = '';
  }
}
