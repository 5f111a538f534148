// Keeps track of the page's candidate headlines, asks the background to
// classify the new ones (in one batch, cached by text), puts on or takes off
// their badges as results and settings come in, and has the claims recorded.
import { browser } from 'wxt/browser';
import type {
  BackgroundRequest,
  BackgroundResponses,
  BadgeInfo,
  PageHit,
  PageInfo,
  ScanItem,
} from '@/lib/messages';
import { normalizeHeadline } from '@/lib/tally/normalize';
import { badgeAnchor } from './anchor';
import { badgeControls, createBadge } from './badge';
import { badgeText } from './badge-text';
import { type Headline, headlineText } from './find-headlines';
import { shouldBadge, type ViewState } from './visibility';

/** Candidates sent per scan at most: a page with more is not a page of headlines. */
const MAX_ITEMS = 400;
/** The contract other parts (and tests) rely on. */
export const KIND_ATTRIBUTE = 'data-not-dead-yet';

interface Tracked {
  el: HTMLElement;
  text: string;
  host: HTMLElement | null;
  info: BadgeInfo | null | undefined;
}

export interface ScannerDeps {
  view(): ViewState;
  page(): PageInfo;
  /** Extra fields per item (the card's date), if known. */
  itemDate?(el: HTMLElement): ScanItem['date'];
  onDismiss(text: string): void;
  onCount(count: number): void;
  /** Fire and forget: a message to the background. */
  send(request: BackgroundRequest): void;
}

function linkOf(el: HTMLElement): string | undefined {
  const a = el.closest('a[href]') ?? el.querySelector('a[href]');
  return a instanceof HTMLAnchorElement && /^https?:/.test(a.href) ? a.href : undefined;
}

export class Scanner {
  private tracked = new Map<HTMLElement, Tracked>();
  private results = new Map<string, BadgeInfo | null>();
  /** Nothing to report until a badge shows: pages without any never wake the background for it. */
  private lastCount = 0;

  constructor(private deps: ScannerDeps) {}

  /** Tracks `headlines` (new or edited ones), classifies unknown texts, badges. */
  async scan(headlines: Headline[]): Promise<void> {
    const fresh: Tracked[] = [];
    for (const { el, text } of headlines) {
      const known = this.tracked.get(el);
      // Unchanged, unless the page re-rendered the headline and dropped its badge.
      if (known && known.text === text && (!known.host || known.host.isConnected)) continue;
      if (known) this.unbadge(known);
      const tracked: Tracked = { el, text, host: null, info: this.results.get(text) };
      this.tracked.set(el, tracked);
      fresh.push(tracked);
    }
    const unknown = fresh.filter((t) => t.info === undefined).slice(0, MAX_ITEMS);
    if (unknown.length) await this.classify(unknown);
    for (const t of fresh) this.render(t);
    this.report();
    this.record(unknown);
  }

  /** Drops tracked headlines in or around `roots` whose text changed or that left the page. */
  forgetChanged(roots: Element[]): void {
    for (const t of this.tracked.values()) {
      const touched = !t.el.isConnected || roots.some((r) => r.contains(t.el) || t.el.contains(r));
      if (!touched || (t.el.isConnected && headlineText(t.el) === t.text)) continue;
      this.unbadge(t);
      this.tracked.delete(t.el);
    }
  }

  private async classify(list: Tracked[]): Promise<void> {
    const texts = [...new Set(list.map((t) => t.text))];
    const response = (await browser.runtime.sendMessage({ type: 'scan', texts })) as
      | BackgroundResponses['scan']
      | undefined;
    const results = response?.results ?? [];
    texts.forEach((text, i) => {
      this.results.set(text, results[i] ?? null);
    });
    for (const t of list) t.info = this.results.get(t.text) ?? null;
  }

  /** Has the claims among newly classified headlines recorded; their links and dates are read only now. */
  private record(list: Tracked[]): void {
    const claims = list.filter((t) => t.info && t.el.isConnected);
    if (!claims.length) return;
    const page = this.deps.page();
    const items = claims.map(({ el, text }) => {
      const item: ScanItem = { text, url: linkOf(el) ?? page.url };
      const date = this.deps.itemDate?.(el);
      if (date) item.date = date;
      return item;
    });
    this.deps.send({ type: 'record', items, page });
  }

  private render(t: Tracked): void {
    const view = this.deps.view();
    const show = t.el.isConnected && shouldBadge(t.text, t.info, view);
    const text = show && t.info ? badgeText(t.info, view.settings.badgeStyle) : null;
    if (!text) {
      this.unbadge(t);
      return;
    }
    if (t.host?.isConnected) return;
    t.host = createBadge(text, () => this.deps.onDismiss(t.text));
    badgeAnchor(t.el).append(t.host);
    t.el.setAttribute(KIND_ATTRIBUTE, text.kind);
  }

  private unbadge(t: Tracked): void {
    t.host?.remove();
    t.host = null;
    if (t.el.hasAttribute(KIND_ATTRIBUTE)) t.el.removeAttribute(KIND_ATTRIBUTE);
  }

  /** Re-applies the view to every tracked headline (settings or dismissals changed). */
  refresh(restyle = false): void {
    for (const t of this.tracked.values()) {
      if (!t.el.isConnected) {
        this.tracked.delete(t.el);
        continue;
      }
      if (restyle) this.unbadge(t);
      this.render(t);
    }
    this.report();
  }

  /** Removes every badge and forgets the page's headlines (the site was switched off). */
  clear(): void {
    for (const t of this.tracked.values()) this.unbadge(t);
    this.tracked.clear();
    this.report();
  }

  /** Forgets a text the user dismissed so no headline with it is badged. */
  dismissed(text: string): void {
    const key = normalizeHeadline(text);
    for (const t of this.tracked.values()) if (normalizeHeadline(t.text) === key) this.unbadge(t);
    this.report();
  }

  hits(): PageHit[] {
    return this.badged().map((t, index) => ({
      index,
      text: t.text,
      kind: t.info?.detection.kind ?? 'none',
      canonical: t.info?.detection.canonical ?? null,
    }));
  }

  reveal(index: number): boolean {
    const t = this.badged()[index];
    if (!t?.host) return false;
    t.el.scrollIntoView({ block: 'center' });
    badgeControls(t.host)?.reveal();
    return true;
  }

  private badged(): Tracked[] {
    return [...this.tracked.values()]
      .filter((t) => t.host?.isConnected)
      .sort((a, b) => (a.el.compareDocumentPosition(b.el) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  }

  private report(): void {
    const count = this.badged().length;
    if (count === this.lastCount) return;
    this.lastCount = count;
    this.deps.onCount(count);
  }
}
