// Cheap test run in the page on every headline: only texts that pass it are
// sent to the NLP detector. It must never import compromise, and detect()
// itself answers `none` for any text this rejects, so its recall is total by
// construction for what detect() flags.
//
// Near-free by design (it runs on every link of every page): the text is
// lower-cased once and cut into words on anything that is not an ASCII or
// Latin letter or digit, and each word is looked up once in a Map: by its
// first four letters (exact words and `word*` stems that long), or whole when
// shorter. A phrase is looked up by its longest word, never by a function
// word ("the dust", "so long", "a thing"): those are in most texts, and each
// hit costs a phrase check. No Unicode-flag regex, no lookbehind, no long
// alternation to compile. Letters of other scripts count as word breaks,
// which can only let more through than a \p{L} boundary would.
import { PREFILTER_CUES, PREFILTER_LIFESPAN } from './data/prefilter-words.ts';

export const PREFILTER_MIN_LENGTH = 4;
export const PREFILTER_MAX_LENGTH = 400;

/** Word characters: a-z, 0-9 and Latin-1/Latin Extended letters (× and ÷ are not letters). */
const NOT_WORD = /[^a-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]+/;
const STAR = '*';
/** Every stem is at least this long, so one 4-letter key finds the stems a word may start with. */
const KEY = 4;

/** A cue's words (`dead*`: a stem) and the one it is looked up by. */
type Cue = { words: string[]; anchor: number };

/** Exact anchors shorter than KEY, whole; the others by their first KEY letters. */
const short = new Map<string, Cue[]>();
const long = new Map<string, Cue[]>();
let lifespanRe: RegExp | null = null;

function push(map: Map<string, Cue[]>, key: string, cue: Cue): void {
  const list = map.get(key);
  if (list) list.push(cue);
  else map.set(key, [cue]);
}

function build(): void {
  for (const entry of PREFILTER_CUES) {
    // Cues separate their words with spaces and apostrophes only: split without a regex (most are one word).
    const words =
      entry.includes(' ') || entry.includes("'")
        ? entry.replaceAll("'", ' ').split(' ').filter(Boolean)
        : [entry];
    // The longest word; of equal ones the last ("had its day": "day").
    let anchor = 0;
    for (let k = 1; k < words.length; k++)
      if ((words[k] as string).length >= (words[anchor] as string).length) anchor = k;
    const head = words[anchor] ?? '';
    const stem = head.endsWith(STAR);
    if (stem && head.length <= KEY) throw new Error(`prefilter stem too short: ${entry}`);
    if (head.length < KEY) push(short, head, { words, anchor });
    else push(long, head.slice(0, KEY), { words, anchor });
  }
}

/** Whether the text's words from `at - anchor` on are the cue's. */
function matchesAt({ words: cue, anchor }: Cue, words: string[], at: number): boolean {
  const start = at - anchor;
  if (start < 0 || start + cue.length > words.length) return false;
  for (let k = 0; k < cue.length; k++) {
    const want = cue[k] as string;
    const word = words[start + k] as string;
    if (want.endsWith(STAR) ? !word.startsWith(want.slice(0, -1)) : word !== want) return false;
  }
  return true;
}

/** Whether the text holds a cue word or phrase; no length limits (see isCandidate). */
export function hasCue(text: string): boolean {
  if (!long.size) build();
  const words = text.toLowerCase().split(NOT_WORD);
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const found = word.length < KEY ? short.get(word) : long.get(word.slice(0, KEY));
    if (!found) continue;
    for (let c = 0; c < found.length; c++) if (matchesAt(found[c] as Cue, words, i)) return true;
  }
  if (!text.includes('(')) return false;
  lifespanRe ??= new RegExp(PREFILTER_LIFESPAN);
  return lifespanRe.test(text);
}

/** Two words at least: a lone word ("Obituaries", "RIP", "Dead") names no subject to declare dead. */
const TWO_WORDS = /\S\s+\S/;

/** Whether a text has two words or more: most links on a page have one, and this is cheaper than hasCue. */
export function hasTwoWords(text: string): boolean {
  return TWO_WORDS.test(text);
}

export function isCandidate(text: string): boolean {
  if (typeof text !== 'string') return false;
  if (text.length < PREFILTER_MIN_LENGTH || text.length > PREFILTER_MAX_LENGTH) return false;
  return hasTwoWords(text) && hasCue(text);
}
