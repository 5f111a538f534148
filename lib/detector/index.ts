// PLACEHOLDER: the foundation's first vertical slice. A regex that badges only
// "X is dead" / "X est mort". The real compromise-based detector replaces it.
import type { Detection, DetectOptions, Lang } from './types.ts';

export * from './types.ts';

const PATTERNS: { lang: Lang; re: RegExp }[] = [
  { lang: 'en', re: /^(?:the\s+)?(.+?)\s+is\s+dead\b/i },
  { lang: 'fr', re: /^(?:le\s+|la\s+|l')?(.+?)\s+est\s+mort(?:e)?\b/i },
];

export function detect(text: string, options: DetectOptions = {}): Detection {
  const input = typeof text === 'string' ? text.trim() : '';
  for (const { lang, re } of PATTERNS) {
    const m = re.exec(input);
    if (!m || !m[1]) continue;
    const subject = m[1];
    const cueStart = m.index + m[0].length - (lang === 'en' ? 'is dead' : 'est mort').length;
    return {
      text: input,
      kind: 'claim',
      subject,
      canonical: subject.toLowerCase(),
      lang: options.lang ?? lang,
      cue: lang === 'en' ? 'is dead' : 'est mort',
      span: { start: cueStart, end: m.index + m[0].length },
      agent: null,
      renewal: null,
    };
  }
  return {
    text: input,
    kind: 'none',
    subject: null,
    canonical: null,
    lang: options.lang ?? 'en',
    cue: null,
    span: null,
    agent: null,
    renewal: null,
  };
}
