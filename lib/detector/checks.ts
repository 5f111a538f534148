// Checks a rule hit against the none-classes: people (names, roles, pronouns),
// animals, casualties and counts, events and periods, devices, abstract objects.
// Returns the subject to report, or null when the hit is not a death claim.
import { fold, knownCanonical } from './aliases.ts';
import {
  AGE_AT_DEATH_EN,
  AGE_AT_DEATH_FR,
  ANIMALS,
  ARTICLES,
  CLOSING_HAZARDS,
  EVENT_HEADS,
  FORMER_WORDS,
  FRAME_NOUNS_EN,
  FRAME_NOUNS_FR,
  GENERIC_ROLE_CUES_EN,
  GENERIC_ROLE_CUES_FR,
  GENERIC_ROLE_NOUNS_EN,
  GENERIC_ROLE_NOUNS_FR,
  INDEFINITES,
  NATURAL_THINGS,
  PERSON_NOUNS_EN,
  PERSON_NOUNS_FR,
  PERSONAL_POSSESSIVES,
  PRE_ADJECTIVES,
  PRONOUNS,
  QUANTITY_WORDS,
  SPECIFIC_DEATH_CONTEXT,
  TECHNICAL_OBJECTS,
  TOPIC_PRONOUNS,
} from './data/words.ts';
import { namesOrganization, namesPerson, namesPlace, startsWithValue, terms } from './nlp.ts';
import { livingNoun, nounClass } from './noun-classes.ts';
import type { CompiledRule } from './patterns.ts';
import { leftPhrase, type Phrase, rightPhrase } from './subject.ts';
import type { Lang, Span } from './types.ts';

/** One match of one cue rule, before the checks. */
export interface Hit {
  rule: CompiledRule;
  order: number;
  cue: Span;
  subject: Phrase | null;
  agent: Phrase | null;
  matchEnd: number;
}

function makeSets() {
  return {
    personEn: new Set(PERSON_NOUNS_EN),
    personFr: new Set(PERSON_NOUNS_FR),
    // natural things die literally, as animals do: both are vetoed the same way
    animals: new Set([...ANIMALS, ...NATURAL_THINGS]),
    events: new Set(EVENT_HEADS),
    pronouns: new Set(PRONOUNS),
    topicPronouns: new Set(TOPIC_PRONOUNS),
    possessives: new Set(PERSONAL_POSSESSIVES),
    indefinites: new Set(INDEFINITES),
    quantities: new Set(QUANTITY_WORDS),
    technical: new Set(TECHNICAL_OBJECTS),
    preAdjectives: new Set(PRE_ADJECTIVES),
    former: new Set(FORMER_WORDS),
    articles: new Set(ARTICLES),
    frames: { en: new Set(FRAME_NOUNS_EN), fr: new Set(FRAME_NOUNS_FR) } as Record<Lang, Set<string>>,
    genericEn: new Set(GENERIC_ROLE_NOUNS_EN),
    genericFr: new Set(GENERIC_ROLE_NOUNS_FR),
    genericCue: {
      en: new RegExp(`^\\s*(?:${GENERIC_ROLE_CUES_EN.join('|')})\\s*$`, 'iu'),
      fr: new RegExp(`^\\s*(?:${GENERIC_ROLE_CUES_FR.join('|')})\\s*$`, 'iu'),
    } as Record<Lang, RegExp>,
    closingHazard: new RegExp(`(?<![\\p{L}])(?:${CLOSING_HAZARDS.join('|')})(?![\\p{L}])`, 'iu'),
    specificContext: new RegExp(`(?<![\\p{L}])(?:${SPECIFIC_DEATH_CONTEXT.join('|')})(?![\\p{L}])`, 'iu'),
    ageAtDeath: {
      en: new RegExp(`(?<![\\p{L}])(?:${AGE_AT_DEATH_EN.join('|')})`, 'iu'),
      fr: new RegExp(`(?<![\\p{L}])(?:${AGE_AT_DEATH_FR.join('|')})`, 'iu'),
    } as Record<Lang, RegExp>,
  };
}

let sets: ReturnType<typeof makeSets> | null = null;

export function wordSets(): ReturnType<typeof makeSets> {
  sets ??= makeSets();
  return sets;
}

/** Verbs that deny the infinitive after them ("refuse to shut down"), as the last word of a subject. */
const DENYING_VERB = /(?:^|\s)(?:refuse|refuses|refused|fail|fails|failed|declines?|declined)$/;
const IMPERATIVES =
  /^(?:stop|quit|start|keep|avoid|try|please|don't|arrêtez|arrêtons|cessez|cessons|stoppez)$/;
/** "… dies in car crash", "… meurt dans un accident": a casualty, whoever the subject is. */
const CASUALTY_AFTER =
  /^\s+(?:(?:in|during|after|following)\s+(?:a\s+|an\s+|the\s+)?(?:[\p{L}-]+\s+){0,2}(?:crash|accident|attack|shooting|fire|collision|explosion|blast|fall|avalanche|storm|flood|earthquake|raid|stabbing|incident)|(?:dans|lors d'|lors de|après|pendant)\s+(?:un|une|le|la|l'|les)\s*(?:[\p{L}-]+\s+){0,2}(?:accident|attaque|attentat|fusillade|incendie|collision|explosion|chute|avalanche|tempête|inondation|séisme|bombardement|naufrage|rixe|agression))\b/iu;
const HOAX =
  /(?:hoax|canular|démenti|dément|despite (?:a |an )?(?:viral|online|fake|social media) (?:post|posts|reports?|rumou?rs?|claims?)|fausse annonce|fake news of (?:his|her) death|rassure sa famille|rassure son entourage)/iu;
const TEMPORARY =
  /(?<!\p{L})(?:temporarily|for maintenance|for (?:the|a) (?:day|night|weekend|week)|for hours|for (?:\d+|a few|two|three|four|five|six|several) (?:hours|days|weeks|months|years)|to (?:fix|repair|patch|investigate)|until further notice|temporairement|provisoirement|pour (?:travaux|maintenance))(?!\p{L})/iu;
const FUNERAL = /(?<!\p{L})(?:funeral|funerals|memorial|burial|obsèques|funérailles|inhumation)(?!\p{L})/iu;
const FAREWELL = /adieu|farewell|good-?bye|révérence/i;
/** Cues that say a death in so many words (not an ending): said of people first. */
const LITERAL_DEATH =
  /(?<!\p{L})(?:dies|died|dead|dying|killed|kills?|death|buried|meurt|meurent|mort|morte|morts|mortes|décès|décédée?s?|tuée?s?|enterrée?s?|inhumée?s?)(?!\p{L})/iu;
/** Where a clause ends: a sentence mark or a bar before a space, a dash between spaces. */
const CLAUSE_BREAK = /[.!?;:|](?=\s)|\s[-–—]\s/;
/**
 * A right-hand subject never starts with one of these ("… qui tuent sur la route", "shutting down after
 * lawsuit"): prepositions, with the first word of the complex ones ("due to", "because of", « malgré »).
 */
const PREPOSITION =
  /^(?:sur|dans|en|à|par|pour|avec|sans|vers|chez|après|avant|malgré|pendant|depuis|faute|on|in|at|by|for|with|without|into|onto|from|after|before|until|amid|since|over|due|owing|thanks|because|despite|during)$/;
/** A personal pronoun, alone or contracted with its verb ("you're", "we've"). */
const PERSONAL_PRONOUN =
  /^(?:(?:i|you|he|she|it|we|they)(?:['’](?:re|m|ve|ll|d))?|him|them|those|je|j'|tu|il|elle|on|nous|vous|ils|elles|eux)$/;

function words(phrase: string): string[] {
  return fold(phrase)
    .replace(/['’]s\b/g, '')
    .split(/[\s]+/)
    .filter(Boolean);
}

/** The head noun: English heads come last (before "of"), French ones first. */
export function headWord(phrase: string, lang: Lang): string {
  const { preAdjectives } = wordSets();
  const list = words(phrase).map((w) => w.replace(/^(?:l|d|qu)'/, '').replace(/^'+|'+$/g, ''));
  if (lang === 'en') {
    // "astrophysicist visiting United States": a participle opening a clause ends the noun group
    const written = phrase.trim().split(/\s+/);
    const clause = list.findIndex(
      (w, i) =>
        i > 0 &&
        /ing$/.test(w) &&
        /^\p{Ll}/u.test(written[i] ?? '') &&
        /^(?:\p{Lu}|the$|a$|an$)/u.test(written[i + 1] ?? ''),
    );
    if (clause > 0 && written.length === list.length) list.splice(clause);
    // "millions of bees": after a quantity the head is what is counted
    if (
      list.length > 2 &&
      list[1] === 'of' &&
      (wordSets().quantities.has(list[0] ?? '') || /^\d/.test(list[0] ?? ''))
    )
      list.splice(0, 2);
    // "the era of the startup": the head is the startup
    const frame = list.findIndex((w, i) => i <= 1 && wordSets().frames.en.has(w));
    if (frame >= 0 && list[frame + 1] === 'of') list.splice(0, frame + 2);
    const cut = list.findIndex(
      (w, i) =>
        i > 0 &&
        /^(?:of|for|in|on|at|from|with|by|off|near|outside|inside|after|during|behind|about|against|among|between|under|through|across|beyond|within|into|towards?|amid)$/.test(
          w,
        ),
    );
    const core = cut > 0 ? list.slice(0, cut) : list;
    // "wolf pups 'adopted' by …": a trailing participle is not the head
    while (core.length > 1 && /ed$/.test(core[core.length - 1] ?? '')) core.pop();
    if (periodOf(phrase, core)) core.pop();
    return core[core.length - 1] ?? '';
  }
  const content = list.filter(
    (w) =>
      !/^(?:le|la|les|un|une|des|du|de|ce|cet|cette|ces|l|d|qui|est|voici|voilà|leur|leurs|son|sa|ses|notre|nos)$/.test(
        w,
      ),
  );
  // "l'ère du minitel", "le métier de traducteur": the head is what the frame is about
  const frame = content.findIndex((w, i) => i <= 1 && wordSets().frames.fr.has(w));
  const rest =
    frame >= 0 && /^(?:du|de|des|d')/.test(list[list.indexOf(content[frame] ?? '') + 1] ?? '')
      ? content.slice(frame + 1)
      : content;
  return rest.find((w) => !preAdjectives.has(w)) ?? '';
}

/**
 * "the subscription era", "Big Tech's Invincible Era": a period frame after a noun is the era of
 * that noun, so the noun is the head. Not an era named after someone or something ("the LeBron era",
 * "the Tiger Woods era"): compromise's #ProperNoun before the frame, or a person's name.
 */
function periodOf(phrase: string, core: readonly string[]): boolean {
  const w = wordSets();
  const frame = core[core.length - 1] ?? '';
  const before = core[core.length - 2] ?? '';
  if (!before || w.articles.has(before) || !w.frames.en.has(frame) || nounClass(frame) !== 'time')
    return false;
  // tagged in the whole phrase, as compromise reads "Invincible" in "Big Tech's Invincible Era"
  const owner = terms(phrase, 'en')
    .filter((t) => /\p{L}/u.test(t.text))
    .at(-2);
  return !owner || !['ProperNoun', 'Person'].some((x) => owner.tags.includes(x));
}

function isKnownThing(subject: string, lang: Lang): boolean {
  return knownCanonical(subject, lang) !== null;
}

/** A death at a stated age anywhere in the headline, unless what dies there is a known thing ("Internet Explorer dies at 27"). */
function diesAtAge(text: string, lang: Lang): boolean {
  const m = wordSets().ageAtDeath[lang].exec(text);
  if (!m) return false;
  const clause =
    text
      .slice(0, m.index)
      .split(/[.!?;:|]\s|\s[-–—]\s/)
      .pop() ?? '';
  return !clause.trim() || !isKnownThing(clause.trim(), lang);
}

/** The topic before a colon ("SMS : pourquoi est-il …") stands for a pronoun subject. */
function topicBefore(text: string, cueStart: number, lang: Lang): Phrase | null {
  const colon = text.lastIndexOf(':', cueStart);
  if (colon <= 0) return null;
  const before = text.slice(0, colon);
  const start = Math.max(
    before.lastIndexOf('.') + 1,
    before.lastIndexOf('!') + 1,
    before.lastIndexOf('?') + 1,
    0,
  );
  return leftPhrase(text, start, colon, lang);
}

export function topicAround(text: string, cue: Span, lang: Lang): Phrase | null {
  const colon = text.indexOf(':');
  if (colon < 0) return null;
  if (colon < cue.start) return leftPhrase(text, 0, colon, lang);
  const after = text.slice(colon + 1);
  const stop = after.search(/[.!?;:]/);
  return rightPhrase(text, colon + 1, stop >= 0 ? colon + 1 + stop : text.length, lang);
}

/** `noun` when the head noun names a person or animal, `name` for a "former"/"late" one (always someone). */
function personNoun(subject: Phrase, lang: Lang, animals: boolean): 'noun' | 'name' | null {
  const w = wordSets();
  const list = words(subject.text);
  const first = list.find((x) => !w.articles.has(x)) ?? '';
  if (w.former.has(first) || /^(?:ex-|l'ancien|l'ancienne)/.test(first)) return 'name';
  const head = headWord(subject.text, lang);
  const people = lang === 'en' ? w.personEn : w.personFr;
  const lastTwo = list.slice(-2).join(' ');
  if (people.has(head) || people.has(lastTwo) || (animals && w.animals.has(head))) return 'noun';
  if (lang !== 'en') return null;
  const living = commonNoun(subject, head) ? livingNoun(head) : null;
  if (living === 'person' || (animals && living === 'animal')) return 'noun';
  // "Big Cars Are Killing Americans", "the French": a people named by its demonym (compromise's #Demonym)
  const last = terms(subject.text, 'en').findLast((t) => fold(t.text) === head);
  // "Americans", "the French", "American believed kidnapped": a demonym that heads its noun group
  const followed = fold(subject.text.split(/\s+/).pop() ?? '') !== head;
  return last?.tags.includes('Demonym') &&
    (last.tags.includes('Plural') || /^the\s/i.test(subject.text) || followed)
    ? 'noun'
    : null;
}

/**
 * Whether WordNet's living nouns may decide: the head is a common noun naming someone, not a
 * name ("Mastodon", "Swift for TensorFlow"), a type under "the" ("killed the villain", "the end of
 * the password manager"), something owned ("its rival", "Discord's music bot") or a noun a thing
 * qualifies ("MP3 players").
 */
function commonNoun(subject: Phrase, head: string): boolean {
  const list = subject.text.split(/\s+/);
  const lower = list.map((x) => fold(x));
  const at = lower.lastIndexOf(head);
  if (at < 0) return false;
  const written = list[at] ?? '';
  // a capitalised singular head is a name, unless an article or a count opens the subject ("a Master Forger")
  const counted =
    /^(?:a|an|\d+|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)$/.test(
      lower[0] ?? '',
    );
  if (/^\p{Lu}/u.test(written) && !/s$/.test(head) && !counted) return false;
  if (lower[0] === 'the' && !/s$/.test(head)) return false;
  if (lower.some((x) => /^(?:its|their|our|your)$/.test(x) || /['’]s$/.test(x))) return false;
  const before = lower[at - 1] ?? '';
  if (/\d/.test(before)) return false;
  const cls = nounClass(before);
  if (cls !== 'artifact' && cls !== 'communication' && cls !== 'act') return true;
  // "local beekeeper": an adjective that is also a noun qualifies no thing
  return terms(subject.text, 'en').some((t) => fold(t.text) === before && t.tags.includes('Adjective'));
}

function isPersonLike(subject: Phrase, text: string, lang: Lang, animals = true): boolean {
  return personNoun(subject, lang, animals) !== null || namedPerson(subject, text, lang);
}

/**
 * "The death of the con artist", "la mort du journaliste ?": a trade or type under a
 * generic definite article, not a particular person. Only when the head noun alone
 * made it a person (no name, no "former", no apposition), the noun is a trade
 * (GENERIC_ROLE_NOUNS), and nothing around it points at someone: a relative clause,
 * an age, a name after it or as the topic before a colon, mourning or an inquiry before it.
 */
function genericRole(subject: Phrase, cue: Span, text: string, lang: Lang): boolean {
  const w = wordSets();
  if (personNoun(subject, lang, false) !== 'noun') return false;
  if (!w.genericCue[lang].test(text.slice(cue.start, cue.end))) return false;
  const article =
    lang === 'en'
      ? /^the\s/i.test(subject.text)
      : /^(?:le|la|les|l')\s*/i.test(subject.text) ||
        /(?:^|\s)(?:du|des|de\s+la|de\s+l')\s*$/i.test(text.slice(cue.end, subject.span.start));
  if (!article) return false;
  const head = headWord(subject.text, lang);
  if (!(lang === 'en' ? w.genericEn : w.genericFr).has(head)) return false;
  // a capitalised word inside the subject is a name, unless the whole headline is in title case
  const inner = subject.text.split(/\s+/).slice(1);
  const titleCase = (text.match(/(?<![\p{L}'’])\p{Lu}/gu)?.length ?? 0) >= text.split(/\s+/).length * 0.6;
  if (!titleCase && inner.some((x) => /^\p{Lu}/u.test(x))) return false;
  if (namedPerson(subject, text, lang)) return false;
  const after = text.slice(subject.span.end, subject.span.end + 40);
  if (
    /^\s*(?:,\s*\p{Lu}|,?\s*(?:who|whom|whose|that|qui|dont|que|qu'|at\s+\d|aged|à\s+\d|à\s+l'âge|\d{1,3}\b|\(\d))/iu.test(
      after,
    ) ||
    /^\s*\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(after)
  )
    return false;
  const before = text.slice(0, cue.start);
  if (w.specificContext.test(before)) return false;
  const colon = before.lastIndexOf(':');
  if (colon > 0 && namesPerson(before.slice(0, colon).trim(), lang)) return false;
  return true;
}

function namedPerson(subject: Phrase, text: string, lang: Lang): boolean {
  // "Donald Trump's new social media company", "Martin Luther King's dream": the name owns what
  // dies, which is someone only if it is ("Steve Jobs's widow", "Obama's dog Bo")
  const owner = /^.*\p{L}['’]s\s+(?=\S)/u.exec(subject.text)?.[0];
  if (lang === 'en' && owner && terms(subject.text, lang).at(-1)?.tags.includes('Noun')) {
    const owned = asPhrase(subject.text.slice(owner.length), subject.span.start + owner.length);
    return personNoun(owned, lang, true) !== null || namedPerson(owned, text, lang);
  }
  const w = wordSets();
  const people = lang === 'en' ? w.personEn : w.personFr;
  // "Michel Polnareff et Danyellah": any conjunct may be the person
  const conjuncts = subject.text.split(/\s*,\s*|\s+(?:et|and|&)\s+/);
  // compromise's English lexicon knows more first names than fr-compromise ("Émile", "Sophie")
  if (conjuncts.some((c) => namesPerson(c, lang) || (lang === 'fr' && namesPerson(c, 'en')))) return true;
  // "Tibetan singer Tsewang Norbu", « la petite Maëlys »: a lower-case person noun giving the role of the name after it
  {
    const list = subject.text.split(/\s+/);
    const role = list.findIndex((x, i) => {
      const f = fold(x);
      const isRole =
        people.has(f) ||
        (lang === 'en'
          ? livingNoun(f) === 'person' || nounClass(f) === 'person'
          : /^(?:petite?|jeune)$/.test(f));
      return (
        isRole &&
        /^\p{Ll}/u.test(x) &&
        i + 1 < list.length &&
        list.slice(i + 1).every((y) => /^\p{Lu}\p{Ll}/u.test(y))
      );
    });
    if (role >= 0) return true;
  }
  // "Dassault ce délinquant": a demonstrative points at the person noun
  const pointed = /\b(?:ce|cet|cette|this|that)\s+([\p{L}-]+)/iu.exec(subject.text)?.[1]?.toLowerCase();
  if (pointed && people.has(pointed)) return true;
  // an apposition: "Hugh Hefner, fondateur de Playboy, est mort"
  const before = text.slice(0, subject.span.start);
  const appos = /([^,.:;!?]+),\s*$/.exec(before);
  if (appos?.[1] && namesPerson(appos[1].trim(), lang)) return true;
  return false;
}

function asPhrase(raw: string, offset: number): Phrase {
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  return { text, span: { start: offset + lead, end: offset + lead + text.length } };
}

/** The noun group opening the clause a cue is in, up to its first preposition or relative word. */
function clauseOpening(text: string, cueStart: number, lang: Lang): Phrase | null {
  const before = text.slice(0, cueStart);
  const start = Math.max(
    ...[...before.matchAll(new RegExp(CLAUSE_BREAK.source, 'g'))].map((m) => (m.index ?? 0) + m[0].length),
    0,
  );
  const clause = before.slice(start);
  const cut =
    /\s(?:with|in|at|on|near|that|who|which|whose|for|from|after|by|qui|dont|que|avec|dans|à|au|en|sur|pour|après|par)\s/iu.exec(
      clause,
    );
  const raw = cut ? clause.slice(0, cut.index) : clause;
  if (!raw.trim() || !/\p{L}/u.test(raw)) return null;
  // "Barry Diller Now Says the Movie Business": the noun group ends at its verb
  const verb = terms(raw, lang).find(
    (t, i) =>
      i > 0 && (t.tags.includes('PresentTense') || t.tags.includes('PastTense')) && !t.tags.includes('Noun'),
  );
  const at = verb ? raw.indexOf(` ${verb.text}`) : -1;
  return asPhrase(at > 0 ? raw.slice(0, at) : raw, start);
}

/** A literal death in the cue's clause, outside the cue, of the person or animal that opens that clause. */
function personDiesNear(text: string, cue: Span, lang: Lang): boolean {
  const death = new RegExp(LITERAL_DEATH.source, 'giu');
  for (const m of text.matchAll(death)) {
    const at = m.index ?? 0;
    if (at < cue.end && cue.start < at + m[0].length) continue;
    const between = text.slice(Math.min(at, cue.end), Math.max(at, cue.start));
    if (CLAUSE_BREAK.test(between)) continue;
    const opening = clauseOpening(text, at, lang);
    if (opening && personNoun(opening, lang, true)) return true;
  }
  return false;
}

/** A phrase that only says when: a date, a month, a count of weeks (compromise's #Date, WordNet's time nouns). */
function isTime(phrase: string, lang: Lang): boolean {
  const list = terms(phrase, lang).filter((t) => /\p{L}|\d/u.test(t.text));
  const last = list[list.length - 1];
  if (!last) return false;
  return list.every(
    (t) =>
      ['Date', 'Adverb', 'Duration'].some((x) => t.tags.includes(x)) ||
      // a count or a date opens with its digit ("30", "2024", "5pm"); "IE6" and "E3" are names
      /^\d/.test(t.text) ||
      (t.tags.includes('Value') && /^\p{Ll}/u.test(t.text)) ||
      (lang === 'en' && nounClass(fold(t.text)) === 'time'),
  );
}

export interface Checked {
  subject: Phrase;
  /** The subject was taken from the topic before a colon, not from the cue's own clause. */
  fromTopic: boolean;
}

/** Whether the last word of a phrase is an adverb or an adjective, not a noun, tagged in the phrase's context. */
function endsInModifier(phrase: string): boolean {
  const last = terms(phrase, 'en').at(-1);
  if (!last || last.tags.includes('Noun')) return false;
  return last.tags.includes('Adverb') || last.tags.includes('Adjective');
}

function beforeVerb(subject: Phrase): Phrase {
  const list = terms(subject.text, 'en');
  let cursor = 0;
  for (let i = 0; i < list.length; i++) {
    const t = list[i];
    if (!t) continue;
    const at = subject.text.indexOf(t.text, cursor);
    if (at < 0) continue;
    cursor = at + t.text.length;
    const finite = t.tags.includes('PresentTense') || t.tags.includes('PastTense');
    const nounish = ['Gerund', 'Participle', 'Adjective', 'Noun', 'Infinitive'].some((x) =>
      t.tags.includes(x),
    );
    if (i >= 2 && finite && !nounish && /^\p{Ll}/u.test(t.text)) {
      const text = subject.text.slice(0, at).trimEnd();
      return { text, span: { start: subject.span.start, end: subject.span.start + text.length } };
    }
  }
  return subject;
}

/**
 * French names things with an article ("le Minitel est mort", "la mort du CD"); a bare
 * capitalised name in "X est morte" or "Mort de X" is a person, unless it is a known organisation.
 */
function frenchNameDeath(subject: Phrase, cueText: string, left: boolean): boolean {
  if (!/^\p{Lu}/u.test(subject.text) || /^(?:le|la|les|l'|un|une|des|du|ce|cette|ces)\b/i.test(subject.text))
    return false;
  if (namesOrganization(subject.text)) return false;
  if (left) return /\bmortes?\b/.test(cueText) && /\bmorte/.test(cueText);
  return /^(?:la\s+)?(?:mort|décès|obsèques|funérailles|disparition)\b/i.test(cueText.trim());
}

/**
 * "Amazon's killing a feature", "How AI art killed an indie book cover contest": an English
 * killing verb may take one thing as its object; the person and animal checks still apply. Not an
 * instruction ("how to kill a process") nor a figure ("killed a $125M deal").
 */
function thingKilled(hit: Hit, subject: Phrase, cueText: string, lang: Lang): boolean {
  if (lang !== 'en' || !hit.rule.kill || subject.span.start < hit.cue.end) return false;
  if (/^\s*to\s/.test(cueText)) return false;
  return !startsWithValue(subject.text.replace(/^\s*(?:an?|another)\s+/i, ''), lang);
}

const OWNED_THING_CLASSES = new Set(['artifact', 'group', 'act', 'communication']);
const ownedThing = (subject: Phrase, lang: Lang) =>
  OWNED_THING_CLASSES.has(nounClass(headWord(subject.text, lang)) ?? '');

/**
 * A hit's verdict: the subject to report, `LIVING` when what dies is a person or an animal
 * (never a claim, whatever the model reads), or null for the other none-classes.
 */
export const LIVING = 'living';
export type Verdict = Checked | typeof LIVING | null;

export const passed = (v: Verdict): v is Checked => v !== null && v !== LIVING;

/** A cue that says a death in so many words ("dies", « meurt »), not only an ending. */
export const literalDeath = (cue: string) => LITERAL_DEATH.test(cue);

/** `plain` is the headline before masking, for reading who dies in words a mask blanked ("survivants"). */
export function validate(hit: Hit, text: string, lang: Lang, plain = text): Verdict {
  const w = wordSets();
  const cueText = text.slice(hit.cue.start, hit.cue.end).toLowerCase();
  let subject = hit.rule.topic ? topicAround(text, hit.cue, lang) : hit.subject;
  let fromTopic = !!hit.rule.topic;
  const folded = subject ? fold(subject.text) : '';
  const inverted = /-(?:t-)?(?:il|elle|ils|elles)\b/.test(cueText);
  // a pronoun (or one inverted in the cue: "pourquoi est-il …") stands for the topic, if there is one
  if (
    !subject ||
    !folded ||
    w.topicPronouns.has(folded) ||
    /^(?:my|mon|ma)$/.test(folded) ||
    (inverted && w.pronouns.has(folded))
  ) {
    subject = topicBefore(text, hit.cue.start, lang);
    fromTopic = true;
    // "Lyon : il meurt …": a person pronoun after a place names someone there, not the place
    if (subject && /^(?:il|elle|ils|elles|he|she)$/.test(folded) && namesPlace(subject.text, lang))
      return null;
    // "he dies", "il fait ses adieux à sa mère": a person's pronoun
    if (
      /^(?:he|she)$/.test(folded) ||
      (/^(?:il|elle)$/.test(folded) && /meurt|décède|adieu|révérence/.test(cueText))
    )
      return LIVING;
  }
  if (!subject) return null;
  // "Magawa, le rat héros …, meurt": an apposition between subject and verb says what the subject is
  const apposition = /^\s*,\s*([^,]+?)\s*,\s*$/u.exec(text.slice(subject.span.end, hit.cue.start))?.[1];
  if (apposition) {
    const at = text.indexOf(apposition, subject.span.end);
    if (personNoun(asPhrase(apposition, at), lang, true)) return LIVING;
  }
  const ok = (s: Phrase): Checked => ({ subject: s, fromTopic });
  const list = words(subject.text);
  const first = list[0] ?? '';
  if (/^(?:he|she|him|her)$/.test(first)) return LIVING;
  if (list.length === 0 || w.pronouns.has(list.join(' '))) return null;
  // "it worth", "remembering those": a personal pronoun at either end names no thing
  if (PERSONAL_PRONOUN.test(first) || PERSONAL_PRONOUN.test(list[list.length - 1] ?? '')) return null;
  // only articles left ("la" once "la hache de guerre" is masked): nothing is named
  if (list.every((x) => w.articles.has(x))) return null;
  if (!/\p{L}/u.test(subject.text)) return null;
  // "my laptop is dead", "killed my love for …"; but "AI killed my job", "Zuckerberg is going to kill his
  // company": a killing verb's owned object that WordNet files as a made thing, a group, an act or a text
  if (w.possessives.has(first) && !(thingKilled(hit, subject, cueText, lang) && ownedThing(subject, lang)))
    return null;
  // "La star du rock fait ses adieux à la scène": a person retiring, not a thing dying
  if (hit.agent && FAREWELL.test(cueText) && isPersonLike(hit.agent, text, lang)) return LIVING;
  // "Teen pilot killed trying …": a bare "killed" after a person is a passive
  if (
    hit.agent &&
    /^(?:killed|tuée?s?)$/i.test(cueText.trim()) &&
    /^\s*(?:$|[,.:;!?(-]|(?:in|at|by|after|while|trying|when|as|during|on|near|outside|following|over|for|with|par|dans|lors|après|en)\b)/i.test(
      text.slice(hit.cue.end),
    ) &&
    isPersonLike(hit.agent, text, lang, false)
  )
    return LIVING;
  // "say goodbye to Flaco the owl": a farewell to someone
  if (FAREWELL.test(cueText)) {
    const to = /^\s+to\s+([^,.:;!?]+)/iu.exec(text.slice(hit.cue.end));
    if (to?.[1] && isPersonLike(asPhrase(to[1], hit.cue.end + to[0].length - to[1].length), text, lang))
      return LIVING;
    // "Prince Philip funeral '… chance for Queen to say goodbye'": a farewell at a funeral is to someone
    if (FUNERAL.test(text)) return LIVING;
  }
  // "Operatives Who Killed Khashoggi Received …": people killing someone named by one unknown word
  const relative = hit.agent ? text.slice(hit.agent.span.start, hit.cue.start) : '';
  if (hit.rule.kill && hit.agent && /\s(?:who|qui)\s*$/i.test(relative)) {
    const [victim, next] = terms(subject.text, 'en');
    const finite = next && ['PastTense', 'PresentTense'].some((x) => next.tags.includes(x));
    const agent = hit.agent.text.replace(/\s+(?:who|qui)$/i, '');
    if (
      victim &&
      finite &&
      !next.tags.includes('Noun') &&
      /^\p{Lu}\p{Ll}/u.test(victim.text) &&
      !isKnownThing(victim.text, lang) &&
      !victim.tags.includes('Organization') &&
      isPersonLike(asPhrase(agent, hit.agent.span.start), text, lang)
    )
      return LIVING;
  }
  // "Stop killing games": an imperative, not an agent
  if (hit.agent && IMPERATIVES.test(fold(hit.agent.text))) return null;
  // death hoaxes and denials are about people ("X is not dead, despite viral post")
  if (hit.rule.kind === 'rebuttal' && HOAX.test(text)) return LIVING;
  // "… shutting down soon": a lone adverb or adjective after the cue (compromise's tags, in context) is no object
  if (
    lang === 'en' &&
    list.length === 1 &&
    /^\p{Ll}/u.test(subject.text) &&
    subject.span.start >= hit.cue.end &&
    endsInModifier(text.slice(hit.cue.start, subject.span.end))
  )
    return null;
  if (isKnownThing(subject.text, lang)) return ok(subject);
  // "Ken Hensley dead at 75: … dies 'suddenly'": a death at an age makes the headline a person's
  if (diesAtAge(text, lang)) return LIVING;
  const between = text.slice(hit.cue.end, subject.span.start);
  if (
    lang === 'fr' &&
    !/(?:du|des|la|l')\s*$/i.test(between) &&
    frenchNameDeath(subject, cueText, subject.span.end <= hit.cue.start)
  )
    return LIVING;
  const left = subject.span.end <= hit.cue.start;
  // "PCs refuse to shut down", "the app fails to die": a refusal or a failure denies the ending
  if (left && /^to\s/i.test(cueText) && DENYING_VERB.test(fold(subject.text))) return null;
  // "Death of a hostage sparks outrage": a right-hand subject ends before the main verb (compromise's #Verb)
  if (!left && lang === 'en') subject = beforeVerb(subject);
  // "mass fish kill": the noun kill after an animal
  if (/^\s*kills?\s*$/.test(text.slice(hit.cue.start, hit.cue.end))) {
    const before = /(\p{Ll}+)\s+$/u.exec(text.slice(0, hit.cue.start))?.[1] ?? '';
    if (before && (w.animals.has(before) || livingNoun(before) === 'animal')) return LIVING;
  }
  // a right-hand subject never starts with a preposition, even one the edges were stripped of
  const detour = between.split(/\s+/).some((x) => PREPOSITION.test(fold(x)) && !/^(?:for|pour)$/i.test(x));
  if (!left && (PREPOSITION.test(first) || detour)) return null;
  // "… will shut down April 30", "… Weeks After Its Start": a time is when, not what, ends
  if (!left && isTime(subject.text, lang)) return null;
  const deathNoun = hit.rule.deathNoun === true;
  if (
    !deathNoun &&
    !thingKilled(hit, subject, cueText, lang) &&
    hit.rule.kind !== 'rebuttal' &&
    (w.indefinites.has(first) || w.indefinites.has(list.slice(0, 2).join(' ')))
  )
    return null;
  // "Dying patients protest …": the noun a death adjective qualifies is what dies
  if (hit.rule.qualifies) {
    // the noun group ends at its verb ("Obsolete tech leaves patients in the dark": the tech, not the patients)
    const verb = terms(subject.text, 'en').find(
      (t, i) => i > 0 && t.tags.includes('Verb') && !t.tags.includes('Noun') && /^\p{Ll}/u.test(t.text),
    );
    const at = verb ? subject.text.indexOf(` ${verb.text}`) : -1;
    if (at > 0) subject = asPhrase(subject.text.slice(0, at), subject.span.start);
    const noun = subject.text
      .split(/\s+/)
      .find((x) => !w.preAdjectives.has(fold(x)) && nounClass(fold(x)) !== null);
    if (noun && personNoun(asPhrase(noun, subject.span.start), lang, true)) return LIVING;
  }
  const head = headWord(subject.text, lang);
  // "Notes from the End of a Long Life", « la fin de vie tragique de son ex-compagnon »: someone's life
  if (/^(?:life|lives|vie|vies)$/.test(head)) return LIVING;
  if (w.events.has(head)) return null;
  // "Volcano's eruption temporarily shuts down airport", "reactor shut down for maintenance": a pause
  if (/shut|ferm/i.test(cueText) && (TEMPORARY.test(text) || (lang === 'en' && w.closingHazard.test(text))))
    return null;
  if (isPersonLike(subject, text, lang) && !(deathNoun && genericRole(subject, hit.cue, text, lang)))
    return LIVING;
  if (hit.rule.personal && list.some((x, i) => i > 0 && /^\p{Lu}/u.test(subject.text.split(/\s+/)[i] ?? x)))
    return null;
  if (hit.rule.personal && /^\p{Lu}/u.test(subject.text) && list.length <= 3 && subject.span.start > 0)
    return null;
  const quantity = w.quantities.has(first) || w.quantities.has(list.slice(0, 2).join(' '));
  if (quantity && hit.rule.kind !== 'rebuttal' && (left || hit.rule.kill)) return null;
  // "20-year-old studio" and "3rd party apps" start with digits but count nothing
  const counts =
    !/^\d+(?:st|nd|rd|th|e|er|ème)?[-‑]?\p{L}/u.test(subject.text) && startsWithValue(subject.text, lang);
  // "la mort de 33 journalistes": a death that counts is a casualty figure
  if (deathNoun && counts && /death|mort|décès|disparition|killing/i.test(cueText)) return LIVING;
  if (hit.rule.kill) {
    if (quantity || counts || w.technical.has(head)) return null;
    // "killed trying to …": what follows is a clause, not an object
    if (/^\p{L}+ing$/u.test(first) && !/^(?:the|a)\b/.test(first)) return null;
  }
  if (left && hit.rule.kind !== 'rebuttal' && LITERAL_DEATH.test(cueText)) {
    // "15 of 23 Monkeys with … Died", "Suspect in DC shooting that wounded 4 is dead": the noun group
    // opening the clause is who dies, when the subject was cut after it
    const opening = clauseOpening(plain, hit.cue.start, lang);
    if (opening && opening.span.start < subject.span.start && personNoun(opening, lang, true)) return LIVING;
    // « comment ont été enterrés les anciens présidents »: a French subject put after its verb
    const inverted = /^\s+(?:les|le|la|l'|des|un|une)\s*(?:[\p{L}-]+\s+){0,2}[\p{L}-]+/iu.exec(
      text.slice(hit.cue.end),
    );
    if (lang === 'fr' && inverted && personNoun(asPhrase(inverted[0], hit.cue.end), lang, true))
      return LIVING;
  }
  // "un jeune homme meurt après une chute du toit": a person dies in the same clause
  if (personDiesNear(plain, hit.cue, lang)) return LIVING;
  if (left && hit.rule.kind !== 'rebuttal') {
    const after = text.slice(hit.cue.end, hit.cue.end + 60);
    if (/^\s*,?\s*(?:at|aged|à|à l'âge de)\s+\d/iu.test(after)) return LIVING;
    // a casualty or a death somewhere: only deaths in so many words ("shuts down in China" ends a service there)
    const literal = LITERAL_DEATH.test(cueText);
    if (literal && CASUALTY_AFTER.test(after)) return LIVING;
    const place = /^\s+(?:in|at|near|en|au|aux|à|dans)\s+(\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*)?)/u.exec(
      after,
    );
    if (literal && place?.[1] && namesPlace(place[1], lang)) return null;
  }
  return ok(subject);
}
