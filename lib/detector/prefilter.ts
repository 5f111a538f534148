// Cheap test run in the page on every headline: only texts that pass it are
// sent to the NLP detector. It must never import compromise, and detect()
// itself answers `none` for any text this rejects, so its recall is total by
// construction for what detect() flags.
import { PREFILTER_CUES, PREFILTER_LIFESPAN } from './data/prefilter-words.ts';

export const PREFILTER_MIN_LENGTH = 4;
export const PREFILTER_MAX_LENGTH = 400;

let cueRe: RegExp | null = null;

function cues(): RegExp {
  // Letters on either side would make a different word: \b is ASCII-only, so use Unicode lookarounds.
  cueRe ??= new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${PREFILTER_CUES.join('|')})(?![\\p{L}\\p{N}])|${PREFILTER_LIFESPAN}`,
    'iu',
  );
  return cueRe;
}

export function isCandidate(text: string): boolean {
  if (typeof text !== 'string') return false;
  if (text.length < PREFILTER_MIN_LENGTH || text.length > PREFILTER_MAX_LENGTH) return false;
  return cues().test(text.replace(/[\u2018\u2019]/g, "'"));
}
