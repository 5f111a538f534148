// Badges death-claim headlines in the page. The page only pays for a cheap
// prefilter and the badges: the NLP runs once, in the background (scan.ts).
//
// Nothing costly runs before the page shows a candidate headline: the first
// pass is one querySelectorAll, textContent and the prefilter's word lookup.
// Only a candidate wakes the rest: the settings read (the site switch is
// honoured before anything is sent or shown), the settings watch, the scanner
// and its badges.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { cardDate } from '@/lib/dates/card';
import { pageDate } from '@/lib/dates/page';
import type { BackgroundRequest, PageInfo } from '@/lib/messages';
import { normalizeHeadline } from '@/lib/tally/normalize';
import { adapterFor } from './adapters';
import { findHeadlines, type Headline, rulesFor } from './find-headlines';
import { guard, swallow } from './guard';
import { dismissedSet, loadView, watchSettings } from './live-settings';
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

/** What exists once the page has shown a candidate. */
interface Awake {
  view(): ViewState;
  scanner: Scanner;
  /** Replaces the dismissed texts (the background's message) and re-applies them. */
  setDismissed(next: Set<string>): void;
}

function start(ctx: ContentScriptContext): void {
  const rules = rulesFor(adapterFor(location.hostname));
  let awake: Promise<Awake | null> | undefined;
  let ready: Awake | null = null;
  let stopObserving: (() => void) | undefined;
  let unwatch: (() => void) | undefined;
  let pendingDismissed: Set<string> | undefined;

  const observe = () => {
    stopObserving ??= watchLateContent(document.body ?? document.documentElement, {
      roots: (roots) => {
        ready?.scanner.forgetChanged(roots);
        deliver(roots.flatMap((root) => findHeadlines(root, rules)));
      },
      rescan,
      inHeadline: (el) => el.closest(rules.any) !== null,
    });
  };

  const wake = async (): Promise<Awake | null> => {
    let view: ViewState = await loadView();
    if (ctx.isInvalid) return null;
    if (pendingDismissed) view = { ...view, dismissed: pendingDismissed };
    const scanner = new Scanner({
      view: () => view,
      page: () => pageInfo(),
      itemDate: (el) => cardDate(el),
      onDismiss: (text) => {
        send({ type: 'dismiss', text });
        // Applied at once; the background confirms it (and tells the other tabs).
        view = { ...view, dismissed: new Set([...view.dismissed, normalizeHeadline(text)]) };
        scanner.dismissed(text);
      },
      onCount: (count) => send({ type: 'page-count', count }),
      send,
    });
    unwatch = watchSettings(
      () => view,
      ({ view: next, toggled, restyled }) => {
        view = next;
        if (!toggled) scanner.refresh(restyled);
        else if (view.enabled) {
          scanAll();
          observe();
        } else {
          stopObserving?.();
          stopObserving = undefined;
          scanner.clear();
        }
      },
    );
    // SPA navigation: the observer badges new content; a rescan catches views the page reused.
    // Watched from here: WXT polls the URL every second while anyone listens.
    ctx.addEventListener(window, 'wxt:locationchange', guard(rescan));
    ready = {
      view: () => view,
      scanner,
      setDismissed: (next) => {
        view = { ...view, dismissed: next };
        scanner.refresh();
      },
    };
    // Switched off here: no observing until it is switched on again (the watch rescans then).
    if (!view.enabled) {
      stopObserving?.();
      stopObserving = undefined;
    }
    return ready;
  };

  /** Hands candidate headlines to the scanner, waking it on the first one. */
  function deliver(headlines: Headline[]): void {
    if (!headlines.length) return;
    awake ??= wake();
    awake
      .then((a) => {
        if (a?.view().enabled) return a.scanner.scan(headlines);
      })
      .catch(swallow);
  }

  const scanAll = () => {
    // Headlines edited away from a claim (or removed) since the last look lose their badge.
    ready?.scanner.forgetChanged([document.documentElement]);
    deliver(findHeadlines(document, rules));
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
        if (!ready || ready.view().enabled) scanAll();
      }),
      wait,
    );
  };

  const stopListening = listenForTabRequests({
    scanner: () => ready?.scanner ?? null,
    dismissedChanged: (texts) => {
      const next = dismissedSet(texts);
      if (ready) ready.setDismissed(next);
      else pendingDismissed = next;
    },
  });
  ctx.onInvalidated(() => {
    unwatch?.();
    stopListening();
    stopObserving?.();
    stopObserving = undefined;
    ready?.scanner.clear();
  });
  scanAll();
  observe();
}

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  main(ctx) {
    try {
      start(ctx);
    } catch (error) {
      swallow(error);
    }
  },
});
