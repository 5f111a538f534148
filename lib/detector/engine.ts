// Runs the cue rules of one language over a normalised headline, checks each
// hit against the none-classes (people, animals, casualties, events, fiction,
// devices) and shapes the best hit into a Detection.
import { canonicalize, fold } from './aliases.ts';
import { Alternation } from './alternation.ts';
import {
  type Checked,
  type Hit,
  LIVING,
  literalDeath,
  passed,
  topicAround,
  validate,
  wordSets,
} from './checks.ts';
import { MASKS_COMMON, MASKS_EN, MASKS_FR, TITLES } from './data/masks.ts';
import { EN_FRAGMENTS, EN_RULES, EN_WH_WORDS } from './data/rules-en.ts';
import { FR_FRAGMENTS, FR_RULES, FR_WH_WORDS } from './data/rules-fr.ts';
import { FICTION_CONTEXT } from './data/words.ts';
import { adjustKind, renewalAfter } from './kind.ts';
import { afterVerb, coreSubject, withOwner } from './naming.ts';
import { foldCase, meets, type Needs, needsOf } from './needs.ts';
import { agentForGeneric, objectHit } from './object.ts';
import { type CompiledRule, compileRules } from './patterns.ts';
import { leftPhrase, type Phrase, rightPhrase } from './subject.ts';
import type { Detection, Lang, Span } from './types.ts';

/** A rule with what text it cannot match without: a headline that lacks it never runs (nor compiles) its regex. */
interface GatedRule {
  rule: CompiledRule;
  needs: Needs;
}

interface LangModel {
  rules: GatedRule[];
  masks: Alternation;
  fiction: Alternation;
  wh: Set<string>;
}

const models: Partial<Record<Lang, LangModel>> = {};
let fiction: Alternation | null = null;

function model(lang: Lang): LangModel {
  const hit = models[lang];
  if (hit) return hit;
  const masks = [...MASKS_COMMON, ...TITLES, ...(lang === 'en' ? MASKS_EN : MASKS_FR)];
  const rules = lang === 'en' ? compileRules(EN_RULES, EN_FRAGMENTS) : compileRules(FR_RULES, FR_FRAGMENTS);
  fiction ??= new Alternation(FICTION_CONTEXT, 'iu');
  const made: LangModel = {
    rules: rules.map((rule) => ({ rule, needs: needsOf(rule.re.source) })),
    masks: new Alternation(masks, 'giu'),
    fiction,
    wh: new Set(lang === 'en' ? EN_WH_WORDS : FR_WH_WORDS),
  };
  models[lang] = made;
  return made;
}

/** Scare quotes around one or two words ("the Internet 'Died'", "for 'killing' the ECC industry"). */
const SCARE_QUOTES = /(?<=^|\s)(['"])(\p{L}+(?:\s\p{L}+)?)\1(?=$|[\s,.:;!?])/gu;

/** Blanks idioms, titles, periods and casualty counts, and lifts scare quotes, keeping every offset. */
function mask(text: string, lm: LangModel): string {
  const re = lm.masks.for(foldCase(text));
  const masked = re ? text.replace(re, (m) => m.replace(/[^\s]/g, ' ')) : text;
  return masked.replace(SCARE_QUOTES, (_m, _q: string, words: string) => ` ${words} `);
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

function collectHits(masked: string, lang: Lang): Hit[] {
  const hits: Hit[] = [];
  const folded = foldCase(masked);
  model(lang).rules.forEach(({ rule, needs }, order) => {
    if (!meets(folded, needs)) return;
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

/**
 * What the rules make of a headline: the best hit that survived the checks, or
 * else the best hit they vetoed, shaped as a Detection, with what the model
 * reads (see features.ts). `checked` says which of the two it is.
 */
export interface Candidate {
  detection: Detection;
  checked: boolean;
  hit: Hit;
  subject: Phrase;
  masked: string;
  hits: number;
}

const rankOf = (h: Hit) => [h.rule.kind === 'rebuttal' ? 0 : 1, h.rule.topic ? 1 : 0, h.cue.start, h.order];
function better(a: Hit, b: Hit): boolean {
  const ra = rankOf(a);
  const rb = rankOf(b);
  for (let i = 0; i < ra.length; i++) if ((ra[i] ?? 0) !== (rb[i] ?? 0)) return (ra[i] ?? 0) < (rb[i] ?? 0);
  return false;
}

/** The rules' candidate in a normalised headline known to be in `lang`; 'vetoed' for fiction, null when no rule fires. */
export function candidate(original: string, normalized: string, lang: Lang): Candidate | 'vetoed' | null {
  const lm = model(lang);
  if (lm.fiction.for(foldCase(normalized))?.test(normalized)) return 'vetoed';
  const masked = mask(normalized, lm);
  const hits = collectHits(masked, lang);
  const ordered = [...hits].sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0));
  const leftOf = (h: Hit) => !!h.subject && h.subject.span.end <= h.cue.start;
  const spansMeet = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
  // the same words said of the same subject ("Has Covid killed off business cards": Covid is not what dies)
  const overlap = (a: Hit, b: Hit) =>
    spansMeet(a.cue, b.cue) &&
    leftOf(a) === leftOf(b) &&
    (!a.subject || !b.subject || spansMeet(a.subject.span, b.subject.span));
  const verdicts = ordered.map((hit) => validate(hit, masked, lang, normalized));
  // a person's or an animal's death on the same words, or said in so many words in the same
  // clause ("un jeune homme meurt après une chute du toit"), leaves nothing else dying there
  const sameClause = (a: Hit, b: Hit) =>
    !/[.!?;:](?=\s)|\s[-–—]\s/.test(
      masked.slice(Math.min(a.cue.end, b.cue.end), Math.max(a.cue.start, b.cue.start)),
    );
  const living = ordered.filter((_, i) => verdicts[i] === LIVING);
  const diesThere = (hit: Hit) =>
    living.some(
      (l) => overlap(l, hit) || (literalDeath(masked.slice(l.cue.start, l.cue.end)) && sameClause(l, hit)),
    );
  let best: { hit: Hit; checked: Checked } | null = null;
  let fallback: { hit: Hit; checked: Checked } | null = null;
  for (const [i, hit] of ordered.entries()) {
    const verdict = verdicts[i] ?? null;
    if (verdict === LIVING || diesThere(hit)) continue;
    if (passed(verdict)) {
      best = { hit, checked: verdict };
      break;
    }
    if (!fallback) {
      // the model may keep a hit the checks vetoed, never a person's or an animal's death
      const subject = hit.rule.topic ? topicAround(masked, hit.cue, lang) : hit.subject;
      if (subject) fallback = { hit, checked: { subject, fromTopic: !!hit.rule.topic } };
    }
  }
  const chosen = best ?? fallback;
  if (!chosen) return hits.length > 0 ? 'vetoed' : null;
  // "Spotify has shut down libspotify": the object of an active ending verb is what ends;
  // "Brandless shuts down operations": a generic object is the agent ending
  const object = best
    ? (objectHit(best.hit, masked, lang) ?? agentForGeneric(best.hit, best.checked.subject, lang))
    : null;
  return {
    detection: shape(original, normalized, masked, chosen.hit, chosen.checked, lang, object),
    checked: best !== null,
    hit: chosen.hit,
    subject: chosen.checked.subject,
    masked,
    hits: hits.length,
  };
}

function shape(
  original: string,
  normalized: string,
  masked: string,
  hit: Hit,
  checked: Checked,
  lang: Lang,
  object: Hit | null = null,
): Detection {
  const kind = adjustKind(hit, checked, masked, lang, model(lang).wh);
  const subject = object?.subject ?? checked.subject;
  const agentPhrase = object ? object.agent : hit.agent;
  const agentText = agentPhrase ? display(original, normalized, agentPhrase.span) : null;
  const agent = agentText && !wordSets().pronouns.has(fold(agentText)) ? agentText : null;
  const shown = display(original, normalized, subject.span);
  // a subject left of the cue or inside it ("Does ES6 make JavaScript frameworks obsolete?")
  const leftOfCue = !object && subject.span.start < hit.cue.end;
  const clause = leftOfCue ? afterVerb(shown, lang) : { text: shown, before: '' };
  // the owner withOwner() puts back says which one: coreSubject() must not take it off again
  const subjectText = withOwner(
    coreSubject(clause.text, original, lang),
    clause.before || agent,
    lang,
    original,
  );
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
  const masked = mask(normalized, lm);
  return collectHits(masked, lang).map((hit) => ({
    rule: hit.rule.id,
    cue: masked.slice(hit.cue.start, hit.cue.end),
    subject: hit.subject?.text ?? null,
    ok: passed(validate(hit, masked, lang, normalized)),
  }));
}
