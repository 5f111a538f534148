// The words on and behind a badge, from a detection and its subject's history.
// Built in the background with the extension's i18n messages and sent with the
// scan's answer: the page never loads the message catalogue, and gets only
// what it draws (and what the popup lists).
import type { DeathKind, Detection } from './detector/types.ts';
import { t } from './i18n.ts';
import type { SubjectHistory } from './messages.ts';
import type { Settings } from './storage/schema.ts';

export interface BadgeWords {
  kind: DeathKind;
  /** The subject's canonical name, for the popup's list; null when the alias table has none. */
  canonical: string | null;
  /** On the badge: "☠ dead ×6" (full style) or "☠" (compact). */
  mark: string;
  /** Accessible name: "Death claim: community management, declared dead 6 times since 2011". */
  label: string;
  /** Details: what is said, then the subject's history. */
  summary: string;
  history: string;
  dismiss: string;
}

function historyPhrase(history: SubjectHistory): string {
  const since = String(history.since);
  if (history.count <= 0) return t('badge_times_none', [since]);
  if (history.count === 1) return t('badge_times_one', [since]);
  return t('badge_times_many', [String(history.count), since]);
}

function historyLine(history: SubjectHistory): string {
  const phrase = historyPhrase(history);
  // One year only: the phrase already names it.
  if (history.first === null || history.last === null || history.first === history.last) return phrase;
  return t('badge_history_range', [phrase, String(history.first), String(history.last)]);
}

const ICON: Record<DeathKind, string> = { claim: '☠', question: '☠?', rebuttal: '♥' };

function markOf(kind: DeathKind, history: SubjectHistory, style: Settings['badgeStyle']): string {
  if (style === 'compact') return ICON[kind];
  const count = history.count > 0 ? ` ×${history.count}` : '';
  return `${ICON[kind]} ${t(`badge_mark_${kind}`)}${count}`;
}

export function badgeWords(
  detection: Detection,
  history: SubjectHistory,
  style: Settings['badgeStyle'] = 'full',
): BadgeWords | null {
  if (detection.kind === 'none') return null;
  const kind = detection.kind;
  const subject = detection.canonical ?? detection.subject ?? '?';
  return {
    kind,
    canonical: detection.canonical,
    mark: markOf(kind, history, style),
    label: t('badge_label', [t(`badge_kind_${kind}`), subject, historyPhrase(history)]),
    summary: t(`badge_summary_${kind}`, [detection.subject ?? subject]),
    history: historyLine(history),
    dismiss: t('badge_dismiss'),
  };
}
