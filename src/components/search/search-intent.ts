/**
 * The header search box's share of every page's script: it waits for the learner's first sign of
 * wanting to search (focus, a pointer press or typing in the box, the "/" shortcut) and only then
 * loads the combobox code (search-box.ts), so the many page views without a search never fetch
 * it. Until it arrives the box is a plain form: Enter opens the search page. Nothing typed in the
 * meantime is lost: the combobox starts from what the box holds.
 */

/** True when the keyboard focus is somewhere the user types, so "/" must not be taken. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Wires "/" to the header search box and loads the combobox on first intent. */
export function initSearchIntent(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-box]');
  const input = form?.querySelector<HTMLInputElement>('input[role="combobox"]');
  if (!form || !input) return;
  let wiring: Promise<void> | undefined;
  const wire = (): void => {
    wiring ??= import('./search-box.ts')
      .then((m) => m.initSearchBox(form, input))
      // Offline or a stale page: the plain form still works; the next intent tries again.
      .catch(() => {
        wiring = undefined;
      });
  };
  for (const type of ['pointerdown', 'focus', 'input']) input.addEventListener(type, wire);
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
    if (isTyping(event.target)) return;
    event.preventDefault();
    input.focus();
    input.select();
  });
}
