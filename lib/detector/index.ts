// The detector's one entry point: does a headline declare something dead?
// Pure and deterministic; never throws. Cheap checks first (length, noise,
// the page prefilter), then the cue rules and NLP checks of engine.ts, then the
// learned model of model.ts, which keeps or drops the rules' candidate.
import { type Candidate, candidate } from './engine.ts';
import { features } from './features.ts';
import { guessLang, langIsClose } from './lang.ts';
import { MODEL, type Model, probability } from './model.ts';
import { isGarbage, MAX_HEADLINE_LENGTH, normalize } from './normalize.ts';
import { isCandidate } from './prefilter.ts';
import type { Detection, DetectOptions, Lang } from './types.ts';

export { ALIASES, aliasesOf, canonicalize } from './aliases.ts';
export { isCandidate } from './prefilter.ts';
export * from './types.ts';

export { DETECTOR_VERSION } from './version.ts';

let caught = 0;
/** How many errors detect()'s catch-all has turned into `none` (the corpus tests require 0). */
export function caughtErrors(): number {
  return caught;
}

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

/** The rules' candidate for a headline, in the language it is most likely in (used by detect and training). */
export function findCandidate(
  text: string,
  options: DetectOptions = {},
): { lang: Lang; candidate: Candidate | null } {
  const original = typeof text === 'string' ? text : '';
  const forced = options.lang === 'en' || options.lang === 'fr' ? options.lang : undefined;
  const prefer: Lang = forced ?? (options.langs?.[0] === 'fr' ? 'fr' : 'en');
  if (original.length === 0 || original.length > MAX_HEADLINE_LENGTH || isGarbage(original))
    return { lang: prefer, candidate: null };
  const normalized = normalize(original);
  const lang = forced ?? guessLang(normalized, prefer);
  if (!isCandidate(normalized)) return { lang, candidate: null };
  if (options.langs && !options.langs.includes(lang)) return { lang, candidate: null };
  const found = candidate(original, normalized, lang);
  if (found === 'vetoed') return { lang, candidate: null };
  if (found?.checked) return { lang, candidate: found };
  // short headlines of names and one verb ("Windows Live Messenger disparaît") fool the language guess
  const other: Lang = lang === 'en' ? 'fr' : 'en';
  if (!forced && langIsClose(normalized) && (!options.langs || options.langs.includes(other))) {
    const second = candidate(original, normalized, other);
    if (second && second !== 'vetoed' && (second.checked || !found))
      return { lang: other, candidate: second };
  }
  return { lang, candidate: found };
}

/** The rules' candidate, kept or dropped by a model (null: the rules alone, as the checks decided). */
export function decide(found: Candidate | null, lang: Lang, model: Model | null): boolean {
  if (!found) return false;
  if (!model?.langs.includes(lang)) return found.checked;
  if (!found.checked && model.scope === 'checked') return false;
  return probability(model, features(found, lang)) >= model.threshold;
}

/** detect() with another model (or none): for evaluation and training, which compare them. */
export function detectWith(text: string, options: DetectOptions, model: Model | null): Detection {
  const original = typeof text === 'string' ? text : '';
  try {
    const { lang, candidate: found } = findCandidate(original, options);
    return found && decide(found, lang, model) ? found.detection : none(original, lang);
  } catch {
    // a bug must never break a page: the headline gets no badge, and the tests see the count
    caught++;
    return none(original, options.lang === 'fr' ? 'fr' : 'en');
  }
}

export function detect(text: string, options: DetectOptions = {}): Detection {
  return detectWith(text, options, MODEL);
}
