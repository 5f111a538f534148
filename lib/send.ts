// Typed request helpers for the extension's pages.
import { browser } from 'wxt/browser';
import type { BackgroundRequest, BackgroundResponses, TabRequest, TabResponses } from './messages.ts';

// Async: an API that throws at once (a content script whose extension was reloaded) rejects instead.
export async function sendToBackground<R extends BackgroundRequest>(
  request: R,
): Promise<BackgroundResponses[R['type']]> {
  return browser.runtime.sendMessage(request) as Promise<BackgroundResponses[R['type']]>;
}

export async function sendToTab<R extends TabRequest>(
  tabId: number,
  request: R,
): Promise<TabResponses[R['type']]> {
  return browser.tabs.sendMessage(tabId, request) as Promise<TabResponses[R['type']]>;
}
