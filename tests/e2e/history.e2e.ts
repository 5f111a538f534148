// The shipped history on the badge, on a fresh profile: "Is email dead?" and
// "Facebook is dying" get each subject's count since 2011, first and last year
// and argument from the timeline. Nothing a page can read depends on what the
// reader met elsewhere: the same page badges the same before and after the
// reader visits other obituaries of the same subjects.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_BUILD } from '../../scripts/lib/browser.ts';
import { type Harness, openPage, SHOTS, startHarness } from './badges-harness.ts';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

/** Everything the page can read of a badged headline: attributes, badge text, name, details, size. */
async function readable(page: Page, id: string) {
  await page.locator(`#${id} ndy-badge`).first().hover();
  await expect.poll(() => page.locator(`#${id} ndy-badge .details`).isVisible()).toBe(true);
  const seen = await page.evaluate((id) => {
    const el = document.getElementById(id) as HTMLElement;
    const host = el.querySelector('ndy-badge') as HTMLElement;
    const root = host.shadowRoot as ShadowRoot;
    const button = root.querySelector('button') as HTMLButtonElement;
    const box = host.getBoundingClientRect();
    return {
      attributes: [...el.attributes].map((a) => `${a.name}=${a.value}`).sort(),
      hostAttributes: [...host.attributes].map((a) => a.name).sort(),
      mark: button.textContent,
      label: button.getAttribute('aria-label'),
      details: root.querySelector('.details')?.textContent ?? null,
      size: [Math.round(box.width), Math.round(box.height)],
    };
  }, id);
  await page.mouse.move(0, 0);
  return seen;
}

async function sightings(): Promise<{ headline: string }[]> {
  const got = (await harness.browser.worker?.evaluate('chrome.storage.local.get("sightings")')) as {
    sightings?: { headline: string }[];
  };
  return got.sightings ?? [];
}

describe('the shipped history on badges', () => {
  let first: Record<string, Awaited<ReturnType<typeof readable>>> = {};

  it("gives each subject's shipped history and arguments on a fresh profile", async () => {
    expect(await sightings()).toEqual([]);
    const page = await openPage(harness, 'history/obituaries.html');
    await expect.poll(() => page.locator('ndy-badge').count(), { timeout: 5000 }).toBe(2);
    first = { email: await readable(page, 'email'), facebook: await readable(page, 'facebook') };
    expect(first.email).toMatchObject({
      mark: '☠? dead? ×3',
      label: 'Death question: email, declared dead 3 times since 2011',
    });
    expect(first.email?.details).toContain('Declared dead 3 times since 2011 — first in 2011, last in 2022.');
    expect(first.facebook).toMatchObject({
      mark: '☠ dead ×5',
      label: 'Death claim: facebook, declared dead 5 times since 2011',
    });
    expect(first.facebook?.details).toContain(
      'Declared dead 5 times since 2011 — first in 2011, last in 2022. The argument privacy was used in 2019.',
    );
    await page.locator('#facebook ndy-badge').hover();
    await page.screenshot({ path: `${SHOTS}/history-badge-details.png` });
    await page.close();
  });

  it('badges the same page identically after the reader met other obituaries of the same subjects', async () => {
    const elsewhere = await openPage(harness, 'history/elsewhere.html');
    await expect.poll(() => elsewhere.locator('ndy-badge').count(), { timeout: 5000 }).toBe(3);
    // The reader's own record now holds three more obituaries of email and facebook.
    const met = ['Email is dead, again', 'Email will die this year', 'Facebook is dead and buried'];
    await expect
      .poll(async () => (await sightings()).filter((s) => met.some((m) => s.headline.startsWith(m))).length)
      .toBe(3);
    await elsewhere.close();
    const page = await openPage(harness, 'history/obituaries.html');
    await expect.poll(() => page.locator('ndy-badge').count(), { timeout: 5000 }).toBe(2);
    expect({ email: await readable(page, 'email'), facebook: await readable(page, 'facebook') }).toEqual(
      first,
    );
    await page.close();
  });
});

describe('the popup on the same fresh profile', () => {
  it("ranks subjects, shows facebook's argument with its year, and saves its chart as an image", async () => {
    const { browser } = harness;
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.waitForSelector('html[data-ready]');
    // community management (8 shipped) leads; the pages above added one email and facebook each, and more.
    const names = await popup.locator('.ranked .name').allTextContents();
    expect(names.slice(0, 3)).toEqual(['community management', 'facebook', 'email']);
    await popup.getByLabel('Find a subject').fill('faceb');
    await popup.locator('.ranked button').first().click();
    await expect.poll(() => popup.getByTestId('arguments').textContent()).toBe('privacy: 2019');
    expect(await popup.getByTestId('story').textContent()).toBe(
      'First in 2011, last in 2026. The argument privacy was used in 2019.',
    );
    const download = popup.waitForEvent('download');
    await popup.getByRole('button', { name: 'Save as image' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('not-dead-yet-facebook.png');
    await file.saveAs(`${SHOTS}/history-facebook.png`);
    await popup.screenshot({ path: `${SHOTS}/history-popup.png`, fullPage: true });
    await popup.close();
  });
});

describe('where the timeline is loaded', () => {
  // Two headlines found only in the shipped timeline.
  const marks = ['Sweden is Eliminating Cash', 'Le Community Manager est-il vraiment mort ?'];
  const holds = (file: string) => {
    const code = readFileSync(join(CHROME_BUILD, file), 'utf8');
    return marks.every((m) => code.includes(JSON.stringify(m).slice(1, -1)) || code.includes(m));
  };

  it('is in the background and the popup, never in the content script', () => {
    const content = readdirSync(join(CHROME_BUILD, 'content-scripts')).filter((f) => f.endsWith('.js'));
    expect(content.length).toBeGreaterThan(0);
    for (const file of content) expect(holds(join('content-scripts', file)), file).toBe(false);
    expect(holds('background.js')).toBe(true);
    // The popup and options import it as a chunk of its own.
    const chunks = readdirSync(join(CHROME_BUILD, 'chunks')).filter((f) => holds(join('chunks', f)));
    expect(chunks.length).toBe(1);
    expect(chunks[0]).toMatch(/^timeline-index-[\w-]+\.js$/);
  });
});
