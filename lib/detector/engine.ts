// Runs the cue rules of one language over a normalised headline, checks each
// hit against the none-classes (people, animals, casualties, events, fiction,
// devices) and shapes the best hit into a Detection.
import { canonicalize, fold, knownCanonical } from './aliases.ts';
import { MASKS_COMMON, MASKS_EN, MASKS_FR, TITLES } from './data/masks.ts';
import { EN_FRAGMENTS, EN_RULES, EN_WH_WORDS } from './data/rules-en.ts';
import { FR_FRAGMENTS, FR_RULES, FR_WH_WORDS } from './data/rules-fr.ts';
import {
  ANIMALS,
  EVENT_HEADS,
  FICTION_CONTEXT,
  FORMER_WORDS,
  INDEFINITES,
  PERSON_NOUNS_EN,
  PERSON_NOUNS_FR,
  PERSONAL_POSSESSIVES,
  PRE_ADJECTIVES,
  PRONOUNS,
  QUANTITY_WORDS,
  TECHNICAL_OBJECTS,
  TOPIC_PRONOUNS,
} from './data/words.ts';
import { namesPerson, namesPlace, startsWithValue } from './nlp.ts';
import { type CompiledRule, compileRules } from './patterns.ts';
import { leftPhrase, type Phrase, rightPhrase } from './subject.ts';
import type { Detection, Kind, Lang, Span } from './types.ts';

interface LangModel {
  rules: CompiledRule[];
  masks: RegExp;
  fiction: RegExp;
  wh: Set<string>;
}

interface Hit {
  rule: CompiledRule;
  order: number;
  cue: Span;
  subject: Phrase | null;
  agent: Phrase | null;
  matchEnd: number;
}

const models: Partial<Record<Lang, LangModel>> = {};
function makeSets() {
  return {
    personEn: new Set(PERSON_NOUNS_EN),
    personFr: new Set(PERSON_NOUNS_FR),
    animals: new Set(ANIMALS),
    events: new Set(EVENT_HEADS),
    pronouns: new Set(PRONOUNS),
    topicPronouns: new Set(TOPIC_PRONOUNS),
    possessives: new Set(PERSONAL_POSSESSIVES),
    indefinites: new Set(INDEFINITES),
    quantities: new Set(QUANTITY_WORDS),
    technical: new Set(TECHNICAL_OBJECTS),
    preAdjectives: new Set(PRE_ADJECTIVES),
    former: new Set(FORMER_WORDS),
  };
}

let sets: ReturnType<typeof makeSets> | null = null;

function wordSets(): ReturnType<typeof makeSets> {
  sets ??= makeSets();
  return sets;
}

const IMPERATIVES =
  /^(?:stop|quit|start|keep|avoid|try|please|don't|arrêtez|arrêtons|cessez|cessons|stoppez)$/;
/** "… dies in car crash", "… meurt dans un accident": a casualty, whoever the subject is. */
const CASUALTY_AFTER =
  /^\s+(?:(?:in|during|after|following)\s+(?:a\s+|an\s+|the\s+)?(?:[\p{L}-]+\s+){0,2}(?:crash|accident|attack|shooting|fire|collision|explosion|blast|fall|avalanche|storm|flood|earthquake|raid|stabbing|incident)|(?:dans|lors d'|lors de|après|pendant)\s+(?:un|une|le|la|l'|les)\s*(?:[\p{L}-]+\s+){0,2}(?:accident|attaque|attentat|fusillade|incendie|collision|explosion|chute|avalanche|tempête|inondation|séisme|bombardement|naufrage|rixe|agression))\b/iu;
const PERSONAL_PRONOUN =
  /^(?:i|you|he|she|it|we|they|him|them|those|je|j'|tu|il|elle|on|nous|vous|ils|elles|eux)$/;
const EDGE_L = '(?<![\\p{L}\\p{N}])';
const EDGE_R = '(?![\\p{L}\\p{N}])';

function model(lang: Lang): LangModel {
  const hit = models[lang];
  if (hit) return hit;
  const masks = [...MASKS_COMMON, ...TITLES, ...(lang === 'en' ? MASKS_EN : MASKS_FR)];
  const made: LangModel = {
    rules: lang === 'en' ? compileRules(EN_RULES, EN_FRAGMENTS) : compileRules(FR_RULES, FR_FRAGMENTS),
    masks: new RegExp(`${EDGE_L}(?:${masks.join('|')})${EDGE_R}`, 'giu'),
    fiction: new RegExp(`${EDGE_L}(?:${FICTION_CONTEXT.join('|')})${EDGE_R}`, 'iu'),
    wh: new Set(lang === 'en' ? EN_WH_WORDS : FR_WH_WORDS),
  };
  models[lang] = made;
  return made;
}

/** Blanks idioms, titles, periods and casualty counts, keeping every offset. */
function mask(text: string, re: RegExp): string {
  return text.replace(re, (m) => m.replace(/[^\s]/g, ' '));
}

function groupSpan(indices: RegExpIndicesArray['groups'], prefix: string): Span | null {
  if (!indices) return null;
  let start = -1;
  let end = -1;
  for (const [name, range] of Object.entries(indices)) {
    if (!range || !name.startsWith(prefix) || !/^\d+$/.test(name.slice(prefix.length))) continue;
    if (start < 0 || range[0] < start) start = range[0];
    if (range[1] > end) end = range[1];
  }
  return start >= 0 ? { start, end } : null;
}

function words(phrase: string): string[] {
  return fold(phrase)
    .replace(/['’]s\b/g, '')
    .split(/[\s]+/)
    .filter(Boolean);
}

/** The head noun: English heads come last (before "of"), French ones first. */
function headWord(phrase: string, lang: Lang): string {
  const { preAdjectives } = wordSets();
  const list = words(phrase).map((w) => w.replace(/^(?:l|d|qu)'/, '').replace(/^'+|'+$/g, ''));
  if (lang === 'en') {
    // "millions of bees": after a quantity the head is what is counted
    if (list.length > 2 && list[1] === 'of' && wordSets().quantities.has(list[0] ?? '')) list.splice(0, 2);
    // "the era of the startup": the head is the startup
    const frame = list.findIndex(
      (w, i) => i <= 1 && /^(?:age|era|days|reign|heyday|art|idea|practice|concept)$/.test(w),
    );
    if (frame >= 0 && list[frame + 1] === 'of') list.splice(0, frame + 2);
    const cut = list.findIndex(
      (w, i) => i > 0 && /^(?:of|for|in|on|at|from|with|by|off|near|outside|inside|after|during)$/.test(w),
    );
    const core = cut > 0 ? list.slice(0, cut) : list;
    // "wolf pups 'adopted' by …": a trailing participle is not the head
    while (core.length > 1 && /ed$/.test(core[core.length - 1] ?? '')) core.pop();
    return core[core.length - 1] ?? '';
  }
  const content = list.filter(
    (w) =>
      !/^(?:le|la|les|un|une|des|du|de|ce|cet|cette|ces|l|d|qui|est|voici|voilà|leur|leurs|son|sa|ses|notre|nos)$/.test(
        w,
      ),
  );
  // "l'ère du minitel", "le métier de traducteur": the head is what the frame is about
  const frame = content.findIndex(
    (w, i) => i <= 1 && /^(?:ère|époque|âge|règne|temps|métier|profession)$/.test(w),
  );
  const rest =
    frame >= 0 && /^(?:du|de|des|d')/.test(list[list.indexOf(content[frame] ?? '') + 1] ?? '')
      ? content.slice(frame + 1)
      : content;
  return rest.find((w) => !preAdjectives.has(w)) ?? '';
}

function isKnownThing(subject: string, lang: Lang): boolean {
  return knownCanonical(subject, lang) !== null;
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

function topicAround(text: string, cue: Span, lang: Lang): Phrase | null {
  const colon = text.indexOf(':');
  if (colon < 0) return null;
  if (colon < cue.start) return leftPhrase(text, 0, colon, lang);
  const after = text.slice(colon + 1);
  const stop = after.search(/[.!?;:]/);
  return rightPhrase(text, colon + 1, stop >= 0 ? colon + 1 + stop : text.length, lang);
}

function isPersonLike(subject: Phrase, text: string, lang: Lang, animals = true): boolean {
  const w = wordSets();
  const list = words(subject.text);
  const first = list.find((x) => !/^(?:the|le|la|les|l'|un|une)$/.test(x)) ?? '';
  if (w.former.has(first) || /^(?:ex-|l'ancien|l'ancienne)/.test(first)) return true;
  const head = headWord(subject.text, lang);
  const people = lang === 'en' ? w.personEn : w.personFr;
  if (people.has(head) || (animals && w.animals.has(head))) return true;
  // "Michel Polnareff et Danyellah": any conjunct may be the person
  const conjuncts = subject.text.split(/\s*,\s*|\s+(?:et|and|&)\s+/);
  // compromise's English lexicon knows more first names than fr-compromise ("Émile", "Sophie")
  if (conjuncts.some((c) => namesPerson(c, lang) || (lang === 'fr' && namesPerson(c, 'en')))) return true;
  // "Dassault ce délinquant": a demonstrative points at the person noun
  const pointed = /\b(?:ce|cet|cette|this|that)\s+([\p{L}-]+)/iu.exec(subject.text)?.[1]?.toLowerCase();
  if (pointed && people.has(pointed)) return true;
  // an apposition: "Hugh Hefner, fondateur de Playboy, est mort"
  const before = text.slice(0, subject.span.start);
  const appos = /([^,.:;!?]+),\s*$/.exec(before);
  if (appos?.[1] && namesPerson(appos[1].trim(), lang)) return true;
  return false;
}

interface Checked {
  subject: Phrase;
  /** The subject was taken from the topic before a colon, not from the cue's own clause. */
  fromTopic: boolean;
}

function validate(hit: Hit, text: string, lang: Lang): Checked | null {
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
  }
  if (!subject) return null;
  const ok = (s: Phrase): Checked => ({ subject: s, fromTopic });
  const list = words(subject.text);
  const first = list[0] ?? '';
  if (list.length === 0 || w.pronouns.has(list.join(' '))) return null;
  // "it worth", "remembering those": a personal pronoun at either end names no thing
  if (PERSONAL_PRONOUN.test(first) || PERSONAL_PRONOUN.test(list[list.length - 1] ?? '')) return null;
  // only articles left ("la" once "la hache de guerre" is masked): nothing is named
  if (list.every((x) => /^(?:the|a|an|le|la|les|l'|un|une|des|du|de|d')$/.test(x))) return null;
  if (!/\p{L}/u.test(subject.text)) return null;
  if (w.possessives.has(first)) return null;
  // "La star du rock fait ses adieux à la scène": a person retiring, not a thing dying
  if (hit.agent && /adieu|farewell|good-?bye|révérence/i.test(cueText) && isPersonLike(hit.agent, text, lang))
    return null;
  // "Teen pilot killed trying …": a bare "killed" after a person is a passive
  if (hit.agent && /^(?:killed|tuée?s?)$/i.test(cueText.trim()) && isPersonLike(hit.agent, text, lang, false))
    return null;
  // "Stop killing games": an imperative, not an agent
  if (hit.agent && IMPERATIVES.test(fold(hit.agent.text))) return null;
  if (isKnownThing(subject.text, lang)) return ok(subject);
  const left = subject.span.end <= hit.cue.start;
  // "… qui tuent sur la route": a right-hand subject never starts with a preposition
  if (
    !left &&
    /^(?:sur|dans|en|à|par|pour|avec|sans|vers|chez|on|in|at|by|for|with|without|into|onto|from)$/.test(first)
  )
    return null;
  const deathNoun = /-(?:death-of|mort-de)$/.test(hit.rule.id);
  if (
    !deathNoun &&
    hit.rule.kind !== 'rebuttal' &&
    (w.indefinites.has(first) || w.indefinites.has(list.slice(0, 2).join(' ')))
  )
    return null;
  const head = headWord(subject.text, lang);
  if (w.events.has(head)) return null;
  if (isPersonLike(subject, text, lang)) return null;
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
  if (deathNoun && counts && /death|mort|décès|disparition|killing/i.test(cueText)) return null;
  if (hit.rule.kill) {
    if (quantity || counts || w.technical.has(head)) return null;
    // "killed trying to …": what follows is a clause, not an object
    if (/^\p{L}+ing$/u.test(first) && !/^(?:the|a)\b/.test(first)) return null;
  }
  if (left && hit.rule.kind !== 'rebuttal') {
    const after = text.slice(hit.cue.end, hit.cue.end + 60);
    if (/^\s*,?\s*(?:at|aged|à|à l'âge de)\s+\d/iu.test(after)) return null;
    if (CASUALTY_AFTER.test(after)) return null;
    const place = /^\s+(?:in|at|near|en|au|aux|à|dans)\s+(\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*)?)/u.exec(
      after,
    );
    if (place?.[1] && namesPlace(place[1], lang)) return null;
  }
  return ok(subject);
}

function clauseStart(text: string, before: number): number {
  let start = 0;
  const re = /[.!?;:](?=\s)|\s-\s/g;
  for (const m of text.matchAll(re)) {
    const end = (m.index ?? 0) + m[0].length;
    if (end <= before) start = end;
  }
  return start;
}

const EN_QAUX =
  /^(?:is|are|was|were|has|have|had|will|would|could|can|should|does|do|did|might|may|must|shall|isn't|aren't|won't|can't|doesn't|don't|wasn't|hasn't|haven't)$/;

function adjustKind(hit: Hit, checked: Checked, text: string, lang: Lang, wh: Set<string>): Kind {
  const kind = hit.rule.kind;
  if (hit.rule.fixed) return kind;
  const subject = checked.fromTopic ? { text: '', span: hit.cue } : checked.subject;
  const from = Math.min(hit.cue.start, subject.span.start, hit.agent?.span.start ?? Number.POSITIVE_INFINITY);
  const start = clauseStart(text, from);
  const head = text
    .slice(start, hit.cue.start + 40)
    .replace(/^[\s"'(]+/, '')
    .toLowerCase();
  const firstWord = /^[\p{L}'’-]+/u.exec(head)?.[0]?.replace(/’/g, "'") ?? '';
  const isWh = wh.has(firstWord) || (lang === 'fr' && /^qu'est-ce/.test(head));
  let yesNo = false;
  if (lang === 'en') yesNo = EN_QAUX.test(firstWord);
  else {
    const clause = text.slice(start, Math.max(hit.matchEnd, subject.span.end)).toLowerCase();
    yesNo = /\p{L}-(?:t-)?(?:il|elle|ils|elles|on|ce)(?![\p{L}])/u.test(clause) || /^est-ce\s+qu/.test(head);
  }
  const tail = text.slice(Math.max(hit.cue.end, subject.span.end, hit.matchEnd));
  const stop = /[.!?;:,]|\s-\s/.exec(tail);
  const questionMark = stop?.[0] === '?';
  if (kind === 'question' && isWh) return 'claim';
  if (kind === 'claim' && !isWh && (yesNo || questionMark)) return 'question';
  if (kind === 'rebuttal' && !isWh && yesNo) return 'question';
  return kind;
}

function renewalAfter(text: string, from: number, lang: Lang): Phrase | null {
  const m = /(?:^|[\s,;:.!-])(?:long[- ]live|vive)\s+/iu.exec(text.slice(from));
  if (!m) return null;
  const start = from + (m.index ?? 0) + m[0].length;
  const stop = text.slice(start).search(/[.!?;:,()]/);
  return rightPhrase(text, start, stop >= 0 ? start + stop : text.length, lang);
}

function collectHits(masked: string, lang: Lang): Hit[] {
  const hits: Hit[] = [];
  model(lang).rules.forEach((rule, order) => {
    rule.re.lastIndex = 0;
    for (const m of masked.matchAll(rule.re)) {
      const groups = m.indices?.groups;
      const cue = groupSpan(groups, 'cue');
      if (!cue) continue;
      const subj = groupSpan(groups, 'subj');
      const agentSpan = groupSpan(groups, 'agent');
      let subject: Phrase | null = null;
      if (subj) {
        subject =
          subj.end <= cue.start
            ? leftPhrase(masked, subj.start, subj.end, lang)
            : rightPhrase(masked, subj.start, subj.end, lang);
      }
      const agent = agentSpan ? leftPhrase(masked, agentSpan.start, agentSpan.end, lang, 6) : null;
      hits.push({ rule, order, cue, subject, agent, matchEnd: (m.index ?? 0) + m[0].length });
    }
  });
  return hits;
}

/** A phrase as the headline writes it, minus the tags and entities normalisation blanked out. */
function display(original: string, normalized: string, span: Span): string {
  let out = '';
  for (let i = span.start; i < span.end; i++) {
    out += normalized[i] === ' ' ? ' ' : (original[i] ?? '');
  }
  return out.replace(/\s+/g, ' ').trim();
}

/** Detects a death claim in a normalised headline known to be in `lang`. */
export function analyse(original: string, normalized: string, lang: Lang): Detection | 'vetoed' | null {
  const lm = model(lang);
  if (lm.fiction.test(normalized)) return 'vetoed';
  const masked = mask(normalized, lm.masks);
  const hits = collectHits(masked, lang);
  let best: { hit: Hit; checked: Checked } | null = null;
  const rank = (h: Hit) => [h.rule.kind === 'rebuttal' ? 0 : 1, h.rule.topic ? 1 : 0, h.cue.start, h.order];
  const better = (a: Hit, b: Hit) => {
    const ra = rank(a);
    const rb = rank(b);
    for (let i = 0; i < ra.length; i++) if ((ra[i] ?? 0) !== (rb[i] ?? 0)) return (ra[i] ?? 0) < (rb[i] ?? 0);
    return false;
  };
  for (const hit of hits) {
    if (best && !better(hit, best.hit)) continue;
    const checked = validate(hit, masked, lang);
    if (checked) best = { hit, checked };
  }
  if (!best) return hits.length > 0 ? 'vetoed' : null;
  const { hit, checked } = best;
  const { subject } = checked;
  const kind = adjustKind(hit, checked, masked, lang, lm.wh);
  const agentText = hit.agent ? display(original, normalized, hit.agent.span) : null;
  const agent = agentText && !wordSets().pronouns.has(fold(agentText)) ? agentText : null;
  const subjectText = display(original, normalized, subject.span);
  const renewal = kind === 'claim' ? renewalAfter(masked, hit.cue.end, lang) : null;
  let { start, end } = hit.cue;
  while (start < end && /[\s,:-]/.test(original[start] ?? '')) start++;
  while (end > start && /\s/.test(original[end - 1] ?? '')) end--;
  return {
    text: original,
    kind,
    subject: subjectText,
    canonical: canonicalize(subjectText, lang),
    lang,
    cue: original.slice(start, end),
    span: { start, end },
    agent,
    renewal: renewal ? display(original, normalized, renewal.span) : null,
  };
}

/** Every rule hit with whether it survived the checks: for debugging rules (`detect --explain`). */
export function explain(
  normalized: string,
  lang: Lang,
): { rule: string; cue: string; subject: string | null; ok: boolean }[] {
  const lm = model(lang);
  const masked = mask(normalized, lm.masks);
  return collectHits(masked, lang).map((hit) => ({
    rule: hit.rule.id,
    cue: masked.slice(hit.cue.start, hit.cue.end),
    subject: hit.subject?.text ?? null,
    ok: validate(hit, masked, lang) !== null,
  }));
}
