// Messages to this tab: the popup asks which headlines are flagged and to
// reveal one; the background says the dismissed texts changed. Registered at
// start (the popup asks every page), but costs nothing until a message comes.
import { browser } from 'wxt/browser';
import type { TabRequest, TabResponses } from '@/lib/messages';
import type { Scanner } from './scanner';

function isTabRequest(message: unknown): message is TabRequest {
  if (!message || typeof message !== 'object') return false;
  const type = (message as { type?: unknown }).type;
  return type === 'list-hits' || type === 'reveal' || type === 'dismissed-changed';
}

export interface TabRequestDeps {
  /** Null until the page showed a candidate headline. */
  scanner(): Scanner | null;
  /** `texts`: the normalised texts that changed; undefined: any may have. */
  dismissedChanged(texts: string[] | undefined): void;
}

async function handle(request: TabRequest, deps: TabRequestDeps): Promise<TabResponses[TabRequest['type']]> {
  const scanner = deps.scanner();
  if (request.type === 'list-hits') return { hits: scanner?.hits() ?? [], host: location.hostname };
  if (request.type === 'dismissed-changed') {
    const texts = Array.isArray(request.texts) ? request.texts.map(String) : undefined;
    deps.dismissedChanged(texts);
    return { ok: true };
  }
  const index = Number(request.index);
  return { ok: Number.isInteger(index) && scanner?.reveal(index) === true };
}

export function listenForTabRequests(deps: TabRequestDeps): () => void {
  const listener = (message: unknown, _sender: unknown, sendResponse: (response: unknown) => void) => {
    if (!isTabRequest(message)) return false;
    handle(message, deps).then(sendResponse, () => sendResponse(undefined));
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
