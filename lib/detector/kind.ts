// Decides claim vs question vs rebuttal from the clause around the cue (yes/no
// questions, wh-questions that take the death for granted, a closing "?"), and
// finds the "long live Y" of a renewal.
import type { Checked, Hit } from './checks.ts';
import { type Phrase, rightPhrase } from './subject.ts';
import type { Kind, Lang } from './types.ts';

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

/** A negation right before a killing verb. */
const EN_DENIAL =
  /(?:^|\s)(?:is not|isn't|are not|aren't|won't|will not|doesn't|does not|don't|do not|didn't|did not|can't|cannot|never)(?:\s+(?:going|about|really|actually|necessarily)(?:\s+to)?)?\s*$/;

export function adjustKind(hit: Hit, checked: Checked, text: string, lang: Lang, wh: Set<string>): Kind {
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
  // "May 5, Microsoft's Skype will shut down": a month, not the auxiliary
  const dated = /^may\s+\d/.test(head);
  const isWh = wh.has(firstWord) || (lang === 'fr' && /^qu'est-ce/.test(head));
  let yesNo = false;
  if (lang === 'en') yesNo = EN_QAUX.test(firstWord) && !dated;
  else {
    const clause = text.slice(start, Math.max(hit.matchEnd, subject.span.end)).toLowerCase();
    yesNo = /\p{L}-(?:t-)?(?:il|elle|ils|elles|on|ce)(?![\p{L}])/u.test(clause) || /^est-ce\s+qu/.test(head);
  }
  const tail = text.slice(Math.max(hit.cue.end, subject.span.end, hit.matchEnd));
  const stop = /[.!?;:,]|\s[-–—]\s/.exec(tail);
  const questionMark = stop?.[0] === '?';
  if (kind === 'question' && isWh) return 'claim';
  // "AI is not killing jobs", "AI isn't going to kill the software industry": a denied killing
  const before = text.slice(start, hit.cue.start).toLowerCase().replace(/’/g, "'");
  if (kind === 'claim' && hit.rule.kill && !isWh && !yesNo && EN_DENIAL.test(before) && !questionMark)
    return 'rebuttal';
  if (kind === 'claim' && !isWh && (yesNo || questionMark)) return 'question';
  // "Egypt's dreams of democracy still alive?": a denial asked, like a claim asked
  if (kind === 'rebuttal' && !isWh && (yesNo || questionMark)) return 'question';
  return kind;
}

export function renewalAfter(text: string, from: number, lang: Lang): Phrase | null {
  const m = /(?:^|[\s,;:.!-])(?:long[- ]live|vive)\s+/iu.exec(text.slice(from));
  if (!m) return null;
  const start = from + (m.index ?? 0) + m[0].length;
  const stop = text.slice(start).search(/[.!?;:,()]/);
  return rightPhrase(text, start, stop >= 0 ? start + stop : text.length, lang);
}
