// What every soak case shares: its environment, its outcome, and ways to
// read a page's badges.
import type { Page } from 'playwright-core';
import { normalizeHeadline } from '../../lib/tally/normalize.ts';
import type { Sizes } from './pages.ts';
import type { Probe } from './probe.ts';

export interface CaseEnv {
  probe: Probe;
  sizes: Sizes;
  /** The URL of a soak page under this case's own site (<case>.soak.test). */
  url(path: string): string;
  host: string;
}

export interface CaseOutcome {
  faults: number;
  badInputs: number;
  /** Normalised texts of the headlines badged on the case's pages. */
  shown: Set<string>;
  /** Shown claims the site's hourly bound held back on purpose (not lost). */
  heldBack: number;
  /** Corrections written that no user gesture made. */
  forgedCorrections: number;
  /** Badges a page reads differently depending on the reader's own record. */
  leaks: number;
  /** Anything else that went wrong, in words. */
  problems: string[];
}

export interface SoakCase {
  name: string;
  run(env: CaseEnv): Promise<CaseOutcome>;
}

export const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

export const outcome = (over: Partial<CaseOutcome> = {}): CaseOutcome => ({
  faults: 0,
  badInputs: 0,
  shown: new Set(),
  heldBack: 0,
  forgedCorrections: 0,
  leaks: 0,
  problems: [],
  ...over,
});

/** The normalised texts of the badged headlines now on `page`. */
export async function shownOn(page: Page): Promise<string[]> {
  const texts = await page.evaluate(() =>
    [...document.querySelectorAll('[data-not-dead-yet]')].map((el) => el.textContent ?? ''),
  );
  return texts.map(normalizeHeadline);
}

/** Waits until `page` shows `count` badges or more, or `timeout` passes; returns what it shows. */
export async function badged(page: Page, count: number, timeout = 20_000): Promise<string[]> {
  const end = Date.now() + timeout;
  let shown = await shownOn(page);
  while (shown.length < count && Date.now() < end) {
    await sleep(250);
    shown = await shownOn(page);
  }
  return shown;
}

export const pageAttempts = (page: Page) =>
  page.evaluate(() => (window as unknown as { attempts?: number }).attempts ?? 0);

export const add = (set: Set<string>, texts: string[]) => {
  for (const t of texts) set.add(t);
};
