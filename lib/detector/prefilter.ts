// Cheap test run in the page on every headline: only texts that pass it are
// sent to the NLP detector. It must never import compromise, and detect()
// itself answers `none` for any text this rejects, so its recall is total by
// construction for what detect() flags.
//
// Near-free by design (it runs on every link of every page): the text is
// lower-cased once and cut into words on anything that is not an ASCII or
// Latin letter or digit, and each word is looked up once in a Map: by its
// first four letters (exact words and `word*` stems that long), or whole when
// shorter. No Unicode-flag regex, no lookbehind,
// no long alternation to compile. Letters of other scripts count as word
// breaks, which can only let more through than a \p{L} boundary would.
import { PREFILTER_CUES, PREFILTER_LIFESPAN } from './data/prefilter-words.ts';

export const PREFILTER_MIN_LENGTH = 4;
export const PREFILTER_MAX_LENGTH = 400;

/** Word characters: a-z, 0-9 and Latin-1/Latin Extended letters (× and ÷ are not letters). */
const NOT_WORD = /[^a-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]+/;
const STAR = '*';

/**
 * The cues by their first word's first STEM_KEY letters (one Map lookup for a
 * word that long; shorter words are looked up whole): [first word or stem,
 * whether it is a stem, the words that must follow ([] for a one-word cue)].
 */
type Cue = [head: string, stem: boolean, rest: string[]];

interface Cues {
  /** Exact first words shorter than STEM_KEY. */
  short: Map<string, Cue[]>;
  /** First STEM_KEY letters of an exact first word or a stem. */
  long: Map<string, Cue[]>;
}

/** Every stem is at least this long, so one 4-letter key finds the stems a word may start with. */
const STEM_KEY = 4;

let cues: Cues | null = null;
let lifespanRe: RegExp | null = null;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function build(): Cues {
  const short = new Map<string, Cue[]>();
  const long = new Map<string, Cue[]>();
  for (const cue of PREFILTER_CUES) {
    // Cues separate their words with spaces and apostrophes only: split without a regex (most are one word).
    const [head, ...rest] =
      cue.includes(' ') || cue.includes("'") ? cue.replaceAll("'", ' ').split(' ').filter(Boolean) : [cue];
    if (!head) continue;
    const stem = head.endsWith(STAR);
    const word = stem ? head.slice(0, -1) : head;
    if (stem && word.length < STEM_KEY) throw new Error(`prefilter stem too short: ${cue}`);
    if (word.length < STEM_KEY) push(short, word, [word, false, rest]);
    else push(long, word.slice(0, STEM_KEY), [word, stem, rest]);
  }
  return { short, long };
}

function wordMatches(pattern: string, word: string | undefined): boolean {
  if (word === undefined) return false;
  return pattern.endsWith(STAR) ? word.startsWith(pattern.slice(0, -1)) : word === pattern;
}

function follows(words: string[], at: number, rest: string[]): boolean {
  for (let k = 0; k < rest.length; k++) if (!wordMatches(rest[k] as string, words[at + 1 + k])) return false;
  return true;
}

/** Whether the text holds a cue word or phrase; no length limits (see isCandidate). */
export function hasCue(text: string): boolean {
  if (!cues) cues = build();
  const { short, long } = cues;
  const words = text.toLowerCase().split(NOT_WORD);
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const found = word.length < STEM_KEY ? short.get(word) : long.get(word.slice(0, STEM_KEY));
    if (!found) continue;
    for (const [head, stem, rest] of found)
      if ((stem ? word.startsWith(head) : word === head) && follows(words, i, rest)) return true;
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
