/** Helpers for author components: which module page is rendering, for build error messages. */

/** The module slug and source file of a page URL such as "/academy/modules/channels-of-cooperation/". */
export function moduleOfPage(pathname: string): { moduleId: string; file: string } {
  const match = /\/modules\/([^/]+)\/?$/.exec(pathname);
  const moduleId = match?.[1] ?? '';
  return {
    moduleId,
    file: moduleId ? `content/modules/${moduleId}.mdx` : `the page ${pathname}`,
  };
}

let counter = 0;

/** A page-unique id for an element (a term's inline definition), e.g. "term-preservation-3". */
export function uniqueId(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}
