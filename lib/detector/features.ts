// What the learned model reads about a rule candidate: the rules' own verdict,
// the cue's words, the subject's head word, its WordNet class (English), the
// shape of the headline. Plain strings, so the model file is a map from feature
// to weight. No NLP tags: held out by source they added nothing (English LOSO
// F1 0.894 with or without them), and without them the model needs no tagger,
// so a stopped worker answers a headline the rules alone decide without
// evaluating compromise.
import { fold } from './aliases.ts';
import { headWord } from './checks.ts';
import type { Candidate } from './engine.ts';
import { nounClass } from './noun-classes.ts';
import type { Lang } from './types.ts';

const wordsOf = (text: string) => fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];

export function features(c: Candidate, lang: Lang): string[] {
  const out: string[] = [`lang:${lang}`, c.checked ? 'checked' : 'vetoed', `kind:${c.detection.kind}`];
  const { rule } = c.hit;
  for (const flag of ['kill', 'personal', 'topic', 'deathNoun', 'fixed'] as const)
    if (rule[flag]) out.push(`rule:${flag}`);
  const cue = c.masked.slice(c.hit.cue.start, c.hit.cue.end);
  for (const w of wordsOf(cue)) out.push(`cue:${w}`);
  const head = headWord(c.subject.text, lang);
  if (head) out.push(`head:${head}`);
  const capitalised = c.subject.text.split(/\s+/).every((w) => /^\p{Lu}/u.test(w));
  // a capitalised subject is a name more than a common noun ("Google Reader" is no reader)
  const cls = lang === 'en' && head ? `${nounClass(head) ?? 'unknown'}${capitalised ? ':name' : ''}` : null;
  const lastCue = wordsOf(cue).pop();
  if (cls) out.push(`wn:${cls}`, `cue-wn:${lastCue}:${cls}`);
  // any person or animal word in the subject, not only its head ("treadmill after child")
  if (lang === 'en')
    for (const w of wordsOf(c.subject.text)) {
      const k = nounClass(w);
      if (k === 'person' || k === 'animal' || k === 'group') out.push(`subj-has:${k}`);
    }
  const subjectWords = c.subject.text.split(/\s+/);
  out.push(`subjlen:${Math.min(subjectWords.length, 4)}`);
  if (capitalised) out.push('subj:capitalised');
  const left = c.subject.span.end <= c.hit.cue.start;
  out.push(left ? 'side:left' : 'side:right');
  if (c.masked.includes('?')) out.push('has:question');
  if (/\d/.test(c.masked)) out.push('has:digit');
  return [...new Set(out)];
}
