/**
 * The header's language switcher keeps what the address carries beyond the page: a workshop's
 * session code (?s=…, ?session=…) and the section being read (#…). The link is completed when it
 * is followed, so it is always current. Runs from the layout's one script.
 */
export function initLanguageSwitch(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch="page"]')) {
    const page = link.getAttribute('href') ?? '';
    const follow = (): void => {
      link.href = `${page}${location.search}${location.hash}`;
    };
    // Before any click (mouse, touch) and on focus (keyboard): the link is right when followed.
    link.addEventListener('pointerdown', follow);
    link.addEventListener('focus', follow);
  }
}
