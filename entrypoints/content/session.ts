// One page session: the one owner of the page's state — the observer, the
// rescan timer, the scanner and its connection to the background. Data flows
// one way: find the candidate headlines → ask the background → draw.
//
// Nothing costly runs before the page shows a candidate headline: the first
// pass is one querySelectorAll, textContent and the prefilter's word lookup.
// The first candidate reads the site switch from the synced settings (a
// switched-off site never wakes the background), then wakes the scanner, the
// settings watch and the SPA URL watch. The page never reads the rest of the
// settings: the background answers each scan with what to badge under them.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { cardDate } from '@/lib/dates/card';
import { pageDate } from '@/lib/dates/page';
import type { PageInfo } from '@/lib/messages';
import { adapterFor } from './adapters';
import { backgroundConnection } from './connection';
import { findHeadlines, type Headline, type HeadlineRules, headlinesAmong, rulesFor } from './find-headlines';
import { guard, swallow } from './guard';
import { watchSettings } from './live-settings';
import { watchLateContent } from './observer';
import { Scanner } from './scanner';
import { siteSwitchedOff } from './site-switch';
import { listenForTabRequests } from './tab-requests';
import { SessionTimers } from './timers';

/** A full rescan (burst of mutations, SPA navigation) at most this often. */
const RESCAN_EVERY_MS = 1000;
/** Elements looked at per task in a full pass (about 5 ms on a slow machine). */
const SLICE = 1000;

export class PageSession {
  private readonly rules: HeadlineRules;
  private scanner: Scanner | null = null;
  /** The site switch as the page read it before waking anything; null: not read (again) yet. */
  private switchRead: Promise<boolean> | null = null;
  private stopObserving: (() => void) | undefined;
  private unwatchSettings: (() => void) | undefined;
  private stopListening: (() => void) | undefined;
  /** Counts full passes: a newer one makes the slices of an older one stop. */
  private pass = 0;
  private lastRescan = Number.NEGATIVE_INFINITY;
  private rescanTimer: number | undefined;
  private lastPage: PageInfo | undefined;
  private readonly timers: SessionTimers;

  constructor(private readonly ctx: ContentScriptContext) {
    this.rules = rulesFor(adapterFor(location.hostname));
    this.timers = new SessionTimers(() => ctx.isInvalid);
  }

  start(): void {
    this.stopListening = listenForTabRequests({
      scanner: () => this.scanner,
      // Named texts: only the headlines with them are asked about again.
      dismissedChanged: (texts) => {
        if (texts) this.scanner?.recheckTexts(texts).catch(swallow);
        else this.recheck();
      },
    });
    this.ctx.onInvalidated(() => this.stop());
    this.scanAll();
    this.observe();
  }

  private stop(): void {
    this.timers.clearAll();
    this.unwatchSettings?.();
    this.stopListening?.();
    this.stopObserver();
    this.scanner?.clear();
  }

  /** Hands candidate headlines to the scanner, waking it on the first one unless the site is off. */
  private async deliver(headlines: Headline[]): Promise<void> {
    if (!headlines.length || this.ctx.isInvalid) return;
    if (!this.scanner) {
      this.unwatchSettings ??= watchSettings(guard(() => this.settingsChanged()));
      this.switchRead ??= siteSwitchedOff(location.hostname).catch(() => false);
      if (await this.switchRead) {
        // Nothing to watch until the site is switched on again (settingsChanged).
        this.stopObserver();
        return;
      }
      this.scanner ??= this.wake();
    }
    await this.scanner.scan(headlines);
    this.followSwitch();
  }

  private wake(): Scanner {
    // SPA navigation: the observer badges new content; a rescan catches views the page reused.
    // WXT listens to the Navigation API where there is one and polls the URL every second elsewhere.
    this.ctx.addEventListener(
      window,
      'wxt:locationchange',
      guard(() => this.rescan()),
    );
    return new Scanner({
      connection: backgroundConnection(location.hostname),
      page: () => this.pageInfo(),
      itemDate: (el) => cardDate(el),
    });
  }

  /** Observes late content only while the background says the site is on. */
  private followSwitch(): void {
    if (this.scanner?.isEnabled() === false) this.stopObserver();
    else this.observe();
  }

  private settingsChanged(): void {
    if (this.scanner) {
      this.recheck();
      return;
    }
    // Not woken yet (the site was off, or the first read is pending): read the switch again.
    this.switchRead = null;
    this.observe();
    this.scanAll();
  }

  /** Settings or dismissals changed: the tracked headlines are asked about again, then the page. */
  private recheck(): void {
    const scanner = this.scanner;
    if (!scanner) return;
    scanner
      .recheck()
      .then(() => {
        this.followSwitch();
        if (scanner.isEnabled() !== false) this.scanAll();
      })
      .catch(swallow);
  }

  private observe(): void {
    // The document, not its body: pages swap <body> (Turbo, replaceWith) or rewrite it (document.open).
    this.stopObserving ??= watchLateContent(document, {
      roots: (roots) => {
        this.scanner?.forgetChanged(roots);
        this.deliver(roots.flatMap((root) => findHeadlines(root, this.rules))).catch(swallow);
      },
      rescan: () => this.rescan(),
      inHeadline: (el) => el.closest(this.rules.mayHold) !== null,
    });
  }

  private stopObserver(): void {
    this.stopObserving?.();
    this.stopObserving = undefined;
  }

  private scanAll(): void {
    // Headlines edited away from a claim (or removed) since the last look lose their badge.
    this.scanner?.forgetChanged([document.documentElement]);
    // A page with thousands of links is read in slices, one task each, so no pass blocks the page for long;
    // what they find goes to the background in one message at the end. The static NodeList is read in place:
    // copying thousands of elements into arrays cost time, and kept them alive while the pass lasted.
    const elements = document.querySelectorAll(this.rules.mayHold);
    const current = ++this.pass;
    const found: Headline[] = [];
    const slice = (from: number) => {
      if (current !== this.pass || this.ctx.isInvalid) return;
      const to = Math.min(from + SLICE, elements.length);
      for (const headline of headlinesAmong(elements, this.rules, from, to)) found.push(headline);
      if (to < elements.length)
        this.timers.set(
          guard(() => slice(to)),
          0,
        );
      else this.deliver(found).catch(swallow);
    };
    slice(0);
  }

  private rescan(): void {
    if (this.rescanTimer !== undefined) return;
    const wait = Math.max(0, this.lastRescan + RESCAN_EVERY_MS - performance.now());
    this.rescanTimer = this.timers.set(
      guard(() => {
        this.rescanTimer = undefined;
        this.lastRescan = performance.now();
        if (this.scanner?.isEnabled() !== false) this.scanAll();
      }),
      wait,
    );
  }

  /** The page's URL, title and published date, read once per URL (SPA views change it). */
  private pageInfo(): PageInfo {
    if (this.lastPage?.url === location.href) return this.lastPage;
    const info: PageInfo = { url: location.href, title: document.title };
    const date = pageDate(document, location.href);
    if (date) info.date = date;
    this.lastPage = info;
    return info;
  }
}
