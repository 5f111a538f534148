// Chrome stops an idle MV3 service worker after 30 s, so most pages a reader
// opens wake a fresh one: it must load the NLP again, still badge the page,
// and not record a claim it has already recorded.
import type { Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { watchWorker } from '../../scripts/lib/cold-start.ts';
import { type Harness, openPage, startHarness } from './badges-harness.ts';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

const BADGES_ON_MIXED = 8;

async function storedSightings(worker: Worker): Promise<number> {
  const got = (await worker.evaluate('chrome.storage.local.get("sightings")')) as { sightings?: unknown[] };
  return got.sightings?.length ?? 0;
}

describe('a stopped service worker', () => {
  it('wakes on the next page, badges it, and records nothing twice', async () => {
    const first = await openPage(harness, 'badges/mixed.html');
    await expect
      .poll(() => first.locator('[data-not-dead-yet]').count(), { timeout: 5000 })
      .toBe(BADGES_ON_MIXED);
    const worker = harness.browser.worker;
    if (!worker) throw new Error('no service worker');
    await expect.poll(() => storedSightings(worker)).toBeGreaterThan(0);
    const recorded = await storedSightings(worker);

    // The worker's running status, as DevTools reports it, from a tab that stays open.
    const watch = await watchWorker(harness.browser.context);
    const { statuses } = watch;
    await watch.stopAll();
    await first.close();

    const start = Date.now();
    const page = await openPage(harness, 'badges/mixed.html');
    await expect
      .poll(() => page.locator('[data-not-dead-yet]').count(), { timeout: 10_000 })
      .toBe(BADGES_ON_MIXED);
    console.log(`stopped worker: ${BADGES_ON_MIXED} badges ${Date.now() - start} ms after navigation`);
    await expect.poll(() => statuses.slice(statuses.lastIndexOf('stopped'))).toContain('running');
    // The fresh worker's in-memory caches are empty; the stored record still holds each claim once.
    await page.waitForTimeout(500);
    const fresh = harness.browser.context.serviceWorkers().at(-1);
    if (!fresh) throw new Error('no service worker after the restart');
    expect(await storedSightings(fresh)).toBe(recorded);
    await page.close();
    await watch.close();
  });
});

describe('a worker stopped while pages are being scanned', () => {
  it('loses no claim: every tab is badged and every badged claim recorded', async () => {
    const worker = harness.browser.worker;
    if (!worker) throw new Error('no service worker');
    await worker.evaluate('chrome.storage.local.clear()');
    const watcher = await harness.browser.context.newPage();
    const cdp = await harness.browser.context.newCDPSession(watcher);
    await cdp.send('ServiceWorker.enable');
    // Ten tabs at once, each with its own claim; the worker stops while they are scanned.
    const opening = Promise.all(
      Array.from({ length: 10 }, (_, n) => openPage(harness, `tally-tab.html?n=${n}`)),
    );
    await watcher.waitForTimeout(600 + Math.random() * 200);
    await cdp.send('ServiceWorker.stopAllWorkers');
    const pages = await opening;
    for (const page of pages)
      await expect
        .poll(() => page.locator('#headline[data-not-dead-yet]').count(), { timeout: 20_000 })
        .toBe(1);
    // Retries back off up to 8 s: the record is complete well within 30 s.
    await expect
      .poll(
        async () => {
          const live = harness.browser.context.serviceWorkers().at(-1);
          return live ? storedSightings(live).catch(() => -1) : -1;
        },
        { timeout: 30_000, interval: 500 },
      )
      .toBe(10);
    for (const page of pages) await page.close();
    await watcher.close();
  }, 60_000);
});
