/** What a headline says about something's death. */
export type Kind = 'claim' | 'question' | 'rebuttal' | 'none';
export type DeathKind = Exclude<Kind, 'none'>;
export type Lang = 'en' | 'fr';

export const DEATH_KINDS: readonly DeathKind[] = ['claim', 'question', 'rebuttal'];
export const LANGS: readonly Lang[] = ['en', 'fr'];

export interface Span {
  /** UTF-16 offsets into the input text, end exclusive. */
  start: number;
  end: number;
}

export interface Detection {
  text: string;
  kind: Kind;
  /** What is declared dead, as the headline names it ("community managers", "le SEO"). */
  subject: string | null;
  /** Canonical form from the alias table ("community management", "seo"). */
  canonical: string | null;
  lang: Lang;
  /** The cue that fired ("is dead", "est-il mort", "not dead"). */
  cue: string | null;
  /** The matched span of the cue in `text`. */
  span: Span | null;
  /** A named killer ("AI", "chatbots", "trop de partages"). */
  agent: string | null;
  /** "X is dead, long live Y": Y (or X itself); null when not a renewal. */
  renewal: string | null;
}

export interface DetectOptions {
  /** Force the language instead of detecting it. */
  lang?: Lang;
  /** Languages to detect; a headline in another language gives `none`. */
  langs?: readonly Lang[];
}
