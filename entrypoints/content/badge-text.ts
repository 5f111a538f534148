// The words on and behind a badge, from a detection and its subject's history.
import type { DeathKind } from '@/lib/detector/types';
import type { BadgeInfo, SubjectHistory } from '@/lib/messages';
import type { Settings } from '@/lib/storage/schema';
import { t } from './i18n';

export interface BadgeText {
  kind: DeathKind;
  /** What the badge shows: "☠ dead ×6" (full) or "☠" (compact). */
  mark: string;
  /** Accessible name: "Death claim: community management, declared dead 6 times since 2011". */
  label: string;
  /** Details: what is said, then the subject's history. */
  summary: string;
  history: string;
  dismiss: string;
}

const ICON: Record<DeathKind, string> = { claim: '☠', question: '☠?', rebuttal: '♥' };

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

export function badgeText(info: BadgeInfo, style: Settings['badgeStyle']): BadgeText | null {
  const { detection, history } = info;
  if (detection.kind === 'none') return null;
  const kind = detection.kind;
  const subject = detection.canonical ?? detection.subject ?? '?';
  const word = t(`badge_mark_${kind}`);
  const count = history.count > 0 ? ` ×${history.count}` : '';
  return {
    kind,
    mark: style === 'compact' ? ICON[kind] : `${ICON[kind]} ${word}${count}`,
    label: t('badge_label', [t(`badge_kind_${kind}`), subject, historyPhrase(history)]),
    // The details' words are looked up when the details are first opened: most never are.
    get summary() {
      return t(`badge_summary_${kind}`, [detection.subject ?? subject]);
    },
    get history() {
      return historyLine(history);
    },
    get dismiss() {
      return t('badge_dismiss');
    },
  };
}
