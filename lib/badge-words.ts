// The words on and behind a badge, from a detection and its subject's history.
// Built in the background with the extension's i18n messages and sent with the
// scan's answer: the page never loads the message catalogue, and gets only
// what it draws (and what the popup lists).
import { argumentLabel } from './arguments/argument.ts';
import type { DeathKind, Detection } from './detector/types.ts';
import { t, uiLang } from './i18n.ts';
import type { SubjectHistory } from './messages.ts';
import type { Settings } from './storage/schema.ts';
import type { ArgumentUse } from './tally/arguments.ts';

export interface BadgeWords {
  kind: DeathKind;
  /** The subject's canonical name, for the popup's list; null when the alias table has none. */
  canonical: string | null;
  /** On the badge: "☠ dead ×6" (full style) or "☠" (compact). */
  mark: string;
  /** Accessible name: "Death claim: community management, declared dead 6 times since 2011". */
  label: string;
  /** Details: what is said, then the subject's history and its most used argument. */
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

const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/** "2013, 2016 and 2023" in the UI language (no Intl.ListFormat: its set-up slowed the popup). */
export function yearList(years: readonly number[]): string {
  const all = years.map(String);
  const last = all.pop();
  if (last === undefined) return '';
  return all.length ? t('list_and', [all.join(', '), last]) : last;
}

/** A rebuttal answers the obituaries; the others add to them. */
function countPhrase(history: SubjectHistory, kind: DeathKind): string {
  if (kind !== 'rebuttal') return historyPhrase(history);
  const since = String(history.since);
  if (history.count <= 0) return t('badge_answers_none', [since]);
  if (history.count === 1) return t('badge_answers_one', [since]);
  return t('badge_answers_many', [String(history.count), since]);
}

/** "Declared dead 14 times since 2011 — first in 2011, last in 2024." */
function historyLine(history: SubjectHistory, kind: DeathKind): string {
  const phrase = capitalised(countPhrase(history, kind));
  // One year only: the phrase already names it.
  if (history.first === null || history.last === null || history.first === history.last) return `${phrase}.`;
  return t('badge_history_range', [phrase, String(history.first), String(history.last)]);
}

const ICON: Record<DeathKind, string> = { claim: '☠', question: '☠?', rebuttal: '♥' };

function markOf(kind: DeathKind, history: SubjectHistory, style: Settings['badgeStyle']): string {
  if (style === 'compact') return ICON[kind];
  const count = history.count > 0 ? ` ×${history.count}` : '';
  return `${ICON[kind]} ${t(`badge_mark_${kind}`)}${count}`;
}

/** "The same argument, AI, was used in 2013, 2016 and 2023." for the most used argument. */
export function argumentLine(uses: readonly ArgumentUse[]): string | null {
  const top = uses[0];
  if (!top) return null;
  const label = argumentLabel(top.id, uiLang());
  return top.count > 1
    ? t('badge_argument_same', [label, yearList(top.years)])
    : t('badge_argument_once', [label, yearList(top.years)]);
}

/** The history and its most used argument, as the badge's details and the popup say it. */
export function historyWords(history: SubjectHistory, kind: DeathKind, uses: readonly ArgumentUse[]): string {
  return [historyLine(history, kind), argumentLine(uses)].filter(Boolean).join(' ');
}

export function badgeWords(
  detection: Detection,
  history: SubjectHistory,
  style: Settings['badgeStyle'] = 'full',
  uses: readonly ArgumentUse[] = [],
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
    history: historyWords(history, kind, uses),
    dismiss: t('badge_dismiss'),
  };
}
