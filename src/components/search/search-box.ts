import { localeUrl, url } from '../../lib/url.ts';
import { documentLocale } from '../../i18n/locales.ts';
import { countText, withQuery } from './render.ts';
// The popup's styles, as a file this code links itself: pages without a search never fetch them
// (a plain CSS import here would put them in every page's stylesheets).
import popupCss from './search-popup.css?url';

/** Results shown in the header popup; the search page shows more. */
const popupLimit = 8;

/**
 * The header search box: an ARIA 1.2 combobox with a listbox popup. Loaded on the learner's first
 * sign of intent (search-intent.ts, in every page's script); the query code, the index and the
 * rendering load from here (client.ts). Starts from what the box already holds, so keys typed
 * while this file was on its way count.
 */
export function initSearchBox(form: HTMLFormElement, input: HTMLInputElement): void {
  const popup = form.querySelector<HTMLElement>('[data-popup]');
  const listbox = form.querySelector<HTMLElement>('[role="listbox"]');
  const live = form.querySelector<HTMLElement>('[data-live]');
  const seeAll = form.querySelector<HTMLAnchorElement>('[data-see-all]');
  const suggestion = form.querySelector<HTMLElement>('[data-suggestion]');
  if (!popup || !listbox || !live || !seeAll || !suggestion) return;
  let active = -1;
  let urls: string[] = [];
  let generation = 0;

  const options = (): HTMLElement[] => [
    ...listbox.querySelectorAll<HTMLElement>('[role="option"]'),
  ];
  const setActive = (index: number): void => {
    const all = options();
    active = all.length === 0 ? -1 : (index + all.length) % all.length;
    all.forEach((o, i) => o.setAttribute('aria-selected', String(i === active)));
    const current = all[active];
    if (current) {
      input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };
  // Linked at once; results wait for them (or for their failure), so the popup never shows unstyled.
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: popupCss });
  const styled = new Promise<void>((resolve) => {
    for (const type of ['load', 'error']) link.addEventListener(type, () => resolve());
  });
  document.head.append(link);
  const open = (): void => {
    if (urls.length === 0 && !seeAll.textContent) return;
    popup.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };
  const close = (): void => {
    popup.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    setActive(-1);
  };
  const go = (index: number): void => {
    const target = urls[index];
    if (target !== undefined) window.location.assign(url(target));
  };

  const update = async (): Promise<void> => {
    const query = input.value.trim();
    const mine = ++generation;
    if (query === '') {
      listbox.replaceChildren();
      urls = [];
      seeAll.textContent = '';
      suggestion.hidden = true;
      live.textContent = '';
      close();
      return;
    }
    const client = await import('./client.ts');
    let loaded;
    try {
      loaded = await client.loadIndex();
    } catch {
      loaded = null;
    }
    // The words results are shown with come with the index; the page holds the error message.
    const strings = client.indexStrings();
    if (!loaded || !strings) {
      live.textContent = form.dataset['error'] ?? '';
      return;
    }
    await styled;
    if (mine !== generation) return;
    const { results, suggestion: corrected } = await client.runQuery(loaded, query, popupLimit);
    if (mine !== generation) return;
    urls = results.map((r) => r.url);
    listbox.replaceChildren(
      ...results.map((result, i) => {
        const option = document.createElement('li');
        option.id = `site-search-option-${i}`;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        client.renderResult(option, result, strings);
        option.addEventListener('click', () => go(i));
        return option;
      }),
    );
    seeAll.href = `${localeUrl('search/', documentLocale())}?q=${encodeURIComponent(query)}`;
    seeAll.textContent = withQuery(results.length > 0 ? strings.seeAll : strings.noResults, query);
    suggestion.hidden = corrected === undefined;
    if (corrected !== undefined) {
      const href = `${localeUrl('search/', documentLocale())}?q=${encodeURIComponent(corrected)}`;
      client.renderSuggestion(suggestion, strings.didYouMean, corrected, href);
    }
    live.textContent =
      corrected === undefined
        ? countText(strings, results.length)
        : `${withQuery(strings.didYouMean, corrected)} ${countText(strings, results.length)}`;
    active = -1;
    input.removeAttribute('aria-activedescendant');
    open();
  };

  input.addEventListener('input', () => void update());
  input.addEventListener('keydown', (event) => {
    const expanded = !popup.hidden;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!expanded) open();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive(active === -1 && step === -1 ? -1 : active + step);
    } else if (event.key === 'Escape') {
      if (expanded) {
        event.preventDefault();
        close();
      } else input.value = '';
    } else if (event.key === 'Enter' && expanded && active >= 0) {
      event.preventDefault();
      go(active);
    }
  });
  // Keep focus in the input while a result is clicked.
  popup.addEventListener('mousedown', (event) => {
    if (!(event.target instanceof HTMLAnchorElement)) event.preventDefault();
  });
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) close();
  });
  // This file loads when the learner shows intent (search-intent.ts), never on page load: the
  // index follows at once, and what was typed meanwhile is searched.
  if (input.value.trim() !== '') void update();
  else void import('./client.ts').then((c) => c.loadIndex()).catch(() => undefined);
}
