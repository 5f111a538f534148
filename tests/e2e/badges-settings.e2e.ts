// Settings and corrections apply live in open tabs: switching the extension or
// the site off removes badges without a reload, on rescans; badge style, muted
// subjects, languages, "Not a death claim" and its undo; toolbar count; popup requests.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  clearLocal,
  type Harness,
  openPage,
  SHOTS,
  setSettings,
  startHarness,
  storedDismissed,
  toolbarText,
} from './badges-harness.ts';

let harness: Harness;
let page: Page;

const ids = (p: Page) =>
  p.evaluate(() => [...document.querySelectorAll('[data-not-dead-yet]')].map((el) => el.id).sort());
const loadMarker = (p: Page) => p.evaluate(() => (window as unknown as { loadedOnce: number }).loadedOnce);

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});
beforeEach(async () => {
  await clearLocal(harness.browser);
});

async function openSettingsPage(): Promise<Page> {
  page = await openPage(harness, 'badges/settings.html');
  await expect.poll(() => ids(page), { timeout: 5000 }).toEqual(['blog', 'cm', 'seo']);
  return page;
}

describe('live settings', () => {
  it('switching the extension off removes badges without reload; on rescans', async () => {
    const p = await openSettingsPage();
    const marker = await loadMarker(p);
    await setSettings(harness.browser, { enabled: false });
    await expect.poll(() => ids(p), { timeout: 2000 }).toEqual([]);
    expect(await p.locator('ndy-badge').count()).toBe(0);
    await expect.poll(() => toolbarText(harness.browser, p)).toBe('');
    await setSettings(harness.browser, { enabled: true });
    await expect.poll(() => ids(p), { timeout: 2000 }).toEqual(['blog', 'cm', 'seo']);
    expect(await p.locator('ndy-badge').count()).toBe(3);
    expect(await loadMarker(p)).toBe(marker);
    await p.close();
  });

  it('switching the site off (a deny rule) and on again applies live', async () => {
    const p = await openSettingsPage();
    await setSettings(harness.browser, { siteRules: [{ pattern: '127.0.0.1', action: 'deny' }] });
    await expect.poll(() => ids(p), { timeout: 2000 }).toEqual([]);
    await setSettings(harness.browser, {
      siteMode: 'only-on',
      siteRules: [{ pattern: '127.0.0.1', action: 'allow' }],
    });
    await expect.poll(() => ids(p), { timeout: 2000 }).toEqual(['blog', 'cm', 'seo']);
    await setSettings(harness.browser, { siteMode: 'only-on', siteRules: [] });
    await expect.poll(() => ids(p), { timeout: 2000 }).toEqual([]);
    await p.close();
  });

  it('badge style, muted subjects and languages apply live', async () => {
    const p = await openSettingsPage();
    const seoMark = p.locator('#seo ndy-badge .mark');
    expect(await seoMark.textContent()).toMatch(/^☠ dead( ×\d+)?$/);
    await setSettings(harness.browser, { badgeStyle: 'compact' });
    await expect.poll(() => seoMark.textContent(), { timeout: 2000 }).toBe('☠');
    await p.screenshot({ path: `${SHOTS}/badges-compact.png` });
    await setSettings(harness.browser, { mutedSubjects: ['seo'] });
    await expect.poll(() => ids(p), { timeout: 2000 }).toEqual(['blog', 'cm']);
    await setSettings(harness.browser, { langs: ['fr'] });
    await expect.poll(() => ids(p), { timeout: 2000 }).toEqual(['cm']);
    await setSettings(harness.browser, {});
    await expect.poll(() => ids(p), { timeout: 2000 }).toEqual(['blog', 'cm', 'seo']);
    await p.close();
  });

  it('"Not a death claim" hides the badge, is remembered across reloads, and undo (options) brings it back live', async () => {
    const p = await openSettingsPage();
    await p.locator('#blog ndy-badge .mark').click();
    await p.locator('#blog ndy-badge .dismiss').click();
    await expect.poll(() => ids(p), { timeout: 2000 }).toEqual(['cm', 'seo']);
    expect(p.url()).not.toContain('#blog');
    await expect.poll(() => storedDismissed(harness.browser)).toEqual(['blogging is dead']);
    await p.reload();
    await expect.poll(() => ids(p), { timeout: 5000 }).toEqual(['cm', 'seo']);
    await p.waitForTimeout(300);
    expect(await p.locator('#blog').getAttribute('data-not-dead-yet')).toBeNull();
    // The options page sends 'undismiss'; the open tab badges the text again.
    const options = await harness.browser.context.newPage();
    await options.goto(`chrome-extension://${harness.browser.extensionId}/options.html`);
    const answer = await options.evaluate(
      `chrome.runtime.sendMessage(${JSON.stringify({ type: 'undismiss', text: 'Blogging is dead' })})`,
    );
    expect(answer).toEqual({ ok: true, removed: 1 });
    await expect.poll(() => ids(p), { timeout: 2000 }).toEqual(['blog', 'cm', 'seo']);
    expect(await storedDismissed(harness.browser)).toEqual([]);
    await options.close();
    await p.close();
  });
});

describe('toolbar count and popup requests', () => {
  it('shows the number of flagged headlines on the toolbar icon of the tab', async () => {
    const p = await openSettingsPage();
    await expect.poll(() => toolbarText(harness.browser, p), { timeout: 3000 }).toBe('3');
    await setSettings(harness.browser, { mutedSubjects: ['seo'] });
    await expect.poll(() => toolbarText(harness.browser, p), { timeout: 3000 }).toBe('2');
    await p.close();
  });

  it('lists the hits and reveals one for the popup', async () => {
    const p = await openSettingsPage();
    const ext = await harness.browser.context.newPage();
    await ext.goto(`chrome-extension://${harness.browser.extensionId}/options.html`);
    // As the popup does: the active tab gets the request.
    const ask = async (request: object) => {
      await p.bringToFront();
      return ext.evaluate(`chrome.tabs.query({ active: true, lastFocusedWindow: true }).then((tabs) =>
        chrome.tabs.sendMessage(tabs[0].id, ${JSON.stringify(request)}))`);
    };
    const listed = (await ask({ type: 'list-hits' })) as {
      hits: { index: number; text: string; kind: string }[];
      host: string;
    };
    expect(listed.host).toBe('127.0.0.1');
    expect(listed.hits.map((h) => [h.index, h.text, h.kind])).toEqual([
      [0, 'SEO is dead', 'claim'],
      [1, 'Le community management est mort', 'claim'],
      [2, 'Blogging is dead', 'claim'],
    ]);
    expect(await ask({ type: 'reveal', index: 1 })).toEqual({ ok: true });
    await expect.poll(() => p.locator('#cm ndy-badge .details').isVisible()).toBe(true);
    expect(await ask({ type: 'reveal', index: 9 })).toEqual({ ok: false });
    await ext.close();
    await p.close();
  });
});
