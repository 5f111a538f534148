// The NLP taggers, evaluated only when a language needs one: compromise
// (English) and fr-compromise (French) take 0.3–0.6 s each to evaluate, which a
// stopped extension worker would otherwise pay before its first answer. The
// bundler keeps each dynamic import inside the one worker script, wrapped so it
// is evaluated on first import (no chunk is fetched at run time, which Chrome's
// service worker forbids). `detect()` stays synchronous: a language it needed
// but found unloaded is noted, and the caller loads it and asks again.
import { readBuiltLexicon } from './built-lexicon.ts';
import type { Lang } from './types.ts';

export interface Term {
  text: string;
  tags: string[];
}

export type Tagger = (text: string) => { json: () => { terms?: Term[] }[] };

// Casts: compromise's own types describe its whole View API; only json() is used here.
const LOADERS: Record<Lang, () => Promise<Tagger>> = {
  en: async () => {
    await readBuiltLexicon();
    // compromise's "two" (tokenizer and taggers): "three" adds View methods the
    // detector does not call and a per-parse chunker that sets no tag
    return (await import('compromise/two')).default as unknown as Tagger;
  },
  fr: async () => (await import('fr-compromise')).default as unknown as Tagger,
};

const loaded: Partial<Record<Lang, Tagger>> = {};
const missing = new Set<Lang>();

/** The tagger of `lang`, or undefined (noted as missing) when it is not loaded yet. */
export function taggerFor(lang: Lang): Tagger | undefined {
  const tagger = loaded[lang];
  if (!tagger) missing.add(lang);
  return tagger;
}

/** Loads the taggers of `langs` (each once). */
export async function loadTaggers(langs: Iterable<Lang>): Promise<void> {
  for (const lang of new Set(langs)) loaded[lang] ??= await LOADERS[lang]();
}

/** The languages asked for since the last call while not loaded; clears the list. */
export function takeMissingTaggers(): Lang[] {
  const list = [...missing];
  missing.clear();
  return list;
}

export function loadedTaggers(): Lang[] {
  return (Object.keys(loaded) as Lang[]).filter((lang) => loaded[lang]);
}
