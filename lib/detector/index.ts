// The detector's one entry point: does a headline declare something dead?
// Pure and deterministic; never throws. Cheap checks first (length, noise,
// the page prefilter), then the cue rules and NLP checks of engine.ts.
import { analyse } from './engine.ts';
import { guessLang, langIsClose } from './lang.ts';
import { isGarbage, MAX_HEADLINE_LENGTH, normalize } from './normalize.ts';
import { isCandidate } from './prefilter.ts';
import type { Detection, DetectOptions, Lang } from './types.ts';

export { ALIASES, aliasesOf, canonicalize } from './aliases.ts';
export { isCandidate } from './prefilter.ts';
export * from './types.ts';

function none(text: string, lang: Lang): Detection {
  return {
    text,
    kind: 'none',
    subject: null,
    canonical: null,
    lang,
    cue: null,
    span: null,
    agent: null,
    renewal: null,
  };
}

export function detect(text: string, options: DetectOptions = {}): Detection {
  const original = typeof text === 'string' ? text : '';
  const forced = options.lang === 'en' || options.lang === 'fr' ? options.lang : undefined;
  const prefer: Lang = forced ?? (options.langs?.[0] === 'fr' ? 'fr' : 'en');
  if (original.length === 0 || original.length > MAX_HEADLINE_LENGTH) return none(original, prefer);
  try {
    if (isGarbage(original)) return none(original, prefer);
    const normalized = normalize(original);
    const lang = forced ?? guessLang(normalized, prefer);
    if (!isCandidate(normalized)) return none(original, lang);
    if (options.langs && !options.langs.includes(lang)) return none(original, lang);
    const found = analyse(original, normalized, lang);
    if (found === 'vetoed') return none(original, lang);
    if (found) return found;
    // short headlines of names and one verb ("Windows Live Messenger disparaît") fool the language guess
    const other: Lang = lang === 'en' ? 'fr' : 'en';
    if (!forced && langIsClose(normalized) && (!options.langs || options.langs.includes(other))) {
      const second = analyse(original, normalized, other);
      if (second && second !== 'vetoed') return second;
    }
    return none(original, lang);
  } catch {
    // a bug must never break a page: the headline just gets no badge
    return none(original, prefer);
  }
}
