// Shared set-up for the badge e2e tests: the built extension in Chromium, the
// repo's test pages on 127.0.0.1, settings written the way the options page
// writes them, and a page-side record of when each headline got its badge.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/storage/schema.ts';
import { type LaunchedBrowser, launchBrowser } from '../../scripts/lib/browser.ts';
import { type StaticServer, serveStatic } from '../../scripts/lib/static-server.ts';

export const SHOTS = 'test-results/screenshots';

export interface Harness {
  browser: LaunchedBrowser;
  server: StaticServer;
  close(): Promise<void>;
}

export async function startHarness(options: { colorScheme?: 'light' | 'dark' } = {}): Promise<Harness> {
  mkdirSync(SHOTS, { recursive: true });
  const server = await serveStatic({ '/': 'tests/e2e/pages' });
  const browser = await launchBrowser(options);
  return {
    browser,
    server,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

function worker(browser: LaunchedBrowser) {
  if (!browser.worker) throw new Error('no service worker');
  return browser.worker;
}

export async function setSettings(browser: LaunchedBrowser, patch: Partial<Settings>): Promise<void> {
  const settings = { ...DEFAULT_SETTINGS, ...patch };
  await worker(browser).evaluate(`chrome.storage.sync.set(${JSON.stringify({ settings })})`);
}

export async function storedDismissed(browser: LaunchedBrowser): Promise<string[]> {
  const got = (await worker(browser).evaluate('chrome.storage.local.get("dismissed")')) as {
    dismissed?: string[];
  };
  return got.dismissed ?? [];
}

export async function clearLocal(browser: LaunchedBrowser): Promise<void> {
  await worker(browser).evaluate('chrome.storage.local.clear().then(() => chrome.storage.sync.clear())');
}

/** The toolbar badge text of `page`'s tab (tab URLs are hidden without the tabs permission: use the active tab). */
export async function toolbarText(browser: LaunchedBrowser, page: Page): Promise<string> {
  await page.bringToFront();
  return (await worker(
    browser,
  ).evaluate(`chrome.tabs.query({ active: true, lastFocusedWindow: true }).then((tabs) =>
    tabs.length === 1 && tabs[0].id !== undefined ? chrome.action.getBadgeText({ tabId: tabs[0].id }) : 'no single active tab'
  )`)) as string;
}

/** Opens a page that records, in the page, when each headline gets its data-not-dead-yet. */
export async function openPage(harness: Harness, path: string): Promise<Page> {
  const page = await harness.browser.context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as {
      badgedAt: Record<string, number>;
      pageErrors: string[];
      pageMessages: unknown[];
    };
    w.badgedAt = {};
    w.pageErrors = [];
    // What the page's own 'message' listeners receive (nothing should come from the extension).
    w.pageMessages = [];
    addEventListener('message', (e) => w.pageMessages.push(e.data));
    addEventListener('error', (e) => w.pageErrors.push(String(e.message)));
    addEventListener('unhandledrejection', (e) => w.pageErrors.push(String(e.reason)));
    new MutationObserver((records) => {
      for (const r of records) {
        const el = r.target as Element;
        if (!el.getAttribute('data-not-dead-yet')) continue;
        const id = el.id || el.querySelector('[id]')?.id || el.textContent || '';
        w.badgedAt[id] ??= performance.now();
      }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-not-dead-yet'] });
  });
  page.on('console', (msg) => {
    // The static server has no favicon; that 404 is the browser's, not ours.
    if (msg.location().url.endsWith('/favicon.ico')) return;
    if (msg.type() === 'error' || msg.type() === 'warning') consoleProblems.push(`${path}: ${msg.text()}`);
  });
  await page.goto(`${harness.server.origin}/${path}`);
  return page;
}

/** Console errors and warnings seen on the test pages (none may come from the extension). */
export const consoleProblems: string[] = [];

/** Texts of the headlines that carry data-not-dead-yet, with their kind. */
export async function flagged(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('[data-not-dead-yet]')].map((el) => [
        (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
        el.getAttribute('data-not-dead-yet') ?? '',
      ]),
    ),
  );
}

export function badgeCount(page: Page): Promise<number> {
  return page.locator('ndy-badge').count();
}
