// Routes typed requests from the extension's pages and content scripts to one
// handler per request type (each in its own file).
import { browser } from 'wxt/browser';
import type { BackgroundRequest, BackgroundResponses } from '@/lib/messages';
import { handlePageCount } from './action-badge';
import { handleDismiss, handleUndismiss } from './corrections';
import { handleClear, handleExport, handleImport } from './data';
import { handleRecord, handleScan } from './scan';

type Handlers = {
  [T in BackgroundRequest['type']]: (
    request: Extract<BackgroundRequest, { type: T }>,
    tabId: number | undefined,
    /** The sender's URL as the browser reports it (a page cannot forge it). */
    senderUrl: string | undefined,
  ) => Promise<BackgroundResponses[T]>;
};

const handlers: Handlers = {
  scan: handleScan,
  record: handleRecord,
  dismiss: handleDismiss,
  undismiss: handleUndismiss,
  'page-count': handlePageCount,
  import: handleImport,
  clear: handleClear,
  export: handleExport,
};

function handle(
  request: BackgroundRequest,
  tabId: number | undefined,
  url: string | undefined,
): Promise<unknown> {
  const handler = handlers[request.type] as (
    r: BackgroundRequest,
    t: number | undefined,
    u: string | undefined,
  ) => Promise<unknown>;
  return handler(request, tabId, url);
}

export function listenForRequests(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    if (!message || typeof message !== 'object' || !('type' in message)) return false;
    if (!((message as { type: string }).type in handlers)) return false;
    // A listener that returns a Promise is ignored by the fake browser; this form works everywhere.
    handle(message as BackgroundRequest, sender.tab?.id, sender.url).then(sendResponse, (error: unknown) => {
      console.error('[not-dead-yet]', error);
      sendResponse(undefined);
    });
    return true;
  });
}
