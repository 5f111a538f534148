// The foundation's vertical slice in real Chromium: the background starts, the
// content script badges simple claims on a 127.0.0.1 page, popup and options render.
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LaunchedBrowser, launchBrowser } from '../../scripts/lib/browser.ts';
import { type StaticServer, serveStatic } from '../../scripts/lib/static-server.ts';

const SHOTS = 'test-results/screenshots';
let browser: LaunchedBrowser;
let server: StaticServer;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await serveStatic({ '/': 'tests/e2e/pages' });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('foundation', () => {
  it('starts the background service worker', () => {
    expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
    expect(browser.worker?.url()).toContain('/background.js');
  });

  it('badges "is dead" and "est mort" headlines and nothing else', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/basic.html`);
    const flagged = page.locator('[data-not-dead-yet]');
    await expect.poll(() => flagged.count(), { timeout: 5000 }).toBe(3);
    expect(await flagged.allTextContents()).toEqual([
      expect.stringContaining('SEO is dead'),
      expect.stringContaining('Le community management est mort'),
      expect.stringContaining('Flash is dead'),
    ]);
    expect(await page.locator('h1').getAttribute('data-not-dead-yet')).toBe('claim');
    await page.screenshot({ path: `${SHOTS}/foundation-basic.png` });
    await page.close();
  });

  it('opens the popup and the options page', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await expect.poll(() => popup.locator('main').count()).toBe(1);
    await popup.screenshot({ path: `${SHOTS}/foundation-popup.png` });
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await expect.poll(() => options.locator('main h1').count()).toBe(1);
    await popup.close();
    await options.close();
  });
});
