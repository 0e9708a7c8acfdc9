import { url } from '../../lib/url.ts';
import { countText, readStrings } from './render.ts';
import type { DocType } from '../../search/types.ts';

/** Order of the result groups on the search page. */
const groupOrder: DocType[] = ['section', 'module', 'glossary', 'template', 'scenario'];

/**
 * The search page: reads `?q=` so a search can be shared as a link, shows every result grouped by
 * type, and keeps the address in step with the box.
 */
export async function initSearchPage(): Promise<void> {
  const root = document.querySelector<HTMLElement>('[data-search-page]');
  const form = root?.querySelector('form');
  const input = form?.querySelector('input');
  const count = root?.querySelector<HTMLElement>('[data-count]');
  const list = root?.querySelector<HTMLElement>('[data-results]');
  const empty = root?.querySelector<HTMLElement>('[data-empty]');
  const emptyTitle = root?.querySelector<HTMLElement>('[data-empty-title]');
  if (!root || !form || !input || !count || !list || !empty || !emptyTitle) return;
  const strings = readStrings(root);
  input.value = new URLSearchParams(window.location.search).get('q') ?? '';

  const show = async (): Promise<void> => {
    const query = input.value.trim();
    history.replaceState(null, '', query ? `?q=${encodeURIComponent(query)}` : url('search/'));
    if (query === '') {
      list.replaceChildren();
      count.textContent = '';
      empty.hidden = true;
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
    const results = client.runQuery(loaded, query, 100);
    count.textContent = countText(strings, results.length);
    empty.hidden = results.length > 0;
    emptyTitle.textContent = strings.noResults.replace('{query}', query);
    const groups = groupOrder.flatMap((type) => {
      const inGroup = results.filter((r) => r.type === type);
      if (inGroup.length === 0) return [];
      const section = document.createElement('section');
      const heading = document.createElement('h2');
      heading.textContent = `${strings.types[type]} (${inGroup.length})`;
      const ol = document.createElement('ol');
      for (const result of inGroup) {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = url(result.url);
        client.renderResult(a, result, strings);
        li.append(a);
        ol.append(li);
      }
      section.append(heading, ol);
      return [section];
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
