// Whether a detection gets a badge under the user's settings: decided in the
// background, which answers each scan with the results a page may show.
import type { Detection } from './detector/types.ts';
import type { Settings } from './storage/schema.ts';
import { normalizeHeadline } from './tally/normalize.ts';

export interface ViewState {
  /** The site switch and the global switch, already combined (isSiteEnabled). */
  enabled: boolean;
  settings: Pick<Settings, 'langs' | 'mutedSubjects' | 'badgeStyle'>;
  /** Normalised headline texts marked "not a death claim". */
  dismissed: ReadonlySet<string>;
}

/** The stored dismissed texts as a set of normalised texts; anything else is ignored. */
export function dismissedSet(value: unknown): Set<string> {
  return new Set(
    Array.isArray(value) ? value.filter((t) => typeof t === 'string').map(normalizeHeadline) : [],
  );
}

export function shouldBadge(text: string, detection: Detection | null, view: ViewState): boolean {
  if (!view.enabled || !detection || detection.kind === 'none') return false;
  if (!view.settings.langs.includes(detection.lang)) return false;
  if (detection.canonical && view.settings.mutedSubjects.includes(detection.canonical)) return false;
  // Most people never dismiss anything: skip the (unicode-regex) normalisation then.
  return view.dismissed.size === 0 || !view.dismissed.has(normalizeHeadline(text));
}
