// Most pages meet a stopped worker (Chrome stops an idle one after 30 s): it
// must badge them without evaluating what it does not need, and on a site the
// user switched off, no candidate headline may wake it at all. Timings are
// printed, not asserted (bench:page holds the target).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearStoredVerdicts, stopWorker, timeBadges, watchWorker } from '../../scripts/lib/cold-start.ts';
import { type Harness, openPage, startHarness } from './badges-harness.ts';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

const CLAIMS = 6;

describe('a stopped worker', () => {
  it('badges every claim of a page of new headlines, then of known ones', async () => {
    const { context } = harness.browser;
    const url = `${harness.server.origin}/cold/mixed.html`;
    await clearStoredVerdicts(context);
    await stopWorker(context);
    const fresh = await timeBadges(context, url, CLAIMS);
    expect(fresh.count).toBe(CLAIMS);
    await stopWorker(context);
    const known = await timeBadges(context, url, CLAIMS);
    expect(known.count).toBe(CLAIMS);
    console.log(
      `stopped worker, ${CLAIMS} badges after navigation start: new texts ${fresh.last?.toFixed(0)} ms, known texts ${known.last?.toFixed(0)} ms`,
    );
  });

  it('loads the English tagger with its built lexicon for a headline that needs it', async () => {
    const { context } = harness.browser;
    // "Podcasting is dead" is the one headline of english.html the rules alone do not decide.
    await clearStoredVerdicts(context);
    await stopWorker(context);
    const fresh = await timeBadges(context, `${harness.server.origin}/cold/english.html`, CLAIMS);
    expect(fresh.count).toBe(CLAIMS);
    const worker = context.serviceWorkers().at(-1);
    const lexicon = await worker?.evaluate(() => fetch('/compromise-lexicon.json').then((r) => r.ok));
    expect(lexicon).toBe(true);
  });

  it('is not woken by a switched-off site, and badges it once the site is switched on', async () => {
    const { browser, server } = harness;
    const host = new URL(server.origin).hostname;
    // Settings written from an extension page, as the popup writes them: no message to the worker.
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const siteRules = (rules: unknown[]) =>
      options.evaluate(`chrome.storage.sync.get('settings').then(({ settings }) =>
        chrome.storage.sync.set({ settings: { ...settings, siteRules: ${JSON.stringify(rules)} } }))`);
    await siteRules([{ pattern: host, action: 'deny' }]);
    await stopWorker(browser.context);
    const watch = await watchWorker(browser.context);
    const page = await openPage(harness, 'cold/mixed.html');
    await page.waitForTimeout(1500);
    expect(await page.locator('[data-not-dead-yet]').count()).toBe(0);
    expect(watch.statuses.filter((s) => s !== 'stopped')).toEqual([]);

    // Switched on: the page hears it and asks, which wakes the worker.
    await siteRules([]);
    await expect.poll(() => page.locator('[data-not-dead-yet]').count(), { timeout: 10_000 }).toBe(CLAIMS);
    expect(watch.statuses).toContain('running');
    await watch.close();
    await options.close();
    await page.close();
  });
});
