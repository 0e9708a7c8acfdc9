import { localeUrl, url } from '../../lib/url.ts';
import { documentLocale } from '../../i18n/locales.ts';
import { fill } from '../../i18n/fill.ts';
import { countText, readStrings, withQuery } from './render.ts';
import { groupResults, groupPreview } from './groups.ts';
import type { SearchResult } from '../../search/query.ts';
import './search-page.css';

/**
 * The search page: reads `?q=` so a search can be shared as a link, shows the results grouped by
 * type (the group holding the best match first, a few results each until asked for all), and
 * keeps the address in step with the box.
 */
export async function initSearchPage(): Promise<void> {
  const root = document.querySelector<HTMLElement>('[data-search-page]');
  const form = root?.querySelector('form');
  const input = form?.querySelector('input');
  const count = root?.querySelector<HTMLElement>('[data-count]');
  const list = root?.querySelector<HTMLElement>('[data-results]');
  const empty = root?.querySelector<HTMLElement>('[data-empty]');
  const emptyTitle = root?.querySelector<HTMLElement>('[data-empty-title]');
  const suggestion = root?.querySelector<HTMLElement>('[data-suggestion]');
  if (!root || !form || !input || !count || !list || !empty || !emptyTitle || !suggestion) return;
  const strings = readStrings(root);
  input.value = new URLSearchParams(window.location.search).get('q') ?? '';

  const show = async (): Promise<void> => {
    const query = input.value.trim();
    history.replaceState(
      null,
      '',
      query ? `?q=${encodeURIComponent(query)}` : localeUrl('search/', documentLocale()),
    );
    if (query === '') {
      list.replaceChildren();
      count.textContent = '';
      empty.hidden = true;
      suggestion.hidden = true;
      return;
    }
    count.textContent = strings.loading;
    const client = await import('./client.ts');
    let loaded;
    try {
      loaded = await client.loadIndex();
    } catch {
      count.textContent = strings.error;
      return;
    }
    if (input.value.trim() !== query) return;
    const answer = await client.runQuery(loaded, query, 100, (results) =>
      groupResults(results).flatMap((g) => groupPreview(g.results)),
    );
    if (input.value.trim() !== query) return;
    const { results } = answer;
    count.textContent = countText(strings, results.length);
    suggestion.hidden = answer.suggestion === undefined;
    if (answer.suggestion !== undefined) {
      const href = `${localeUrl('search/', documentLocale())}?q=${encodeURIComponent(answer.suggestion)}`;
      client.renderSuggestion(suggestion, strings.didYouMean, answer.suggestion, href);
    }
    empty.hidden = results.length > 0;
    emptyTitle.textContent = withQuery(strings.noResults, query);

    const item = (result: SearchResult): HTMLLIElement => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = url(result.url);
      client.renderResult(a, result, strings);
      li.append(a);
      return li;
    };
    const groups = groupResults(results).map(({ type, results: inGroup }) => {
      const section = document.createElement('section');
      const heading = document.createElement('h2');
      heading.textContent = `${strings.types[type]} (${inGroup.length})`;
      const ol = document.createElement('ol');
      const preview = groupPreview(inGroup);
      ol.append(...preview.map(item));
      section.append(heading, ol);
      if (preview.length < inGroup.length) {
        const more = document.createElement('button');
        more.type = 'button';
        more.className = 'button secondary';
        more.textContent = fill(strings.showAll, {
          count: inGroup.length,
          type: strings.types[type],
        });
        more.addEventListener('click', () => {
          void (async () => {
            // The rest of the group may need text shards not loaded yet, for their snippets.
            const all = await client.runQuery(loaded, query, 100, (results) =>
              results.filter((r) => r.type === type),
            );
            const rest = all.results.filter((r) => r.type === type).slice(preview.length);
            const items = rest.map(item);
            ol.append(...items);
            more.remove();
            items[0]?.querySelector('a')?.focus();
          })();
        });
        section.append(more);
      }
      return section;
    });
    list.replaceChildren(...groups);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void show();
  });
  input.addEventListener('input', () => void show());
  if (input.value) await show();
}
