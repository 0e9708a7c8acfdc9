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

/** A chip's words: the page's own, else what the engine's view gave (an English registry label). */
export function useRefWords(): (ref: {
  id: string;
  label: string;
  title: string | null;
}) => RefWords {
  const words = getContext<Record<string, RefWords> | undefined>(key) ?? {};
  return (ref) => {
    if (Object.hasOwn(words, ref.id)) return words[ref.id] as RefWords;
    return ref.title === null ? { label: ref.label } : { label: ref.label, title: ref.title };
  };
}
