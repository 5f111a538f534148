// "Spotify has shut down libspotify": a broad ending cue read leftwards takes the company
// that ends something for what ends. When its verb is active and an object follows, the
// object is what ends and the left-hand phrase is the agent.
import { type Hit, passed, validate } from './checks.ts';
import { GENERIC_OBJECTS_EN } from './data/words.ts';
import { coreSubject } from './naming.ts';
import { type Phrase, rightPhrase } from './subject.ts';
import type { Lang } from './types.ts';

/** An ending verb that takes an object, at the end of the cue ("is shutting down", "says farewell to"). */
const TRANSITIVE_END =
  /(?:shut(?:s|ting)?\s+down|shutter(?:s|ed)?|clos(?:es|ed|ing)\s+down|wind(?:s|ing)?\s+down|discontinu(?:es|ed|ing)|deprecat(?:es|ed|ing)|sunset(?:s|ted|ting)?|retir(?:es|ed|ing)|say(?:s|ing)?\s+(?:farewell|goodbye)|said\s+(?:farewell|goodbye))$/i;
/**
 * A participle after be or get is a passive ("is shut down", "to be discontinued"): its object is
 * on the left already. A bare -ed form is one too in a headline ("Slingbox Discontinued
 * Announcement") unless have or a modal comes before; a bare "shut down" followed by an object
 * is a past ("SpaceX shut down part of its API").
 */
const PASSIVE = /\b(?:is|are|was|were|be|been|being|gets?|got)\s+(?:\S+\s+)?(?:shut\s+down|\w+ed)$/i;
const BARE_ED = /(?:^|\s)\w+ed$/i;
const HAVE_OR_MODAL = /\b(?:has|have|had|will|would|could|may|might|must|should|can|to)\s+(?:\S+\s+)?$/i;
const FAREWELL = /(?:farewell|goodbye)$/i;
/** What cannot open an object: prepositions, conjunctions, adverbs of time and manner, pronouns. */
const NOT_AN_OBJECT =
  /^(?:in|on|at|for|of|to|into|about|against|than|like|via|after|before|from|by|with|without|as|amid|over|due|until|since|during|following|and|but|or|because|while|when|then|this|next|today|tomorrow|tonight|soon|later|early|now|forever|permanently|temporarily|indefinitely|immediately|it|them|everything|everyone|itself|themselves|\p{Ll}+ly)$/u;

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
  if (PASSIVE.test(cue)) return null;
  const verb = /\S+$/.exec(cue)?.index ?? 0;
  if (BARE_ED.test(cue) && !HAVE_OR_MODAL.test(before + cue.slice(0, verb))) return null;
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

/**
 * "Brandless shuts down operations", "Quibi Is Shutting Down Barely Six Months After …": a
 * generic object, or none (an adverb, a conjunction), leaves the agent as what ends.
 */
export function agentForGeneric(hit: Hit, subject: Phrase, lang: Lang): Hit | null {
  if (lang !== 'en' || !hit.rule.kill || !hit.agent || subject.span.start < hit.cue.end) return null;
  const first = subject.text.split(/\s+/)[0]?.toLowerCase() ?? '';
  if (!GENERIC_OBJECTS_EN.includes(subject.text.toLowerCase()) && !NOT_AN_OBJECT.test(first)) return null;
  return { ...hit, subject: hit.agent, agent: null };
}
