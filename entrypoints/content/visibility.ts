// Whether a detection gets a badge under the user's current settings.

import type { BadgeInfo } from '@/lib/messages';
import type { Settings } from '@/lib/storage/schema';
import { normalizeHeadline } from '@/lib/tally/normalize';

export interface ViewState {
  /** The site switch and the global switch, already combined (isSiteEnabled). */
  enabled: boolean;
  settings: Pick<Settings, 'langs' | 'mutedSubjects' | 'badgeStyle'>;
  /** Normalised headline texts marked "not a death claim". */
  dismissed: ReadonlySet<string>;
}

export function shouldBadge(text: string, info: BadgeInfo | null | undefined, view: ViewState): boolean {
  if (!view.enabled || !info) return false;
  const { detection } = info;
  if (detection.kind === 'none') return false;
  if (!view.settings.langs.includes(detection.lang)) return false;
  if (detection.canonical && view.settings.mutedSubjects.includes(detection.canonical)) return false;
  // Most people never dismiss anything: skip the (unicode-regex) normalisation then.
  return view.dismissed.size === 0 || !view.dismissed.has(normalizeHeadline(text));
}
