// Helpers for the popup and options e2e tests: open extension pages, seed data
// through the background (as an import would), read storage, run axe-core.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { type Settings, type Sighting, sanitizeSettings } from '../../lib/storage/schema.ts';
import { toExportJSON } from '../../lib/tally/export.ts';
import type { LaunchedBrowser } from '../../scripts/lib/browser.ts';

export async function openExtensionPage(browser: LaunchedBrowser, path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
  return page;
}

export { tabIdOf } from '../../scripts/lib/browser.ts';

/** The layout shifts a page has recorded since it started loading (waits 300 ms for late ones). */
export function layoutShifts(page: Page): Promise<number[]> {
  return page.evaluate(
    () =>
      new Promise<number[]>((done) => {
        new PerformanceObserver((list) =>
          done(list.getEntries().map((e) => (e as PerformanceEntry & { value: number }).value)),
        ).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => done([]), 300);
      }),
  );
}

/** Sends a request to the background from an extension page, as the pages do. */
export function ask(page: Page, request: object): Promise<unknown> {
  return page.evaluate(`chrome.runtime.sendMessage(${JSON.stringify(request)})`);
}

/** Replaces the stored data with these sightings through the background's import. */
export async function seedSightings(page: Page, sightings: Sighting[], dismissed: string[] = []) {
  await ask(page, { type: 'clear' });
  const result = await ask(page, { type: 'import', text: toExportJSON({ sightings, dismissed }) });
  if (!(result as { ok: boolean }).ok) throw new Error(`seed import failed: ${JSON.stringify(result)}`);
}

export async function storedSettings(browser: LaunchedBrowser): Promise<Settings> {
  if (!browser.worker) throw new Error('no service worker');
  const { settings } = (await browser.worker.evaluate('chrome.storage.sync.get("settings")')) as {
    settings?: unknown;
  };
  // Nothing stored means the defaults, as every reader of the settings sees them.
  return sanitizeSettings(settings);
}

export async function storedLocal<T>(browser: LaunchedBrowser, key: string): Promise<T | undefined> {
  if (!browser.worker) throw new Error('no service worker');
  const got = (await browser.worker.evaluate(`chrome.storage.local.get(${JSON.stringify(key)})`)) as Record<
    string,
    T
  >;
  return got[key];
}

export async function resetSettings(browser: LaunchedBrowser): Promise<void> {
  await browser.worker?.evaluate('chrome.storage.sync.remove("settings")');
}

export function sighting(
  over: Partial<Sighting> & Pick<Sighting, 'headline' | 'canonical' | 'published'>,
): Sighting {
  return {
    id: `test-${over.headline}`,
    subject: over.canonical,
    kind: 'claim',
    lang: 'en',
    url: `https://example.com/${encodeURIComponent(over.headline)}`,
    site: 'example.com',
    dateSource: 'meta',
    firstSeen: '2026-01-02T10:00:00Z',
    ...over,
  };
}

const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

export interface AxeCounts {
  total: number;
  serious: number;
  critical: number;
  ids: string[];
}

/** Runs axe-core in the page (evaluated: extension pages' CSP forbids inline script tags). */
export async function axeScan(page: Page): Promise<AxeCounts> {
  await page.evaluate(AXE);
  const violations = (await page.evaluate('axe.run().then((r) => r.violations)')) as {
    id: string;
    impact: string;
    nodes: unknown[];
  }[];
  return {
    total: violations.length,
    serious: violations.filter((v) => v.impact === 'serious').length,
    critical: violations.filter((v) => v.impact === 'critical').length,
    ids: violations.map((v) => `${v.id}(${v.impact})`),
  };
}
