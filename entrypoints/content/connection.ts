// The page's line to the background, on the typed requests of lib/send.ts:
// `scan` is awaited (the badges come from its answer); everything else is
// told and forgotten (a lost count or record must never break the page).
import type { BackgroundRequest, BackgroundResponses } from '@/lib/messages';
import { sendToBackground } from '@/lib/send';
import { swallow } from './guard';

export interface Connection {
  /**
   * What to badge among `texts`; undefined when the background did not answer. With `models`,
   * the background loads the NLP models it needs; without, it answers those texts `later`.
   */
  scan(texts: string[], models: boolean): Promise<BackgroundResponses['scan'] | undefined>;
  tell(request: Exclude<BackgroundRequest, { type: 'scan' }>): void;
}

export function backgroundConnection(host: string): Connection {
  return {
    scan: (texts, models) => sendToBackground({ type: 'scan', texts, host, models }),
    tell: (request) => {
      sendToBackground(request).catch(swallow);
    },
  };
}
