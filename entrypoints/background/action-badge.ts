// The toolbar icon shows how many headlines are flagged in each tab.
import { browser } from 'wxt/browser';
import type { BackgroundRequest, BackgroundResponses } from '@/lib/messages';

const COLOR = '#a4161a';

export async function handlePageCount(
  request: Extract<BackgroundRequest, { type: 'page-count' }>,
  tabId: number | undefined,
): Promise<BackgroundResponses['page-count']> {
  if (tabId === undefined) return { ok: true };
  const count = Number.isFinite(request.count) ? Math.max(0, Math.floor(request.count)) : 0;
  const text = count === 0 ? '' : count > 999 ? '999+' : String(count);
  // The tab may have closed meanwhile: nothing to show then.
  await Promise.all([
    browser.action.setBadgeText({ tabId, text }),
    browser.action.setBadgeBackgroundColor({ tabId, color: COLOR }),
  ]).catch(() => undefined);
  return { ok: true };
}
