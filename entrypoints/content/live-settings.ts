// The user's settings and dismissals as the content script sees them, kept
// current through storage watches so changes apply without a reload.
import { isSiteEnabled } from '@/lib/sites';
import { dismissedItem, getSettings, settingsItem } from '@/lib/storage/items';
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

function toSet(value: unknown): Set<string> {
  return new Set(
    Array.isArray(value) ? value.filter((t) => typeof t === 'string').map(normalizeHeadline) : [],
  );
}

function viewOf(settings: Settings, dismissed: ReadonlySet<string>): ViewState {
  return { enabled: isSiteEnabled(settings, location.hostname), settings, dismissed };
}

export async function loadView(): Promise<ViewState> {
  const [settings, dismissed] = await Promise.all([
    getSettings().catch(() => DEFAULT_SETTINGS),
    dismissedItem.getValue().catch(() => []),
  ]);
  return viewOf(settings, toSet(dismissed));
}

/** Calls `onChange` with the new view whenever settings or dismissals change; returns the unwatch. */
export function watchView(current: () => ViewState, onChange: (change: ViewChange) => void): () => void {
  const unwatchSettings = settingsItem.watch(
    guard((value: unknown) => {
      const before = current();
      const view = viewOf(sanitizeSettings(value), before.dismissed);
      onChange({
        view,
        toggled: view.enabled !== before.enabled,
        restyled: view.settings.badgeStyle !== before.settings.badgeStyle,
      });
    }),
  );
  const unwatchDismissed = dismissedItem.watch(
    guard((value: unknown) => {
      const before = current();
      onChange({ view: { ...before, dismissed: toSet(value) }, toggled: false, restyled: false });
    }),
  );
  return () => {
    unwatchSettings();
    unwatchDismissed();
  };
}
