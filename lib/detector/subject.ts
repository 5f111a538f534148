// Turns the raw text a rule captured into a subject or agent: cut at the words
// that open or close a clause, drop fluff, keep the offsets.
import {
  LEADING_WORDS,
  RELATIVE_WORDS,
  SUBJECT_OPENERS_EN,
  SUBJECT_OPENERS_FR,
  SUBJECT_STOPS_EN,
  SUBJECT_STOPS_FR,
  SUBJECT_TAIL_WORDS,
} from './data/words.ts';
import type { Lang, Span } from './types.ts';

export interface Phrase {
  text: string;
  span: Span;
}

const EDGE = "(?<![\\p{L}\\p{N}'-])";
const END = '(?![\\p{L}\\p{N}])';
/** The word lists of data/words.ts are regex sources ("le \\d" is a date), joined as alternatives. */
export const alt = (words: readonly string[]) => words.join('|');

interface Cutters {
  opener: RegExp;
  relative: RegExp;
  stop: RegExp;
  leading: RegExp;
  tail: RegExp;
}

const cache: Partial<Record<Lang, Cutters>> = {};

function cutters(lang: Lang): Cutters {
  const hit = cache[lang];
  if (hit) return hit;
  const openers = lang === 'en' ? SUBJECT_OPENERS_EN : SUBJECT_OPENERS_FR;
  const stops = lang === 'en' ? SUBJECT_STOPS_EN : SUBJECT_STOPS_FR;
  const made: Cutters = {
    opener: new RegExp(`${EDGE}(?:${alt(openers)})${END}`, 'giu'),
    relative: new RegExp(`\\s(?:${alt(RELATIVE_WORDS)})${END}`, 'iu'),
    stop: new RegExp(`\\s(?:${alt(stops)})${END}|\\s[-–—]\\s|\\s"|"\\s`, 'iu'),
    leading: new RegExp(`^(?:(?:${alt(LEADING_WORDS)})${END}[\\s,:]*)+`, 'iu'),
    tail: new RegExp(`(?:[\\s,]+(?:${alt(SUBJECT_TAIL_WORDS)}))+$`, 'iu'),
  };
  cache[lang] = made;
  return made;
}

/** Trims a phrase to [from, to) inside text, skipping spaces and quotes at both ends. */
function tidy(text: string, from: number, to: number): Phrase | null {
  let a = from;
  let b = to;
  while (a < b && /[\s"'*_#@,–—-]/.test(text[a] ?? '')) a++;
  while (b > a && /[\s"',*_#@–—-]/.test(text[b - 1] ?? '')) b--;
  if (b <= a) return null;
  return { text: text.slice(a, b), span: { start: a, end: b } };
}

function stripEdges(text: string, phrase: Phrase, lang: Lang): Phrase | null {
  const { leading, tail } = cutters(lang);
  let { start, end } = phrase.span;
  for (let i = 0; i < 3; i++) {
    const slice = text.slice(start, end);
    const lead = leading.exec(slice);
    const trail = tail.exec(slice);
    if (!lead?.[0] && !trail?.[0]) break;
    if (lead?.[0]) start += lead[0].length;
    if (trail?.[0] && end - trail[0].length > start) end -= trail[0].length;
    const t = tidy(text, start, end);
    if (!t) return null;
    start = t.span.start;
    end = t.span.end;
  }
  return tidy(text, start, end);
}

/** A subject or agent found LEFT of its cue: keep what follows the last clause opener. */
export function leftPhrase(
  text: string,
  start: number,
  end: number,
  lang: Lang,
  maxWords = 7,
): Phrase | null {
  const { opener, relative } = cutters(lang);
  const raw = text.slice(start, end);
  let cut = 0;
  opener.lastIndex = 0;
  for (const m of raw.matchAll(opener)) cut = (m.index ?? 0) + m[0].length;
  let from = start + cut;
  // "l'acteur qui incarnait R2D2 est mort": the subject is what the relative clause hangs on
  const rel = relative.exec(text.slice(from, end));
  const to = rel ? from + (rel.index ?? 0) : end;
  // "… for murdering a man who is still alive": the antecedent is the noun group right before "who"
  if (rel) {
    const before = text.slice(from, to);
    const prep = [
      ...before.matchAll(/\s(?:of|for|in|on|at|to|with|by|from|de|du|des|à|au|aux|dans|pour|par|sur)\s/giu),
    ].pop();
    if (prep) from += (prep.index ?? 0) + prep[0].length;
  }
  const phrase = tidy(text, from, to);
  if (!phrase) return null;
  const stripped = stripEdges(text, phrase, lang);
  if (!stripped) return null;
  // a long run of words is a clause, not a subject: keep its last words
  const words = stripped.text.split(/\s+/);
  if (words.length > maxWords) {
    const keep = words.slice(-maxWords).join(' ');
    from = stripped.span.end - keep.length;
    return tidy(text, from, stripped.span.end);
  }
  return stripped;
}

/**
 * The first stop in `raw` from `start`, skipping, in an English sentence-case headline, a stop inside a name:
 * a capitalised stop word ("Facebook Like button", "Millionaire Next Door") or "on"/"for" between
 * two capitalised words ("Ruby on Rails", "TweetDeck for Mac").
 */
function firstStop(raw: string, start: number, stop: RegExp, names: boolean): RegExpExecArray | null {
  let from = start;
  for (;;) {
    const m = stop.exec(raw.slice(from));
    if (!m) return null;
    const at = from + (m.index ?? 0);
    const word = m[0].trim();
    const next = raw.slice(at + m[0].length);
    const inName =
      names &&
      /\p{Lu}\S*$/u.test(raw.slice(0, at)) &&
      !DATE_WORD.test(next) &&
      (/^\p{Lu}\p{Ll}+$/u.test(word) || (/^(?:on|for)$/.test(word) && /^\s\p{Lu}/u.test(next)));
    if (!inName) {
      m.index = at;
      return m;
    }
    from = at + m[0].length;
  }
}

/** A month or a weekday: "… App Maker on January 19" is a date, not part of a name. */
const DATE_WORD =
  /^\s(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;

/** A subject found RIGHT of its cue: keep what precedes the first stop word. */
export function rightPhrase(
  text: string,
  start: number,
  end: number,
  lang: Lang,
  maxWords = 7,
): Phrase | null {
  const { stop } = cutters(lang);
  const raw = text.slice(start, end);
  // the first word is always kept, even if it looks like a stop ("the end of Print")
  const firstSpace = raw.search(/\S\s/);
  const rest = firstSpace >= 0 ? raw.slice(firstSpace + 1) : '';
  const m = rest ? firstStop(raw, firstSpace + 1, stop, lang === 'en' && !inTitleCase(text)) : null;
  let stopAt = m ? (m.index ?? raw.length) : raw.length;
  // "… à Montréal", "… in Germany": a capitalised place ends the subject (case-sensitive, unlike the stops)
  const place = / (?:à|en|au|in|at|near) (?=\p{Lu})/u.exec(raw.slice(0, stopAt));
  if (place && (place.index ?? 0) > 0) stopAt = place.index ?? stopAt;
  const phrase = tidy(text, start, start + stopAt);
  if (!phrase) return null;
  const stripped = stripEdges(text, phrase, lang);
  if (!stripped) return null;
  const words = stripped.text.split(/\s+/);
  if (words.length > maxWords) {
    const keep = words.slice(0, maxWords).join(' ');
    return tidy(text, stripped.span.start, stripped.span.start + keep.length);
  }
  return stripped;
}

/** A headline that capitalises its words, where a capital says nothing about a name. */
export function inTitleCase(text: string): boolean {
  return (text.match(/(?<![\p{L}'’])\p{Lu}/gu)?.length ?? 0) >= text.split(/\s+/).length * 0.6;
}
