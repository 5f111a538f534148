// The page's line to the background, on the typed requests of lib/send.ts:
// `scan` is awaited (the badges come from its answer); everything else is
// told and forgotten (a lost count or record must never break the page).
import type { BackgroundRequest, BackgroundResponses } from '@/lib/messages';
import { sendToBackground } from '@/lib/send';
import { swallow } from './guard';

export interface Connection {
  /** What to badge among `texts`; undefined when the background did not answer. */
  scan(texts: string[]): Promise<BackgroundResponses['scan'] | undefined>;
  tell(request: Exclude<BackgroundRequest, { type: 'scan' }>): void;
}

export function backgroundConnection(host: string): Connection {
  return {
    scan: (texts) => sendToBackground({ type: 'scan', texts, host }),
    tell: (request) => {
      sendToBackground(request).catch(swallow);
    },
  };
}
