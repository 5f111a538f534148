// Keeps track of the page's candidate headlines, asks the background what to
// badge among the new ones (in one batch, cached by text; the answer already
// follows the user's settings), puts on or takes off their badges, and has the
// claims recorded. When the settings or dismissals change it asks again.
import type { BadgeWords } from '@/lib/badge-words';
import type {
  BackgroundRequest,
  BackgroundResponses,
  BadgeStyle,
  PageHit,
  PageInfo,
  ScanItem,
} from '@/lib/messages';
import { normalizeHeadline } from '@/lib/tally/normalize';
import { badgeAnchor } from './anchor';
import { badgeControls, createBadge } from './badge';
import type { Connection } from './connection';
import { KIND_ATTRIBUTE } from './dom-contract';
import { type Headline, headlineText } from './find-headlines';

/**
 * Distinct texts asked about per message at most (a wiki repeats "the end of
 * the line" hundreds of times: that is one text). More go in further batches.
 */
export const MAX_TEXTS = 400;
/** A scan or record the background did not answer (its worker stopped mid-way) is tried again this often at most. */
export const RETRIES = 8;
/** Wait before retry `n` (0-based): 250 ms, doubling, at most 8 s (about 40 s in all). */
export const retryDelay = (n: number): number => Math.min(250 * 2 ** n, 8000);

interface Tracked {
  el: HTMLElement;
  text: string;
  host: HTMLElement | null;
  /** What to draw; null: no badge; undefined: not asked yet. */
  info: BadgeWords | null | undefined;
}

export interface ScannerDeps {
  connection: Connection;
  page(): PageInfo;
  /** Extra fields per item (the card's date), if known. */
  itemDate?(el: HTMLElement): ScanItem['date'];
}

function linkOf(el: HTMLElement): string | undefined {
  const a = el.closest('a[href]') ?? el.querySelector('a[href]');
  return a instanceof HTMLAnchorElement && /^https?:/.test(a.href) ? a.href : undefined;
}

export class Scanner {
  private tracked = new Map<HTMLElement, Tracked>();
  private results = new Map<string, BadgeWords | null>();
  /** The site switch as the background last answered; null before the first answer. */
  private enabled: boolean | null = null;
  private style: BadgeStyle = 'full';
  /** The style changed in an answer: every badge is rebuilt, not only the new ones'. */
  private restyle = false;
  /** Counts settings changes, so an answer given before one is not taken for current. */
  private generation = 0;
  /** Nothing to report until a badge shows: pages without any never wake the background for it. */
  private lastCount = 0;
  /** Scans in a row the background left unanswered (for the retry's back-off). */
  private failedScans = 0;
  /** Texts whose claims were handed to the background for recording in this page session. */
  private recordedTexts = new Set<string>();
  /** Claims shown whose record the background never confirmed after every retry (read by tests). */
  unrecorded = 0;

  constructor(private deps: ScannerDeps) {}

  /** Tracks `headlines` (new or edited ones), classifies unknown texts, badges. */
  async scan(headlines: Headline[]): Promise<void> {
    if (this.enabled === false) return;
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
    const { batch: unknown, rest } = this.capped(fresh.filter((t) => t.info === undefined));
    // First what the worker can answer without loading an NLP model (a cold worker answers it fast).
    let later: Tracked[] = [];
    if (unknown.length) {
      const answer = await this.classify(unknown, false);
      if (answer === null) this.retryLater(unknown);
      else later = answer;
    }
    // The answer may have said the site is off.
    if (this.isEnabled() === false) return;
    this.renderAll(fresh.filter((t) => t.info !== undefined));
    this.record(fresh);
    if (later.length) {
      if ((await this.classify(later, true)) === null) this.retryLater(later);
      if (this.isEnabled() === false) return;
      this.renderAll(later.filter((t) => t.info !== undefined));
      this.record(later);
    }
    // Past the cap: the next batch, once this one is on screen.
    if (rest.length) await this.scan(rest);
  }

  /** Whether the background last said the site is on (null: not asked yet). */
  isEnabled(): boolean | null {
    return this.enabled;
  }

  /**
   * Settings or dismissals changed: asks again about every tracked headline and
   * re-applies the answers; badges stay up until the answer arrives.
   */
  async recheck(): Promise<void> {
    this.generation++;
    this.results.clear();
    const list = [...this.tracked.values()].filter((t) => t.el.isConnected);
    this.tracked = new Map(list.map((t) => [t.el, t]));
    if (!list.length) {
      // Nothing to ask about: the next scan asks, and learns the switch.
      this.enabled = null;
      return;
    }
    for (const t of list) t.info = undefined;
    // Rechecks are rare (a settings change): what the cap leaves waits for the next scan.
    const { batch } = this.capped(list);
    if ((await this.classify(batch, true)) === null) this.retryLater(batch);
    if (this.isEnabled() !== false) this.renderAll(list.filter((t) => t.info !== undefined));
  }

  /**
   * Some dismissed texts changed (`normalised`, as the background stores them):
   * asks again about the tracked headlines with those texts only, so one
   * correction does not make every tab re-ask about every headline.
   */
  async recheckTexts(normalised: readonly string[]): Promise<void> {
    const wanted = new Set(normalised);
    const list = [...this.tracked.values()].filter(
      (t) => t.el.isConnected && wanted.has(normalizeHeadline(t.text)),
    );
    if (!list.length) return;
    // An answer in flight was given before the change: ask again.
    this.generation++;
    for (const t of list) {
      this.results.delete(t.text);
      t.info = undefined;
    }
    const { batch } = this.capped(list);
    if ((await this.classify(batch, true)) === null) this.retryLater(batch);
    if (this.isEnabled() !== false) this.renderAll(list.filter((t) => t.info !== undefined));
  }

  /**
   * The background did not answer about `list` (its worker stopped mid-scan):
   * they are untracked, so nothing takes them for classified, and scanned again
   * after a back-off.
   */
  private retryLater(list: Tracked[]): void {
    for (const t of list) {
      this.unbadge(t);
      if (this.tracked.get(t.el) === t) this.tracked.delete(t.el);
    }
    const attempt = this.failedScans++;
    if (attempt >= RETRIES) return;
    const again = list.filter((t) => t.el.isConnected).map(({ el, text }) => ({ el, text }));
    setTimeout(() => this.scan(again).catch(() => undefined), retryDelay(attempt));
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

  /** Splits `list` at MAX_TEXTS distinct texts; the headlines past it are untracked (not asked about yet). */
  private capped(list: Tracked[]): { batch: Tracked[]; rest: Tracked[] } {
    const texts = new Set<string>();
    const batch: Tracked[] = [];
    const rest: Tracked[] = [];
    for (const t of list) {
      if (!texts.has(t.text) && texts.size >= MAX_TEXTS) {
        this.tracked.delete(t.el);
        rest.push(t);
        continue;
      }
      texts.add(t.text);
      batch.push(t);
    }
    return { batch, rest };
  }

  /**
   * Asks about `list`; returns the headlines the answer left for `later` (asked without `models`),
   * or null when the background gave no answer (nothing is set then).
   */
  private async classify(list: Tracked[], models: boolean): Promise<Tracked[] | null> {
    const texts = [...new Set(list.map((t) => t.text))];
    let response: BackgroundResponses['scan'] | undefined;
    // An answer that crossed a settings change follows the old settings: ask again.
    for (let tries = 0; tries < 3; tries++) {
      const asked = this.generation;
      response = await this.deps.connection.scan(texts, models);
      if (asked === this.generation) break;
    }
    // A stopped worker closes the message port: no answer, which is not "no claims".
    if (!response || !Array.isArray(response.results)) return null;
    this.failedScans = 0;
    const results = response.results;
    const later = new Set((response.later ?? []).map((i) => texts[i]));
    texts.forEach((text, i) => {
      if (!later.has(text)) this.results.set(text, results[i] ?? null);
    });
    for (const t of list) t.info = later.has(t.text) ? undefined : (this.results.get(t.text) ?? null);
    if (response.style !== this.style) {
      this.style = response.style;
      this.restyle = true;
    }
    if (response.enabled !== this.enabled) {
      this.enabled = response.enabled;
      if (!response.enabled) this.clear();
    }
    return list.filter((t) => t.info === undefined);
  }

  /** Has the claims among `list` recorded; their links and dates are read only now. */
  private record(list: Tracked[]): void {
    // Once per text and page session; a headline the page replaced before the answer came is
    // recorded from its next copy (a page re-rendering every 50 ms has no copy that lasts).
    const claims = list.filter((t) => t.info && t.el.isConnected && !this.recordedTexts.has(t.text));
    if (!claims.length) return;
    for (const t of claims) this.recordedTexts.add(t.text);
    const page = this.deps.page();
    const items = claims.map(({ el, text }) => {
      const item: ScanItem = { text, url: linkOf(el) ?? page.url };
      const date = this.deps.itemDate?.(el);
      if (date) item.date = date;
      return item;
    });
    this.deliver({ type: 'record', items, page }, 0).catch(() => undefined);
  }

  /**
   * A claim shown is a claim recorded: the record is sent until the background
   * confirms it (it de-duplicates, so a retry after a lost answer adds nothing).
   */
  private async deliver(
    request: Extract<BackgroundRequest, { type: 'record' }>,
    attempt: number,
  ): Promise<void> {
    if (await this.deps.connection.record(request)) return;
    if (attempt >= RETRIES) {
      this.unrecorded += request.items.length;
      return;
    }
    setTimeout(() => this.deliver(request, attempt + 1).catch(() => undefined), retryDelay(attempt));
  }

  private render(t: Tracked): void {
    const words = t.el.isConnected ? t.info : null;
    if (!words) {
      this.unbadge(t);
      return;
    }
    if (t.host?.isConnected) return;
    t.host = createBadge(words, () => this.dismiss(t.text));
    badgeAnchor(t.el).append(t.host);
    t.el.setAttribute(KIND_ATTRIBUTE, words.kind);
  }

  /** The user dismissed a badge: hidden at once; the background confirms it (and tells the other tabs). */
  private dismiss(text: string): void {
    this.deps.connection.tell({ type: 'dismiss', text });
    this.dismissed(text);
  }

  /** Renders `list`, or every tracked headline after a style change. */
  private renderAll(list: Tracked[]): void {
    if (this.restyle) {
      this.restyle = false;
      list = [...this.tracked.values()];
      for (const t of list) this.unbadge(t);
    }
    for (const t of list) this.render(t);
    this.report();
  }

  private unbadge(t: Tracked): void {
    t.host?.remove();
    t.host = null;
    if (t.el.hasAttribute(KIND_ATTRIBUTE)) t.el.removeAttribute(KIND_ATTRIBUTE);
  }

  /** Removes every badge and forgets the page's headlines (the site was switched off). */
  clear(): void {
    for (const t of this.tracked.values()) this.unbadge(t);
    this.tracked.clear();
    this.report();
  }

  /**
   * Hides the headlines with a text the user just dismissed, at once; the
   * background's 'dismissed-changed' then has the page recheck (variants of
   * the text in case, accents or punctuation included).
   */
  dismissed(text: string): void {
    this.results.set(text, null);
    for (const t of this.tracked.values()) {
      if (t.text !== text) continue;
      t.info = null;
      this.unbadge(t);
    }
    this.report();
  }

  hits(): PageHit[] {
    return this.badged().map((t, index) => ({
      index,
      text: t.text,
      kind: t.info?.kind ?? 'none',
      canonical: t.info?.canonical ?? null,
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
    this.deps.connection.tell({ type: 'page-count', count });
  }
}
