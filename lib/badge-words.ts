// The words on and behind a badge, from a detection and its subject's history.
// Built in the background with the extension's i18n messages and sent with the
// scan's answer: the page never loads the message catalogue.
import type { DeathKind, Detection } from './detector/types.ts';
import { t } from './i18n.ts';
import type { SubjectHistory } from './messages.ts';

export interface BadgeWords {
  kind: DeathKind;
  /** The word on a full badge: "dead" ("☠ dead ×6"). */
  word: string;
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

export function badgeWords(detection: Detection, history: SubjectHistory): BadgeWords | null {
  if (detection.kind === 'none') return null;
  const kind = detection.kind;
  const subject = detection.canonical ?? detection.subject ?? '?';
  return {
    kind,
    word: t(`badge_mark_${kind}`),
    label: t('badge_label', [t(`badge_kind_${kind}`), subject, historyPhrase(history)]),
    summary: t(`badge_summary_${kind}`, [detection.subject ?? subject]),
    history: historyLine(history),
    dismiss: t('badge_dismiss'),
  };
}
