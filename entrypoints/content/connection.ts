// The page's line to the background, on the typed requests of lib/send.ts:
// `scan` and `record` are awaited (the badges come from the one, the page
// retries the other until the background confirms it); everything else is
// told and forgotten (a lost count must never break the page).
import type { BackgroundRequest, BackgroundResponses } from '@/lib/messages';
import { sendToBackground } from '@/lib/send';
import { swallow } from './guard';

export interface Connection {
  /**
   * What to badge among `texts`; undefined when the background did not answer. With `models`,
   * the background loads the NLP models it needs; without, it answers those texts `later`.
   */
  scan(texts: string[], models: boolean): Promise<BackgroundResponses['scan'] | undefined>;
  /** True once the background confirmed it recorded the claims; false when it did not answer. */
  record(request: Extract<BackgroundRequest, { type: 'record' }>): Promise<boolean>;
  tell(request: Exclude<BackgroundRequest, { type: 'scan' | 'record' }>): void;
}

export function backgroundConnection(host: string): Connection {
  return {
    // A stopped worker closes the port: the promise rejects, which is no answer, not "no claims".
    scan: (texts, models) => sendToBackground({ type: 'scan', texts, host, models }).catch(() => undefined),
    record: (request) =>
      sendToBackground(request).then(
        (answer) => answer?.ok === true,
        () => false,
      ),
    tell: (request) => {
      sendToBackground(request).catch(swallow);
    },
  };
}
