// "Not a death claim": the normalised headline text is remembered locally so
// it is never badged or counted again; 'undismiss' (from options) forgets it.
import { browser } from 'wxt/browser';
import type { BackgroundRequest, BackgroundResponses, TabRequest } from '@/lib/messages';
import { dismissedItem } from '@/lib/storage/items';
import { DISMISSED_KEY } from '@/lib/storage/keys';
import { normalizeHeadline } from '@/lib/tally/normalize';
import { fitDismissed } from '@/lib/tally/record';
import { readDismissed } from './recorder';
import { serialisedCorrections as serialised } from './write-queue';

/**
 * Badge corrections accepted per window. A reader dismisses a headline now and
 * then; a page that got past the badge's real-gesture check must not hide
 * hundreds of texts everywhere.
 */
export const DISMISS_LIMIT = 10;
export const DISMISS_WINDOW_MS = 60_000;
let accepted: number[] = [];

function allowDismiss(now: number): boolean {
  accepted = accepted.filter((t) => now - t < DISMISS_WINDOW_MS);
  if (accepted.length >= DISMISS_LIMIT) return false;
  accepted.push(now);
  return true;
}

export function handleDismiss(
  request: Extract<BackgroundRequest, { type: 'dismiss' }>,
): Promise<BackgroundResponses['dismiss']> {
  const key = normalizeHeadline(String(request.text ?? ''));
  return serialised(async () => {
    if (!key) return { ok: true as const };
    const list = await readDismissed();
    if (list.includes(key) || !allowDismiss(Date.now())) return { ok: true as const };
    await dismissedItem.setValue(fitDismissed([...list, key]));
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

/** Changes told to the tabs at most this often: a burst of corrections is one message per tab. */
export const BROADCAST_DELAY_MS = 250;
/** More changed texts than this (an import, a clear): the tabs recheck everything. */
const MAX_NAMED_TEXTS = 200;

let pending: Set<string> | 'all' | null = null;

/** Tells every tab's content script which dismissed texts changed; tabs without one just don't answer. */
async function broadcastDismissed(): Promise<void> {
  const changed = pending;
  pending = null;
  if (!changed) return;
  const request: TabRequest =
    changed === 'all' || changed.size > MAX_NAMED_TEXTS
      ? { type: 'dismissed-changed' }
      : { type: 'dismissed-changed', texts: [...changed] };
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined ? undefined : browser.tabs.sendMessage(tab.id, request).catch(() => undefined),
    ),
  );
}

/** The texts in one list and not the other: what a change dismissed or brought back. */
function changedTexts(before: unknown, after: unknown): Set<string> | 'all' {
  if (!Array.isArray(before) || !Array.isArray(after)) return 'all';
  const a = new Set(before);
  const b = new Set(after);
  return new Set([...a, ...b].filter((t): t is string => typeof t === 'string' && a.has(t) !== b.has(t)));
}

/**
 * Content scripts do not watch storage.local (every write of the sightings
 * record would be copied into every tab): the background tells them when the
 * dismissed texts change, whoever wrote them (dismiss, undo, import, clear),
 * naming the texts so a tab rechecks only its headlines with those texts.
 */
export function watchDismissals(): void {
  browser.storage.local.onChanged.addListener(
    (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>) => {
      const change = changes[DISMISSED_KEY];
      if (!change) return;
      const texts = changedTexts(change.oldValue ?? [], change.newValue ?? []);
      if (texts !== 'all' && texts.size === 0) return;
      const first = pending === null;
      if (texts === 'all' || pending === 'all') pending = 'all';
      else pending = new Set([...(pending ?? []), ...texts]);
      if (first) setTimeout(() => broadcastDismissed().catch(() => undefined), BROADCAST_DELAY_MS);
    },
  );
}

/** For tests: forget the accepted corrections and any pending broadcast. */
export function resetCorrections(): void {
  accepted = [];
  pending = null;
}
