// The user's settings and dismissals as the content script sees them. Read
// only once the page shows a candidate headline, and kept current without a
// reload: settings through storage.sync's own change event, dismissals through
// the background's 'dismissed-changed' message. Never storage.local's change
// event: it carries every write of the sightings record (old and new values,
// up to 5,000 entries) into every listening tab. Nor @wxt-dev/storage items:
// defining them reads each one from storage at once.
import { browser } from 'wxt/browser';
import { isSiteEnabled } from '@/lib/sites';
import { DISMISSED_KEY, SETTINGS_KEY } from '@/lib/storage/keys';
import { DEFAULT_SETTINGS, type Settings, sanitizeSettings } from '@/lib/storage/schema';
import { normalizeHeadline } from '@/lib/tally/normalize';
import { guard } from './guard';
import type { ViewState } from './visibility';

export interface ViewChange {
  view: ViewState;
  /** The site/extension switch flipped. */
  toggled: boolean;
  /** The badge style changed: badges must be rebuilt. */
  restyled: boolean;
}

export function dismissedSet(value: unknown): Set<string> {
  return new Set(
    Array.isArray(value) ? value.filter((t) => typeof t === 'string').map(normalizeHeadline) : [],
  );
}

function viewOf(settings: Settings, dismissed: ReadonlySet<string>): ViewState {
  return { enabled: isSiteEnabled(settings, location.hostname), settings, dismissed };
}

export async function loadView(): Promise<ViewState> {
  const [settings, dismissed] = await Promise.all([
    browser.storage.sync
      .get(SETTINGS_KEY)
      .then((got) => sanitizeSettings(got[SETTINGS_KEY]))
      .catch(() => DEFAULT_SETTINGS),
    browser.storage.local
      .get(DISMISSED_KEY)
      .then((got) => got[DISMISSED_KEY])
      .catch(() => []),
  ]);
  return viewOf(settings, dismissedSet(dismissed));
}

type SyncChanges = Record<string, { newValue?: unknown } | undefined>;

/** Calls `onChange` with the new view whenever the settings change; returns the unwatch. */
export function watchSettings(current: () => ViewState, onChange: (change: ViewChange) => void): () => void {
  const listener = guard((changes: SyncChanges) => {
    const change = changes[SETTINGS_KEY];
    if (!change) return;
    const before = current();
    const view = viewOf(sanitizeSettings(change.newValue), before.dismissed);
    onChange({
      view,
      toggled: view.enabled !== before.enabled,
      restyled: view.settings.badgeStyle !== before.settings.badgeStyle,
    });
  });
  // The area's own event (not storage.onChanged): no local writes reach this tab.
  const area = browser.storage.sync.onChanged;
  area.addListener(listener);
  return () => area.removeListener(listener);
}
