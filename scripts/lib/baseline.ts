// The naive regex detector the README compares against: death words anywhere,
// "?" makes a question, a negation a rebuttal, the words before the cue the subject.
import type { Detection, Lang } from '../../lib/detector/types.ts';

const CUE =
  /\b(?:is|are|was|est|sont)\s+(?:not\s+|pas\s+)?(?:dead|dying|over|morte?s?|fini)\b|\b(?:kills?|killed|killing|tue|tuent|dies|died|meurt|RIP)\b|\b(?:death|end|mort|fin)\s+(?:of|de|du|des)\b/iu;

export function naiveDetect(text: string, lang: Lang): Detection {
  const m = CUE.exec(text);
  const kind = !m
    ? 'none'
    : /\?/.test(text)
      ? 'question'
      : /\b(?:not|pas)\b/i.test(m[0])
        ? 'rebuttal'
        : 'claim';
  const subject = m ? text.slice(0, m.index).trim() || text.slice(m.index + m[0].length).trim() : null;
  return {
    text,
    kind,
    subject,
    canonical: subject?.toLowerCase() ?? null,
    lang,
    cue: m?.[0] ?? null,
    span: m ? { start: m.index, end: m.index + m[0].length } : null,
    agent: null,
    renewal: null,
  };
}
