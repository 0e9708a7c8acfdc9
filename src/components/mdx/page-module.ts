/** Helpers for author components: which module page is rendering, for build error messages. */

/** The module slug and source file of a page URL such as "/academy/modules/channels-of-cooperation/". */
export function moduleOfPage(pathname: string): { moduleId: string; file: string } {
  const match = /(\/fr)?\/modules\/([^/]+)\/?$/.exec(pathname);
  const moduleId = match?.[2] ?? '';
  const folder = match?.[1] ? 'content/fr/modules' : 'content/modules';
  return {
    moduleId,
    file: moduleId ? `${folder}/${moduleId}.mdx` : `the page ${pathname}`,
  };
}

let counter = 0;

/** A page-unique id for an element (a term's inline definition), e.g. "term-preservation-3". */
export function uniqueId(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}
