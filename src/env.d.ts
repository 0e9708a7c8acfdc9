/// <reference types="astro/client" />

// svelte-check and typed ESLint do not read .astro files; `astro check` does and resolves the real
// component types first, so this fallback only applies to those tools.
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}
