// The flagged headlines of the target tab, from its content script.
import { useLayoutEffect, useState } from 'preact/hooks';
import type { PageHit } from '@/lib/messages';
import { sendToTab } from '@/lib/send';
import { targetTabId } from './target-tab';

export type PageState =
  | { status: 'loading' }
  /** No content script answers there (browser pages, the store, a tab still loading). */
  | { status: 'unavailable' }
  | { status: 'ready'; tabId: number; host: string; hits: PageHit[] };

export function usePageHits(): PageState {
  const [state, setState] = useState<PageState>({ status: 'loading' });
  // A layout effect starts the reads right after the first render; a plain
  // effect would wait for the next paint, a frame later.
  useLayoutEffect(() => {
    (async () => {
      const tabId = await targetTabId();
      performance.mark('ndy-tab');
      if (tabId === null) return setState({ status: 'unavailable' });
      try {
        const { hits, host } = await sendToTab(tabId, { type: 'list-hits' });
        performance.mark('ndy-hits');
        setState({ status: 'ready', tabId, host, hits });
      } catch {
        setState({ status: 'unavailable' });
      }
    })();
  }, []);
  return state;
}
