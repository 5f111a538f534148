// The messages between the extension's contexts, typed in one place.
import type { BadgeWords } from './badge-words.ts';
import type { Detection } from './detector/types.ts';
import type { PublishedDate, Settings } from './storage/schema.ts';
import type { ImportProblem } from './tally/import.ts';

/** How often a canonical subject has been declared dead (shipped + seen). */
export interface SubjectHistory {
  canonical: string;
  /** Claims and questions, rebuttals apart. */
  count: number;
  first: number | null;
  last: number | null;
  since: number;
}

export interface ScanItem {
  text: string;
  /** The date on the headline's own card, if any. */
  date?: PublishedDate;
  /** The URL the headline links to, or the page's own URL. */
  url?: string;
}

export interface PageInfo {
  url: string;
  title: string;
  /** The page's published date from its metadata or URL. */
  date?: PublishedDate;
}

export type BadgeStyle = Settings['badgeStyle'];

/** Content script → background. */
export type BackgroundRequest =
  /**
   * Classify candidate headlines of a page on `host`; nothing is stored. Without `models`, texts
   * that need an NLP model the worker has not loaded are answered later (see `later`).
   */
  | { type: 'scan'; texts: string[]; host: string; models?: boolean }
  /** Record the claims among `items` (sent only when a scan found claims: dates are read then). */
  | { type: 'record'; items: ScanItem[]; page: PageInfo }
  | { type: 'dismiss'; text: string }
  /** Options page → background: badge a dismissed headline text again. */
  | { type: 'undismiss'; text: string }
  | { type: 'page-count'; count: number }
  /** Options page → background: data in and out (lib/tally/import.ts, export.ts). */
  | { type: 'import'; text: string }
  | { type: 'clear' }
  | { type: 'export'; format: 'json' | 'csv' };

export interface BackgroundResponses {
  /**
   * `enabled`: the site and global switches for the page's host; when off, no
   * results. `results`: per text, what to badge under the user's settings
   * (languages, muted subjects, dismissed texts), null for nothing; drawn in `style`.
   */
  scan: {
    enabled: boolean;
    style: BadgeStyle;
    results: (BadgeWords | null)[];
    /** Indices of the texts not answered yet (their result is null): ask again with `models`. */
    later?: number[];
  };
  record: { ok: true };
  dismiss: { ok: true };
  /** `removed`: 1 when the text was dismissed, 0 when it was not. */
  undismiss: { ok: true; removed: number };
  'page-count': { ok: true };
  /** `added`: how many imported sightings were new headlines. `error`: one sentence naming the problem. */
  import: { ok: true; added: number } | { ok: false; error: string; problem: ImportProblem };
  clear: { ok: true };
  export: { ok: true; text: string; filename: string };
}

/** A flagged headline in a tab, as the popup lists it. */
export interface PageHit {
  index: number;
  text: string;
  kind: Detection['kind'];
  canonical: string | null;
}

/** Popup → content script of the active tab; background → every tab: the dismissed texts changed. */
export type TabRequest =
  | { type: 'list-hits' }
  | { type: 'reveal'; index: number }
  /** `texts`: the normalised texts dismissed or brought back; absent: any may have changed. */
  | { type: 'dismissed-changed'; texts?: string[] };

export interface TabResponses {
  /** `host` is the page's location.hostname: the popup's "on this site" switch needs it,
   *  and tab.url is hidden from the popup without the `tabs` permission. */
  'list-hits': { hits: PageHit[]; host: string };
  reveal: { ok: boolean };
  'dismissed-changed': { ok: true };
}
