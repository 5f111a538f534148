// What an English subject names, once a rule has cut it from the headline: without what only
// grades it ("the traditional business card"), describes it ("streaming service Popcorn Time")
// or owns it ("GitHub's Atom editor"), and with the owner an "its" stands for ("Heroku free tier").
// The tally groups by what comes out, so an owner stays where it says which one ("Apple's car").
import { DESCRIPTOR_NOUNS_EN, SUBJECT_GRADERS_EN } from './data/words.ts';
import { terms } from './nlp.ts';
import { nounClass } from './noun-classes.ts';
import { alt, inTitleCase } from './subject.ts';
import type { Lang } from './types.ts';

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
