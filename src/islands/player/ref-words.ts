import { getContext, setContext } from 'svelte';

/** A reference chip's words in the page's language (built by src/lib/reference-words.ts). */
export interface RefWords {
  label: string;
  title?: string;
}

const key = Symbol('cca-ref-words');

/** Called once by the player: the chips below it take their words from here. */
export function provideRefWords(words: Record<string, RefWords>): void {
  setContext(key, words);
}

/**
 * A chip's words from the page (the build fails when a scenario cites a reference it has no words
 * for, so the fallback, the id's words spaced out, is only for a page built without them).
 */
export function useRefWords(): (ref: { id: string }) => RefWords {
  const words = getContext<Record<string, RefWords> | undefined>(key) ?? {};
  return (ref) =>
    Object.hasOwn(words, ref.id)
      ? (words[ref.id] as RefWords)
      : { label: ref.id.replace(/^(module|glossary):/, '').replace(/[-#]/g, ' ') };
}
