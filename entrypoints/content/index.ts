// Badges death-claim headlines in the page. The page only pays for a cheap
// prefilter and the badges: the NLP runs once, in the background (scan.ts).
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { cardDate } from '@/lib/dates/card';
import { pageDate } from '@/lib/dates/page';
import type { BackgroundRequest, PageInfo } from '@/lib/messages';
import { normalizeHeadline } from '@/lib/tally/normalize';
import { adapterFor } from './adapters';
import { findHeadlines, rulesFor } from './find-headlines';
import { guard, swallow } from './guard';
import { loadView, watchView } from './live-settings';
import { watchLateContent } from './observer';
import { Scanner } from './scanner';
import { listenForTabRequests } from './tab-requests';
import type { ViewState } from './visibility';

/** A full rescan (burst of mutations, SPA navigation) at most this often. */
const RESCAN_EVERY_MS = 1000;

function send(request: BackgroundRequest): void {
  browser.runtime.sendMessage(request).catch(swallow);
}

let lastPage: PageInfo | undefined;

/** The page's URL, title and published date, read once per URL (SPA views change it). */
function pageInfo(): PageInfo {
  if (lastPage?.url === location.href) return lastPage;
  const info: PageInfo = { url: location.href, title: document.title };
  const date = pageDate(document, location.href);
  if (date) info.date = date;
  lastPage = info;
  return info;
}

async function start(ctx: ContentScriptContext): Promise<void> {
  const rules = rulesFor(adapterFor(location.hostname));
  let view: ViewState = await loadView();
  if (ctx.isInvalid) return;

  const scanner = new Scanner({
    view: () => view,
    page: () => pageInfo(),
    itemDate: (el) => cardDate(el),
    onDismiss: (text) => {
      send({ type: 'dismiss', text });
      // Applied at once; the storage watch confirms it (and tells the other tabs).
      view = { ...view, dismissed: new Set([...view.dismissed, normalizeHeadline(text)]) };
      scanner.dismissed(text);
    },
    onCount: (count) => send({ type: 'page-count', count }),
  });

  const scanAll = () => {
    // Headlines edited away from a claim (or removed) since the last look lose their badge.
    scanner.forgetChanged([document.documentElement]);
    scanner.scan(findHeadlines(document, rules)).catch(swallow);
  };
  let lastRescan = Number.NEGATIVE_INFINITY;
  let rescanTimer: number | undefined;
  const rescan = () => {
    if (rescanTimer !== undefined) return;
    const wait = Math.max(0, lastRescan + RESCAN_EVERY_MS - performance.now());
    rescanTimer = ctx.setTimeout(
      guard(() => {
        rescanTimer = undefined;
        lastRescan = performance.now();
        if (view.enabled) scanAll();
      }),
      wait,
    );
  };

  let stopObserving: (() => void) | undefined;
  const enable = () => {
    scanAll();
    stopObserving ??= watchLateContent(document.body ?? document.documentElement, {
      roots: (roots) => {
        scanner.forgetChanged(roots);
        const headlines = roots.flatMap((root) => findHeadlines(root, rules));
        if (headlines.length) scanner.scan(headlines).catch(swallow);
      },
      rescan,
      inHeadline: (el) => el.closest(rules.any) !== null,
    });
  };
  const disable = () => {
    stopObserving?.();
    stopObserving = undefined;
    scanner.clear();
  };

  const unwatch = watchView(
    () => view,
    ({ view: next, toggled, restyled }) => {
      view = next;
      if (!toggled) scanner.refresh(restyled);
      else if (view.enabled) enable();
      else disable();
    },
  );
  const stopListening = listenForTabRequests(scanner);
  // SPA navigation: the observer badges new content; a rescan catches views the page reused.
  ctx.addEventListener(window, 'wxt:locationchange', guard(rescan));
  ctx.onInvalidated(() => {
    unwatch();
    stopListening();
    disable();
  });
  if (view.enabled) enable();
}

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  main(ctx) {
    start(ctx).catch(swallow);
  },
});
