// Turns the raw text a rule captured into a subject or agent: cut at the words
// that open or close a clause, drop fluff, keep the offsets.
import {
  DESCRIPTOR_NOUNS_EN,
  LEADING_WORDS,
  RELATIVE_WORDS,
  SUBJECT_GRADERS_EN,
  SUBJECT_OPENERS_EN,
  SUBJECT_OPENERS_FR,
  SUBJECT_STOPS_EN,
  SUBJECT_STOPS_FR,
  SUBJECT_TAIL_WORDS,
} from './data/words.ts';
import { terms } from './nlp.ts';
import { nounClass } from './noun-classes.ts';
import type { Lang, Span } from './types.ts';

export interface Phrase {
  text: string;
  span: Span;
}

const EDGE = "(?<![\\p{L}\\p{N}'-])";
const END = '(?![\\p{L}\\p{N}])';
/** The word lists of data/words.ts are regex sources ("le \\d" is a date), joined as alternatives. */
const alt = (words: readonly string[]) => words.join('|');

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
 * The first stop in `rest`, skipping, in an English sentence-case headline, a stop inside a name:
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

/** A word no title case explains: a capital after a small letter, an acronym, a letter and a digit, a dot, a plus (GitHub, SLAB, X11, meta.org, Google+; not "SSDs" nor "AI"). */
const NAME_MARK = /\p{Ll}\p{Lu}|\p{Lu}{3,}(?!s\b)|\p{L}\p{N}|\.\p{L}|\+/u;

/**
 * A phrase that opens with a name: a capital in a sentence-case headline, or a word no title case
 * explains. A lone dictionary noun is not one ("Moore's Law").
 */
function opensWithName(phrase: string, titleCase: boolean): boolean {
  const list = phrase.split(/\s+/);
  const first = list[0] ?? '';
  if (NAME_MARK.test(first)) return true;
  if (titleCase || !/^\p{Lu}/u.test(first)) return false;
  return list.length > 1 || nounClass(first) === null;
}

/**
 * A phrase that is a name from end to end ("Azure Blockchain Service", not "Run Club app" nor
 * "Russian restaurants"), in a sentence-case headline; a plural acronym is a common noun ("DSLRs").
 */
function namesWhole(phrase: string, titleCase: boolean): boolean {
  const list = phrase.split(/\s+/);
  if (titleCase || /^\p{Lu}+s$/u.test(phrase)) return false;
  if (list.length === 1 && nounClass(phrase) !== null) return false;
  return list.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || /^(?:and|of|&)$/.test(w));
}

let graders: RegExp | null = null;
let descriptor: RegExp | null = null;

/** "the traditional business card" → "business card"; keeps at least one word. */
function dropGraders(phrase: string): string {
  graders ??= new RegExp(
    `^(?:(?:the|a|an)\\s+)?(?:(?:${alt(SUBJECT_GRADERS_EN)})\\s+(?:(?:the|its|their)\\s+)?)+`,
    'iu',
  );
  const m = graders.exec(phrase);
  const rest = m ? phrase.slice(m[0].length) : '';
  // "Most Popular and Long-standing …": a grade joined to another word is not to be cut from it
  return rest && !/^(?:and|or|&)\s/iu.test(rest) ? rest : phrase;
}

/** "Illegal movie streaming service Popcorn Time" → "Popcorn Time": a description before a name. */
function dropDescription(phrase: string): string {
  descriptor ??= new RegExp(
    `^\\S+(?:\\s+(?:[\\p{Ll}\\p{N}$][\\p{L}\\p{N}$%.’'-]*|\\p{Lu}{2,}))*?\\s+(?:${alt(DESCRIPTOR_NOUNS_EN)})\\s+(?=\\p{Lu}|\\S*\\.\\p{L})((?:\\S+\\s+){0,3}\\S+)$`,
    'u',
  );
  return descriptor.exec(phrase)?.[1] ?? phrase;
}

/**
 * "Does ES6 make JavaScript frameworks obsolete", "GCC Goes Ahead With The ARM64 ILP32
 * Deprecation": a left-hand subject that holds a verb of its own is a clause, and what comes
 * after its last verb is the subject (compromise's tags; a first word is a modifier, "Trending
 * tabs"). Only phrases of three words or more are tagged.
 */
export function afterVerb(phrase: string, lang: Lang): { text: string; before: string } {
  const whole = { text: phrase, before: '' };
  if (lang !== 'en' || phrase.split(/\s+/).length < 3) return whole;
  const list = terms(phrase, lang).filter((t) => t.text);
  let last = -1;
  list.forEach((t, i) => {
    const finite = t.tags.includes('PresentTense') || t.tags.includes('PastTense');
    // a gerund is a verb after "is" ("Reddit is forcing SaveVideo"), else a modifier ("streaming service")
    const gerund = t.tags.includes('Gerund') && !list[i - 1]?.tags.includes('Auxiliary');
    // "efforts to rebuild US industry": an infinitive completes the noun before it
    const infinitive = /^to$/i.test(list[i - 1]?.text ?? '');
    if (
      i > 0 &&
      finite &&
      !gerund &&
      !infinitive &&
      !t.tags.includes('Copula') &&
      !t.tags.includes('Auxiliary')
    )
      last = i;
  });
  if (last < 0) return whole;
  let from = last + 1;
  // "Goes Ahead With The ARM64 ILP32": the verb's particle and preposition are not the subject
  while (
    from < list.length &&
    /^(?:the|a|an|with|at|to|about|on|for|of|in|ahead|away|back|forward|out|up|off)$/i.test(
      list[from]?.text ?? '',
    )
  )
    from++;
  const rest = list.slice(from);
  if (!rest.some((t) => t.tags.includes('Noun')) || /^(?:my|your|our)$/i.test(rest[0]?.text ?? ''))
    return whole;
  const tail = rest.slice(1).reduce((n, t) => n + t.text.length + 1, 0);
  const at = phrase.lastIndexOf(rest[0]?.text ?? '', phrase.length - tail);
  if (at <= 0) return whole;
  const verb = phrase.lastIndexOf(list[last]?.text ?? '', at);
  return { text: phrase.slice(at), before: phrase.slice(0, verb > 0 ? verb : at).trim() };
}

/**
 * What an English subject names, without what only grades it, describes it or owns it
 * ("GitHub's Atom editor" → "Atom editor", "web ranking site Alexa.com" → "Alexa.com"). An owner
 * stays before a common noun ("Apple's car"): it says which one. French subjects are left as read.
 */
export function coreSubject(subject: string, headline: string, lang: Lang): string {
  if (lang !== 'en') return subject;
  const titleCase = inTitleCase(headline);
  // "Mixer and partnering with …", "Jet.com 4 years after …": a clause or a time that followed the name
  const cut = subject
    .replace(/\s+and\s+\p{L}+ing\b.*$/u, '')
    .replace(/\s+\d+\s+(?:years?|months?|weeks?|days?)\b.*$/iu, '')
    .replace(/\s+(?:and|or)$/iu, '')
    // "counterculture–you just won't …", "the Password—for Real": a dash ends a clause, spaced or not
    .replace(/(?<=\p{L}{2})\s*[–—].*$/u, '')
    // 'Why UML "Really" Died': a quote opened and not closed is a quoted word the cut went into
    .replace(/(?<=\S)(?<!^(?:the|a|an))\s+[“"‘'][\p{L}-]+$/iu, '');
  const owner = /^((?:\S+\s+){0,2}?\S+?(?:['’]s|s['’]))\s+(\S.*)$/u.exec(cut);
  const owned = owner?.[2];
  if (owner?.[1] && owned && /^\p{Lu}|^the\s/u.test(owner[1])) {
    const graded = dropGraders(owned);
    const core = dropDescription(graded);
    // a description before it ("its spyware VPN app Onavo") makes the word after it a name
    return core !== graded || opensWithName(core, titleCase) ? core : `${owner[1]} ${core}`;
  }
  return dropDescription(dropGraders(cut));
}

/**
 * "Heroku kills its free tier": an English "its"/"their" in the object stands for the agent, so
 * the subject is the agent's ("Heroku free tier"), unless what it owns is named ("Microsoft
 * shuts down its Azure Blockchain Service"). Only a short agent that names someone or something,
 * not a clause. ("his"/"her" objects come only from object.ts: "Trump shuts down his blog".)
 */
export function withOwner(subject: string, agent: string | null, lang: Lang, headline = ''): string {
  if (lang !== 'en' || !agent || agent.split(/\s+/).length > 4) return subject;
  const owned = /^(?:its|their|his|her)\s+(\S.*)$/i.exec(subject)?.[1];
  if (!owned) return subject;
  // the owner stays unless what it owns is named end to end: "Nike Run Club app", "Sony DSLRs"
  const graded = dropGraders(owned);
  const core = dropDescription(graded);
  // "Google … its Google+ social network": an owner already named needs no repeating
  const named = core.toLowerCase().includes(agent.split(/\s+/)[0]?.toLowerCase() ?? agent);
  return named || core !== graded || namesWhole(core, inTitleCase(headline)) ? core : `${agent} ${core}`;
}
