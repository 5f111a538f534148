// Which tab the popup is about: the active tab of the current window.
import { browser } from 'wxt/browser';

/**
 * Testing/debug hook: `popup.html?tab=<id>` targets that tab instead, because a
 * popup opened as a tab (as the e2e tests do) is itself the active tab.
 */
export async function targetTabId(search = location.search): Promise<number | null> {
  const param = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(param) && param > 0) return param;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}
