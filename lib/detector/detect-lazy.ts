// detect() for a host that loads the NLP taggers on demand (the extension's
// worker): runs the rules, and when a headline needed a language's tagger that
// was not loaded, loads it and asks again. A batch of English headlines never
// pays for French; a batch the cue rules decide needs no tagger at all.
import { detect } from './index.ts';
import { loadTaggers, takeMissingTaggers } from './taggers.ts';
import type { Detection, DetectOptions } from './types.ts';

/** detect() with the taggers loaded so far; undefined when the headline needs one that is not. */
export function detectIfReady(text: string, options: DetectOptions = {}): Detection | undefined {
  takeMissingTaggers();
  const detection = detect(text, options);
  return takeMissingTaggers().length ? undefined : detection;
}

export async function detectLoading(text: string, options: DetectOptions = {}): Promise<Detection> {
  takeMissingTaggers();
  let detection = detect(text, options);
  // At most twice: the first language, then the other one when the guess was close.
  for (let round = 0; round < 2; round++) {
    const missing = takeMissingTaggers();
    if (!missing.length) break;
    await loadTaggers(missing);
    detection = detect(text, options);
  }
  return detection;
}
