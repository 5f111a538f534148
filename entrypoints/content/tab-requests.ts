// Answers the popup about the active tab: which headlines are flagged, and
// scrolls to one and opens its details on request.
import { browser } from 'wxt/browser';
import type { TabRequest, TabResponses } from '@/lib/messages';
import type { Scanner } from './scanner';

function isTabRequest(message: unknown): message is TabRequest {
  if (!message || typeof message !== 'object') return false;
  const type = (message as { type?: unknown }).type;
  return type === 'list-hits' || type === 'reveal';
}

async function handle(request: TabRequest, scanner: Scanner): Promise<TabResponses[TabRequest['type']]> {
  if (request.type === 'list-hits') return { hits: scanner.hits(), host: location.hostname };
  const index = Number(request.index);
  return { ok: Number.isInteger(index) && scanner.reveal(index) };
}

export function listenForTabRequests(scanner: Scanner): () => void {
  const listener = (message: unknown, _sender: unknown, sendResponse: (response: unknown) => void) => {
    if (!isTabRequest(message)) return false;
    handle(message, scanner).then(sendResponse, () => sendResponse(undefined));
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
