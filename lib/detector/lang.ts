// Cheap language guess for a headline: French function words, elisions and
// accents against English function words. Ties go to the caller's preference.
import { ENGLISH_WORDS, FRENCH_WORDS } from './data/lang-words.ts';
import type { Lang } from './types.ts';

let frSet: Set<string> | null = null;
let enSet: Set<string> | null = null;

/** How French and how English a text looks (function words, elisions, accents). */
export function langScores(text: string): { fr: number; en: number } {
  frSet ??= new Set(FRENCH_WORDS);
  enSet ??= new Set(ENGLISH_WORDS);
  const lower = text.toLowerCase();
  let fr = 0;
  let en = 0;
  // elisions (l'IA, d'un, n'est, qu'il) are French
  fr += (lower.match(/\b(?:l|d|n|qu|c|j|s|m|t)'(?=\p{L})/gu)?.length ?? 0) * 1.5;
  fr += (lower.match(/[éèêàùçâîôûœë]/g)?.length ?? 0) * 0.75;
  fr += (lower.match(/-(?:t-)?(?:il|elle|ils|elles|on|ce)\b/g)?.length ?? 0) * 2;
  // English contractions
  en += (lower.match(/\p{L}'(?:s|t|re|ll|ve|d)\b/gu)?.length ?? 0) * 0.75;
  for (const word of lower.split(/[^\p{L}']+/u)) {
    if (!word) continue;
    if (frSet.has(word)) fr += 1;
    if (enSet.has(word)) en += 1;
  }
  return { fr, en };
}

export function guessLang(text: string, prefer: Lang = 'en'): Lang {
  const { fr, en } = langScores(text);
  if (fr === en) return prefer;
  return fr > en ? 'fr' : 'en';
}

/** True when the guess is shaky enough that the other language deserves a try. */
export function langIsClose(text: string): boolean {
  const { fr, en } = langScores(text);
  return Math.abs(fr - en) < 2;
}
