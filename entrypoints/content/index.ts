// Badges death-claim headlines in the page. The page only pays for a cheap
// prefilter and the badges: the NLP runs once, in the background (scan.ts).
//
// Nothing costly runs before the page shows a candidate headline: the first
// pass is one querySelectorAll, textContent and the prefilter's word lookup.
// Only a candidate wakes the rest: the scanner, the settings watch and the
// badges. The page never reads the settings: the background answers each scan
// with what to badge under them (nothing at all when the site is switched off).
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { cardDate } from '@/lib/dates/card';
import { pageDate } from '@/lib/dates/page';
import type { BackgroundRequest, PageInfo } from '@/lib/messages';
import { adapterFor } from './adapters';
import { findHeadlines, type Headline, headlinesAmong, rulesFor } from './find-headlines';
import { ignoreForgedRestarts } from './forged-restarts';
import { guard, swallow } from './guard';
import { watchSettings } from './live-settings';
import { watchLateContent } from './observer';
import { Scanner } from './scanner';
import { listenForTabRequests } from './tab-requests';

/** A full rescan (burst of mutations, SPA navigation) at most this often. */
const RESCAN_EVERY_MS = 1000;
/** Elements looked at per task in a full pass (about 5 ms on a slow machine). */
const SLICE = 1000;

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

function start(ctx: ContentScriptContext): void {
  const rules = rulesFor(adapterFor(location.hostname));
  let scanner: Scanner | null = null;
  let stopObserving: (() => void) | undefined;
  let unwatch: (() => void) | undefined;

  const observe = () => {
    // The document, not its body: pages swap <body> (Turbo, replaceWith) or rewrite it (document.open).
    stopObserving ??= watchLateContent(document, {
      roots: (roots) => {
        scanner?.forgetChanged(roots);
        deliver(roots.flatMap((root) => findHeadlines(root, rules)));
      },
      rescan,
      inHeadline: (el) => el.closest(rules.mayHold) !== null,
    });
  };
  const stopObserver = () => {
    stopObserving?.();
    stopObserving = undefined;
  };

  /** Settings or dismissals changed: the tracked headlines are asked about again, then the page. */
  const recheck = () => {
    if (!scanner) return;
    scanner
      .recheck()
      .then(() => {
        if (scanner?.isEnabled() !== false) scanAll();
      })
      .catch(swallow);
  };

  /** The first candidate wakes the scanner, the settings watch and the SPA URL watch. */
  const wake = (): Scanner => {
    const created: Scanner = new Scanner({
      page: () => pageInfo(),
      itemDate: (el) => cardDate(el),
      onDismiss: (text) => {
        send({ type: 'dismiss', text });
        // Hidden at once; the background confirms it (and tells the other tabs).
        created.dismissed(text);
      },
      onCount: (count) => send({ type: 'page-count', count }),
      // Switched off here: no observing until it is switched on again (the settings watch rechecks then).
      onSwitch: (enabled) => (enabled ? observe() : stopObserver()),
    });
    unwatch = watchSettings(guard(recheck));
    // SPA navigation: the observer badges new content; a rescan catches views the page reused.
    // Watched from here, once a candidate exists: WXT listens to the Navigation API where there is one
    // and polls the URL every second elsewhere.
    ctx.addEventListener(window, 'wxt:locationchange', guard(rescan));
    return created;
  };

  /** Hands candidate headlines to the scanner, waking it on the first one. */
  function deliver(headlines: Headline[]): void {
    if (!headlines.length || ctx.isInvalid) return;
    scanner ??= wake();
    scanner.scan(headlines).catch(swallow);
  }

  let pass = 0;
  const scanAll = () => {
    // Headlines edited away from a claim (or removed) since the last look lose their badge.
    scanner?.forgetChanged([document.documentElement]);
    // A page with thousands of links is read in slices, one task each, so no pass blocks the page for long;
    // what they find goes to the background in one message at the end.
    const elements = [...document.querySelectorAll(rules.mayHold)];
    const current = ++pass;
    const found: Headline[] = [];
    const slice = (from: number) => {
      if (current !== pass || ctx.isInvalid) return;
      found.push(...headlinesAmong(elements.slice(from, from + SLICE), rules));
      if (from + SLICE < elements.length)
        ctx.setTimeout(
          guard(() => slice(from + SLICE)),
          0,
        );
      else deliver(found);
    };
    slice(0);
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
        if (scanner?.isEnabled() !== false) scanAll();
      }),
      wait,
    );
  };

  const stopListening = listenForTabRequests({
    scanner: () => scanner,
    // Named texts: only the headlines with them are asked about again.
    dismissedChanged: (texts) => (texts ? scanner?.recheckTexts(texts).catch(swallow) : recheck()),
  });
  ctx.onInvalidated(() => {
    unwatch?.();
    stopListening();
    stopObserver();
    scanner?.clear();
  });
  scanAll();
  observe();
}

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  // WXT's older way to tell a previous copy of this script to stop posts a message to the page itself,
  // which every 'message' listener of the page then receives; its custom event is enough.
  noScriptStartedPostMessage: true,
  main(ctx) {
    try {
      ignoreForgedRestarts(ctx);
      start(ctx);
    } catch (error) {
      swallow(error);
    }
  },
});
