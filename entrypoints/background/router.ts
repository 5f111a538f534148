// Routes typed requests from content scripts to their handlers.
import { browser } from 'wxt/browser';
import { detect } from '@/lib/detector';
import type { BackgroundRequest, BackgroundResponses, BadgeInfo } from '@/lib/messages';

async function handle(request: BackgroundRequest): Promise<BackgroundResponses[BackgroundRequest['type']]> {
  switch (request.type) {
    case 'scan': {
      const results = request.items.map((item): BadgeInfo | null => {
        const detection = detect(item.text);
        if (detection.kind === 'none' || !detection.canonical) return null;
        return {
          detection,
          history: { canonical: detection.canonical, count: 0, first: null, last: null, since: 2011 },
        };
      });
      return { results };
    }
    case 'dismiss':
      return { ok: true };
    case 'page-count':
      return { ok: true };
  }
}

export function listenForRequests(): void {
  browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
    if (!message || typeof message !== 'object' || !('type' in message)) return false;
    // A listener that returns a Promise is ignored by the fake browser; this form works everywhere.
    handle(message as BackgroundRequest).then(sendResponse, () => sendResponse(undefined));
    return true;
  });
}
