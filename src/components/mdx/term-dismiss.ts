/**
 * WCAG 1.4.13 for glossary terms (Term.astro): a definition shown on hover or focus can be
 * dismissed with Escape without moving away, and shows again once the pointer or focus moves on.
 * Wired by the layout's one page script, so module pages fetch one file less; a no-op on pages
 * without terms.
 */
export function initTermDismiss(): void {
  if (!document.querySelector('.term')) return;
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    document.querySelectorAll('.term').forEach((term) => term.classList.add('dismissed'));
  });
  const reset = (event: Event): void => {
    const within = event.target instanceof Element ? event.target.closest('.term') : null;
    document.querySelectorAll('.term.dismissed').forEach((term) => {
      if (term !== within) term.classList.remove('dismissed');
    });
  };
  document.addEventListener('focusin', reset);
  document.addEventListener('mouseover', reset);
}
