// "Spotify has shut down libspotify": a broad ending cue read leftwards takes the company
// that ends something for what ends. When its verb is active and an object follows, the
// object is what ends and the left-hand phrase is the agent.
import { type Hit, passed, validate } from './checks.ts';
import { GENERIC_OBJECTS_EN } from './data/words.ts';
import { coreSubject, type Phrase, rightPhrase } from './subject.ts';
import type { Lang } from './types.ts';

/** An ending verb that takes an object, at the end of the cue ("is shutting down", "says farewell to"). */
const TRANSITIVE_END =
  /(?:shut(?:s|ting)?\s+down|shutter(?:s|ed)?|clos(?:es|ed|ing)\s+down|wind(?:s|ing)?\s+down|discontinu(?:es|ed|ing)|deprecat(?:es|ed|ing)|sunset(?:s|ted|ting)?|retir(?:es|ed|ing)|say(?:s|ing)?\s+(?:farewell|goodbye)|said\s+(?:farewell|goodbye))$/i;
/**
 * A participle ("shut down", "discontinued") is active only after have or a modal: "is shut
 * down" is a passive, and a bare one is too in a headline ("Slingbox Discontinued Announcement").
 */
const PARTICIPLE = /(?:^|\s)(?:shut\s+down|\w+ed|said\s+(?:farewell|goodbye))$/i;
const ACTIVE_PARTICIPLE =
  /\b(?:has|have|had|will|would|could|may|might|must|should|can|to)\s+(?:\S+\s+)?(?:shut\s+down)$/i;
const FAREWELL = /(?:farewell|goodbye)$/i;
/** What cannot open an object: prepositions, conjunctions, adverbs of time and manner, pronouns. */
const NOT_AN_OBJECT =
  /^(?:in|on|at|for|after|before|from|by|with|without|as|amid|over|due|until|since|during|following|and|but|or|because|while|when|then|this|next|today|tomorrow|tonight|soon|later|early|now|forever|permanently|temporarily|indefinitely|immediately|it|them|everything|everyone|itself|themselves|\p{Ll}+ly)$/u;

/**
 * The object of an active ending verb whose subject the rule read on the left, as a hit whose
 * subject is that object and whose agent is the left-hand phrase; null when there is none, when
 * it is generic ("shuts down operations": the company ends), or when the checks refuse it.
 */
export function objectHit(hit: Hit, text: string, lang: Lang): Hit | null {
  if (lang !== 'en' || hit.rule.kill || !hit.subject || hit.subject.span.end > hit.cue.start) return null;
  const cue = text.slice(hit.cue.start, hit.cue.end);
  const before = text.slice(Math.max(0, hit.cue.start - 12), hit.cue.start);
  if (!TRANSITIVE_END.test(cue)) return null;
  if (
    PARTICIPLE.test(cue) &&
    !/\b(?:has|have|had)\s+(?:\S+\s+)?$/i.test(before) &&
    !ACTIVE_PARTICIPLE.test(cue)
  )
    return null;
  const lead = (FAREWELL.test(cue) ? /^\s+to\s+/i : /^\s+/).exec(text.slice(hit.cue.end));
  if (!lead) return null;
  const from = hit.cue.end + lead[0].length;
  const clause = /[.!?;:|]\s|\s[-–—]\s|,/.exec(text.slice(from));
  const object = rightPhrase(text, from, clause ? from + (clause.index ?? 0) : text.length, lang);
  const first = object?.text.split(/\s+/)[0] ?? '';
  if (!object || object.span.start !== from || NOT_AN_OBJECT.test(first.toLowerCase())) return null;
  if (GENERIC_OBJECTS_EN.includes(object.text.toLowerCase())) return null;
  // the checks read what is named, not an owner's pronoun ("its last nuclear plant": withOwner()
  // puts the agent back), a grade ("more Nikkor lenses") or a description ("banking app Simple")
  const core = coreSubject(object.text.replace(/^(?:its|their|his|her)\s+/i, ''), text, lang);
  const at = object.text.lastIndexOf(core);
  if (at < 0) return null;
  const checked: Phrase = { text: core, span: { start: from + at, end: from + at + core.length } };
  const moved: Hit = { ...hit, rule: { ...hit.rule, kill: true }, subject: checked, agent: hit.subject };
  if (!passed(validate(moved, text, lang))) return null;
  return { ...moved, subject: object };
}

/** "Brandless shuts down operations": a generic object leaves the agent as what ends. */
export function agentForGeneric(hit: Hit, subject: Phrase, lang: Lang): Hit | null {
  if (lang !== 'en' || !hit.rule.kill || !hit.agent) return null;
  if (!GENERIC_OBJECTS_EN.includes(subject.text.toLowerCase())) return null;
  return { ...hit, subject: hit.agent, agent: null };
}
