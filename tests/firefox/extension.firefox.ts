// The Firefox add-on (the MV2 build) in real Firefox: badges and their kinds,
// the details a screen reader and a keyboard reach, late content, the popup's
// "On this page" and a setting that applies live. The Chromium e2e tier covers
// each feature in depth; this one proves the same build works in Firefox.
import { mkdirSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LaunchedFirefox, launchFirefox } from '../../scripts/lib/firefox.ts';
import { type StaticServer, serveStatic } from '../../scripts/lib/static-server.ts';
import { MIXED_CLAIMS } from '../e2e/pages/badges/mixed-expected.ts';

let firefox: LaunchedFirefox;
let server: StaticServer;

const SHOTS = 'test-results/screenshots';

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await serveStatic({ '/': 'tests/e2e/pages' });
  firefox = await launchFirefox();
});
afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

/** Headline id → its data-not-dead-yet, for every badged headline. */
function badged(page: Page): Promise<Record<string, string>> {
  return page.$$eval('[data-not-dead-yet]', (els) =>
    Object.fromEntries(els.map((el) => [el.id, el.getAttribute('data-not-dead-yet') ?? ''])),
  );
}

async function poll<T>(read: () => Promise<T>, done: (value: T) => boolean, timeout = 10_000): Promise<T> {
  const until = Date.now() + timeout;
  let value = await read();
  while (!done(value) && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 100));
    value = await read();
  }
  return value;
}

async function openMixed(): Promise<Page> {
  const page = await firefox.browser.newPage();
  await page.evaluateOnNewDocument(() => {
    const w = window as unknown as { pageErrors: string[] };
    w.pageErrors = [];
    addEventListener('error', (e) => w.pageErrors.push(String(e.message)));
    addEventListener('unhandledrejection', (e) => w.pageErrors.push(String(e.reason)));
  });
  await page.goto(`${server.origin}/badges/mixed.html`);
  await poll(
    () => badged(page),
    (b) => Object.keys(b).length >= Object.keys(MIXED_CLAIMS).length,
  );
  return page;
}

describe('the Firefox add-on in Firefox', () => {
  it('badges figurative claims with their kind, and leaves literal deaths, bait and editable text alone', async () => {
    const page = await openMixed();
    // A moment more: nothing else gets badged late.
    await new Promise((r) => setTimeout(r, 500));
    expect(await badged(page)).toEqual(MIXED_CLAIMS);
    await page.screenshot({ path: `${SHOTS}/firefox-mixed.png` });
    expect(await page.evaluate(() => (window as unknown as { pageErrors: string[] }).pageErrors)).toEqual([]);
    await page.close();
  });

  it('gives each badge an accessible name and opens its details on keyboard focus', async () => {
    const page = await openMixed();
    const details = await page.evaluate(() => {
      const root = document.querySelector('#cm-fr ndy-badge')?.shadowRoot;
      const mark = root?.querySelector('button.mark');
      if (!(mark instanceof HTMLElement)) return null;
      mark.focus();
      return { label: mark.getAttribute('aria-label'), expanded: mark.getAttribute('aria-expanded') };
    });
    expect(details?.label).toMatch(/^Death claim: community management, declared dead \d+ times since 2011/);
    expect(details?.expanded).toBe('true');
    const panel = await page.evaluate(() => {
      const panel = document.querySelector('#cm-fr ndy-badge')?.shadowRoot?.querySelector('.details');
      return panel instanceof HTMLElement
        ? { text: panel.textContent ?? '', shown: panel.matches(':popover-open') && panel.offsetWidth > 0 }
        : null;
    });
    expect(panel?.shown).toBe(true);
    expect(panel?.text).toMatch(/first in 2011/);
    await page.close();
  });

  it('badges stories that infinite scroll adds later', async () => {
    const page = await firefox.browser.newPage();
    await page.goto(`${server.origin}/badges/feed.html`);
    await poll(
      () => page.$$eval('ndy-badge', (els) => els.length),
      (n) => n === 1,
    );
    await page.evaluate(() => window.scrollBy(0, 5000));
    const kind = await poll(
      () => page.$eval('h2:has(#claim-1)', (el) => el.getAttribute('data-not-dead-yet')).catch(() => null),
      (k) => k === 'claim',
      5000,
    );
    expect(kind).toBe('claim');
    expect(await page.$$eval('h2:has(#calm-1) ndy-badge', (els) => els.length)).toBe(0);
    await page.close();
  });

  it("lists the page's claims in the popup, and the options' global switch takes the badges off live", async () => {
    const site = await openMixed();
    // Only the site's tab and the options' tab: the site's is then the one that is not the options page's.
    for (const page of await firefox.browser.pages()) if (page !== site) await page.close();
    const options = await firefox.openAddonPage('options.html', '[role="switch"]');
    // Without the `tabs` permission tab URLs are hidden.
    const siteTab = await options.evaluate(async () => {
      interface Tab {
        id?: number;
      }
      const tabs = (
        globalThis as unknown as {
          browser: { tabs: { query(q: object): Promise<Tab[]>; getCurrent(): Promise<Tab> } };
        }
      ).browser.tabs;
      const [all, self] = await Promise.all([tabs.query({}), tabs.getCurrent()]);
      return all.filter((t) => t.id !== self.id).map((t) => t.id);
    });
    expect(siteTab).toHaveLength(1);

    const popup = await firefox.openAddonPage(`popup.html?tab=${siteTab[0]}`, 'html[data-ready]');
    const hits = await poll(
      () => popup.$$eval('.page-hits .hit-text', (els) => els.map((el) => el.textContent)),
      (list) => list.length === Object.keys(MIXED_CLAIMS).length,
    );
    expect(hits).toEqual([
      'SEO is dead',
      'Is email dead?',
      "Le CM n'est pas mort",
      'Le community management est mort',
      'Flash is dead',
      'Blogging is dead',
      'RIP Google Reader',
      'Podcasting is dead',
    ]);
    await popup.screenshot({ path: `${SHOTS}/firefox-popup.png` });
    await popup.close();

    const toggle = await options.waitForSelector('::-p-aria(Show badges[role="switch"])');
    expect(await toggle?.evaluate((el) => el.getAttribute('aria-checked'))).toBe('true');
    await toggle?.click();
    expect(
      await poll(
        () => badged(site),
        (b) => Object.keys(b).length === 0,
      ),
    ).toEqual({});
    await toggle?.click();
    expect(
      await poll(
        () => badged(site),
        (b) => Object.keys(b).length === 8,
      ),
    ).toEqual(MIXED_CLAIMS);
    await options.close();
    await site.close();
  });
});
