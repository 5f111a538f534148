// Canonical subjects: fold a subject as a headline names it ("les Community
// Managers") to the key of the alias table ("community management"), or to its
// own folded form when the table does not know it.
import { ALIASES } from './data/aliases.ts';
import { FRAME_NOUNS_EN, FRAME_NOUNS_FR } from './data/words.ts';
import type { Lang } from './types.ts';

export { ALIASES };

/** Leading words that never belong to a canonical subject. */
const LEADING =
  /^(?:(?:the|a|an|this|that|these|those|its|their|our|your|his|her|le|la|les|un|une|des|du|de la|de|ce|cet|cette|ces|son|sa|ses|leur|leurs|notre|nos|votre|vos|au|aux)\s+|(?:l|d|de l|qu)'\s*)+/u;
/** Frames around the real subject: "the age of X", "le métier de X" (FRAME_NOUNS_* in data/words.ts). */
const FRAMES = new RegExp(
  `^(?:(?:the\\s+)?(?:${FRAME_NOUNS_EN.join('|')})\\s+(?:of|for)\\s+|(?:(?:le|la)\\s+|l'\\s*)?(?:${FRAME_NOUNS_FR.join('|')})\\s+(?:du|des|de la|de l'|de|d')\\s*)`,
  'u',
);
/** Words whose final s is not a plural mark. */
const KEEP_S = new Set([
  'news',
  'bus',
  'series',
  'species',
  'analytics',
  'ios',
  'macos',
  'windows',
  'always',
  'less',
  'sas',
  'gps',
  'dos',
  'cms',
  'aws',
  'kubernetes',
  'css',
  'rss',
  'sms',
  'mms',
  'gms',
  'mas',
  'plus',
  'campus',
  'virus',
  'status',
  'chaos',
  'atlas',
  'canvas',
  'jeans',
  'mars',
  'paris',
  'business',
  'process',
  'access',
  'express',
  'press',
  'glass',
  'class',
  'mass',
  'pass',
  'jenkins',
  'métavers',
  'univers',
  'temps',
  'corps',
  'fois',
  'mois',
  'pays',
  'prix',
  'choix',
  'voix',
  'noix',
  'taux',
  'faux',
  'gaz',
  'bras',
  'dos',
  'cours',
  'discours',
  'concours',
  'secours',
  'parcours',
  'recours',
  'ads',
  'physics',
  'economics',
  'politics',
  'ethics',
  'maths',
  'graphics',
  'electronics',
  'sales',
  'tennis',
  'chess',
  'wordpress',
  'nexus',
  'linux',
  'unix',
  'redux',
]);

export function fold(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u2018\u2019`´]/g, "'")
    .replace(/["«»“”()[\]]/g, ' ')
    .replace(/[.,;:!?]+$/u, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function stripAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '');
}

function singular(word: string, lang?: Lang): string {
  if (word.length <= 3 || KEEP_S.has(word)) return word;
  if (/[^aeiou]ies$/.test(word)) return `${word.slice(0, -3)}y`;
  // -is is a Greek or Latin singular ("analysis", "tennis", "iris", "whois"), but the plural of an -i word ("wikis", "APIs", "emojis")
  if (/(?:ss|us|[stnrlxmvdcoh]is)$/.test(word)) return word;
  // English plurals end in s; x and -aux are French plurals only
  if (lang === 'en') return word.endsWith('s') ? word.slice(0, -1) : word;
  if (/(?:eaux|aux)$/.test(word) && word.length > 5)
    return word.endsWith('eaux') ? word.slice(0, -1) : `${word.slice(0, -3)}al`;
  if (/[sx]$/.test(word)) return word.slice(0, -1);
  return word;
}

/** The folded form used both for alias keys and for unknown subjects. */
export function subjectKey(subject: string, lang?: Lang): string {
  let s = fold(subject);
  for (let i = 0; i < 3; i++) {
    const before = s;
    s = s.replace(LEADING, '').replace(FRAMES, '').trim();
    if (s === before) break;
  }
  // English marks the plural on the head (last word); French on every word of the phrase.
  const words = s.split(' ');
  if (lang === 'en') words[words.length - 1] = singular(words[words.length - 1] ?? '', lang);
  else for (let i = 0; i < words.length; i++) words[i] = singular(words[i] ?? '', lang);
  return words.join(' ').trim();
}

let index: Map<string, string> | null = null;

function aliasIndex(): Map<string, string> {
  if (index) return index;
  index = new Map();
  for (const [canonical, aliases] of Object.entries(ALIASES)) {
    for (const name of [canonical, ...aliases]) {
      index.set(stripAccents(subjectKey(name)), canonical);
      index.set(stripAccents(subjectKey(name, 'en')), canonical);
    }
  }
  return index;
}

/** The alias-table entry for a subject, or null when the table does not know it. */
export function knownCanonical(subject: string, lang?: Lang): string | null {
  return (
    aliasIndex().get(stripAccents(subjectKey(subject, lang))) ??
    aliasIndex().get(stripAccents(subjectKey(subject))) ??
    null
  );
}

/** The canonical subject for a subject as a headline names it. */
export function canonicalize(subject: string, lang?: Lang): string {
  return knownCanonical(subject, lang) ?? subjectKey(subject, lang);
}

/** The names a canonical subject goes by (empty when the table does not know it). */
export function aliasesOf(canonical: string): string[] {
  const entry = ALIASES[fold(canonical)];
  return entry ? [...entry] : [];
}
