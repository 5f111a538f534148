// "Not a death claim": the normalised headline text is remembered locally so
// it is never badged or counted again; 'undismiss' (from options) forgets it.
import { browser } from 'wxt/browser';
import type { BackgroundRequest, BackgroundResponses, TabRequest } from '@/lib/messages';
import { dismissedItem } from '@/lib/storage/items';
import { DISMISSED_KEY } from '@/lib/storage/keys';
import { normalizeHeadline } from '@/lib/tally/normalize';
import { serialised } from './write-queue';

async function readDismissed(): Promise<string[]> {
  const value = await dismissedItem.getValue();
  return Array.isArray(value) ? value.filter((t): t is string => typeof t === 'string') : [];
}

export function handleDismiss(
  request: Extract<BackgroundRequest, { type: 'dismiss' }>,
): Promise<BackgroundResponses['dismiss']> {
  const key = normalizeHeadline(String(request.text ?? ''));
  return serialised(async () => {
    if (!key) return { ok: true as const };
    const list = await readDismissed();
    if (!list.includes(key)) await dismissedItem.setValue([...list, key]);
    return { ok: true as const };
  });
}

export function handleUndismiss(
  request: Extract<BackgroundRequest, { type: 'undismiss' }>,
): Promise<BackgroundResponses['undismiss']> {
  const key = normalizeHeadline(String(request.text ?? ''));
  return serialised(async () => {
    const list = await readDismissed();
    const next = list.filter((t) => t !== key);
    if (next.length !== list.length) await dismissedItem.setValue(next);
    return { ok: true as const, removed: list.length - next.length };
  });
}

/** Tells every tab's content script the new dismissed texts; tabs without one just don't answer. */
async function broadcastDismissed(): Promise<void> {
  const tabs = await browser.tabs.query({});
  const request: TabRequest = { type: 'dismissed-changed' };
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined ? undefined : browser.tabs.sendMessage(tab.id, request).catch(() => undefined),
    ),
  );
}

/**
 * Content scripts do not watch storage.local (every write of the sightings
 * record would be copied into every tab): the background tells them when the
 * dismissed texts change, whoever wrote them (dismiss, undo, import, clear).
 */
export function watchDismissals(): void {
  browser.storage.local.onChanged.addListener((changes: Record<string, { newValue?: unknown }>) => {
    const change = changes[DISMISSED_KEY];
    if (!change) return;
    // The tabs ask again for what to badge: the answer leaves the dismissed texts out.
    broadcastDismissed().catch(() => undefined);
  });
}
