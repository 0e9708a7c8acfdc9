/**
 * Behaviour of the server-rendered knowledge checks (KnowledgeCheck.astro): checking scores the
 * answers, reveals the teaching feedback already in the HTML, announces the score in the polite
 * live region, moves focus to it and sends `cca:quiz-result`; "Try again" resets. Plain DOM, no
 * framework: the runtime would weigh more than the quiz. Every string shown comes from the
 * markup (`data-l-*` attributes rendered with t() at build time), never from this file.
 */
import { fill } from '../../i18n/fill.ts';
import { dispatchQuizResult } from '../../islands/quiz/events.ts';
import { choiceStatus, firstUnanswered, scoreQuiz } from '../../islands/quiz/scoring.ts';

/** The label strings the markup carries on the quiz root, as `data-l-<name>`. */
type Label =
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

/** Wires one quiz; everything is looked up inside its root, so several quizzes work side by side. */
export function initKnowledgeCheck(root: HTMLElement): void {
  const label = (name: Label): string => root.getAttribute(labelAttr(name)) ?? '';
  const questions = [...root.querySelectorAll<HTMLFieldSetElement>('fieldset.question')];
  const inputsOf = (q: HTMLFieldSetElement): HTMLInputElement[] => [
    ...q.querySelectorAll<HTMLInputElement>('input'),
  ];
  const choicesOf = (q: HTMLFieldSetElement): HTMLLIElement[] => [
    ...q.querySelectorAll<HTMLLIElement>('li.choice'),
  ];
  const scorable = questions.map((q) => ({
    choices: choicesOf(q).map((li) => ({ correct: li.hasAttribute('data-correct') })),
  }));
  const summary = root.querySelector<HTMLElement>('.result p');
  const checkButton = root.querySelector<HTMLButtonElement>('button[data-check]');
  const retryButton = root.querySelector<HTMLButtonElement>('button[data-retry]');
  if (!summary || !checkButton || !retryButton) return;

  const say = (text: string): void => {
    summary.textContent = text;
    summary.hidden = text === '';
  };
  const focusQuestion = (qi: number): void => {
    const q = questions[qi];
    if (q) inputsOf(q)[0]?.focus();
  };
  const selected = (q: HTMLFieldSetElement): number[] =>
    inputsOf(q).flatMap((input, ci) => (input.checked ? [ci] : []));

  const check = (): void => {
    const selections = questions.map(selected);
    const missing = firstUnanswered(selections, questions.length);
    if (missing >= 0) {
      say(fill(label('unanswered'), { n: missing + 1 }));
      focusQuestion(missing);
      return;
    }
    const result = scoreQuiz(scorable, selections);
    questions.forEach((q, qi) => {
      const answer = result.answers[qi];
      const verdict = q.querySelector<HTMLElement>('.verdict');
      if (!answer || !verdict) return;
      choicesOf(q).forEach((li, ci) => {
        const input = li.querySelector('input');
        const feedback = li.querySelector<HTMLElement>('.feedback');
        const mark = choiceStatus(li.hasAttribute('data-correct'), answer.selected.includes(ci));
        li.classList.add(mark);
        if (input) {
          input.disabled = true;
          if (feedback) input.setAttribute('aria-describedby', feedback.id);
        }
        if (!feedback) return;
        const strong = feedback.querySelector('strong');
        if (strong) strong.textContent = mark === 'not-chosen' ? '' : label(markLabel[mark]);
        feedback.hidden = mark === 'not-chosen' && !feedback.hasAttribute('data-has-text');
      });
      const word = verdict.querySelector('strong');
      if (word) word.textContent = label(answer.correct ? 'right' : 'wrong');
      verdict.classList.toggle('right', answer.correct);
      verdict.hidden = false;
      q.setAttribute('aria-describedby', verdict.id);
    });
    say(`${fill(label('score'), { score: result.score, max: result.max })} ${label('hint')}`);
    checkButton.hidden = true;
    retryButton.hidden = false;
    dispatchQuizResult({
      moduleId: root.dataset['moduleId'] ?? '',
      quizId: root.dataset['quizId'] ?? '',
      score: result.score,
      max: result.max,
      answers: result.answers,
      at: new Date().toISOString(),
    });
    summary.focus();
  };

  const retry = (): void => {
    for (const q of questions) {
      q.removeAttribute('aria-describedby');
      const verdict = q.querySelector<HTMLElement>('.verdict');
      if (verdict) verdict.hidden = true;
      for (const li of choicesOf(q)) {
        li.classList.remove('chosen-correct', 'chosen-wrong', 'missed-correct', 'not-chosen');
        const input = li.querySelector('input');
        if (input) {
          input.checked = false;
          input.disabled = false;
          input.removeAttribute('aria-describedby');
        }
        const feedback = li.querySelector<HTMLElement>('.feedback');
        if (feedback) feedback.hidden = true;
        const strong = feedback?.querySelector('strong');
        if (strong) strong.textContent = '';
      }
    }
    say('');
    retryButton.hidden = true;
    checkButton.hidden = false;
    focusQuestion(0);
  };

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
