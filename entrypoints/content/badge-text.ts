// What a badge shows, from the words the background sent and the badge style.
import type { DeathKind } from '@/lib/detector/types';
import type { BadgeInfo, BadgeStyle } from '@/lib/messages';

export interface BadgeText {
  kind: DeathKind;
  /** "☠ dead ×6" (full) or "☠" (compact). */
  mark: string;
  label: string;
  summary: string;
  history: string;
  dismiss: string;
}

const ICON: Record<DeathKind, string> = { claim: '☠', question: '☠?', rebuttal: '♥' };

export function badgeText(info: BadgeInfo, style: BadgeStyle): BadgeText {
  const { words, history } = info;
  const count = history.count > 0 ? ` ×${history.count}` : '';
  const icon = ICON[words.kind];
  return {
    kind: words.kind,
    mark: style === 'compact' ? icon : `${icon} ${words.word}${count}`,
    label: words.label,
    summary: words.summary,
    history: words.history,
    dismiss: words.dismiss,
  };
}
