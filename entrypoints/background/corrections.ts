// "Not a death claim": the normalised headline text is remembered locally so
// it is never badged or counted again; 'undismiss' (from options) forgets it.
import type { BackgroundRequest, BackgroundResponses } from '@/lib/messages';
import { dismissedItem } from '@/lib/storage/items';
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
