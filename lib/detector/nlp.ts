// The NLP side: compromise for English, fr-compromise for French. Used only on
// the short phrases the cue rules pick out (subject, agent, what follows a
// cue), so each call tags a few words.
import { FR_FIRST_NAMES } from './data/words.ts';
import { type Term, taggerFor } from './taggers.ts';
import type { Lang } from './types.ts';

let frNames: Set<string> | null = null;

/** The checks and the model's features tag the same few phrases of a headline: tag each once. */
const recent = new Map<string, Term[]>();
const RECENT_MAX = 256;

export function terms(phrase: string, lang: Lang): Term[] {
  const key = `${lang}:${phrase}`;
  const hit = recent.get(key);
  if (hit) return hit;
  let out: Term[];
  try {
    const tagger = taggerFor(lang);
    // Not loaded yet: noted as missing (taggers.ts), and the caller asks again once it is. Not cached.
    if (!tagger) return [];
    out = tagger(phrase)
      .json()
      .flatMap((s) => s.terms ?? []);
  } catch {
    out = [];
  }
  if (recent.size >= RECENT_MAX) recent.clear();
  recent.set(key, out);
  return out;
}

const isCapitalized = (word: string) => /^\p{Lu}/u.test(word);

/** True when a phrase names a person ("Larry King", "Jean Rochefort", "Moore" but not "Moore's Law"). */
export function namesPerson(phrase: string, lang: Lang): boolean {
  frNames ??= new Set(FR_FIRST_NAMES);
  const list = terms(phrase, lang).filter((t) => /\p{L}/u.test(t.text));
  if (list.length === 0) return false;
  const isFirstName = (t: Term) =>
    (t.tags.includes('FirstName') || frNames?.has(t.text.toLowerCase().split('-')[0] ?? '') === true) &&
    isCapitalized(t.text);
  const head = list[list.length - 1] as Term;
  // a lone surname compromise knows ("Wilson"), not a lone first name that may be a product ("Alexa")
  if (
    list.length === 1 &&
    head.tags.includes('LastName') &&
    head.tags.includes('Person') &&
    isCapitalized(head.text)
  )
    return true;
  // the head is a person ("Bill Jolitz", "King"), unless it is possessive or an organisation
  if (
    head.tags.includes('Person') &&
    !head.tags.includes('Possessive') &&
    !head.tags.includes('Organization') &&
    isCapitalized(head.text) &&
    list.length >= 2
  ) {
    return list.some((t) => isFirstName(t) || t.tags.includes('Honorific')) || lang === 'en';
  }
  // a first name right before a capitalised word ("Conor McGregor fighting …")
  for (let i = 0; i + 1 < list.length; i++) {
    const t = list[i] as Term;
    const next = list[i + 1] as Term;
    if (
      isFirstName(t) &&
      !t.tags.includes('Possessive') &&
      isCapitalized(next.text) &&
      !next.tags.includes('Organization')
    )
      return true;
  }
  // a first name followed only by capitalised words ("Yvan Colonna", "Jean-Loup Dabadie"), or alone
  const firstAt = list.findIndex((t) => isFirstName(t) && !t.tags.includes('Possessive'));
  if (firstAt >= 0) {
    const rest = list.slice(firstAt + 1);
    if (rest.length === 0 && list.length === 1) return true;
    if (
      rest.length > 0 &&
      rest.every(
        (t) =>
          isCapitalized(t.text) ||
          /^(?:d'\p{Lu}.*|de|du|le|la|van|von|der|di|da|del|dos|el|al|bin|ben|st)$/iu.test(t.text),
      )
    )
      return true;
  }
  return false;
}

/** True when the words after a cue place it somewhere ("… dies in Paris"). */
export function namesPlace(phrase: string, lang: Lang): boolean {
  const list = terms(phrase, lang);
  return list.some(
    (t) =>
      (t.tags.includes('Place') || t.tags.includes('Country') || t.tags.includes('City')) &&
      isCapitalized(t.text),
  );
}

/** True when a phrase starts with a number (compromise's #Value): "100k weeds", "six people". */
export function startsWithValue(phrase: string, lang: Lang): boolean {
  const first = terms(phrase, lang).find((t) => /[\p{L}\p{N}]/u.test(t.text));
  return (
    !!first && (first.tags.includes('Value') || first.tags.includes('Cardinal') || /^\d/.test(first.text))
  );
}

/** True when compromise's English lexicon knows a word of the phrase as an organisation ("Google", "Netflix"). */
export function namesOrganization(phrase: string): boolean {
  return terms(phrase, 'en').some((t) => t.tags.includes('Organization'));
}
