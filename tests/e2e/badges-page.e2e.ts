// Badges on a page mixing figurative claims with literal deaths and bait: what
// gets a badge, where it sits, what it says, how it behaves with mouse and keyboard.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleProblems, flagged, type Harness, openPage, SHOTS, startHarness } from './badges-harness.ts';
import { MIXED_CLAIMS } from './pages/badges/mixed-expected.ts';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

describe('badges on a mixed page', () => {
  it('badges figurative claims with their kind and leaves literal deaths, bait, chrome and editors alone', async () => {
    const page = await openPage(harness, 'badges/mixed.html');
    await expect.poll(() => page.locator('#seo[data-not-dead-yet]').count(), { timeout: 5000 }).toBe(1);
    // A fresh worker answers first what needs no NLP model, then the rest ("Podcasting is dead" needs
    // the English tagger): once every claim is in, both answers are, and the page has been through it.
    const kinds = () =>
      page.evaluate(
        (ids) =>
          Object.fromEntries(
            ids.map((id) => [id, document.getElementById(id)?.getAttribute('data-not-dead-yet') ?? null]),
          ),
        Object.keys(MIXED_CLAIMS),
      );
    await expect.poll(kinds, { timeout: 10_000 }).toEqual(MIXED_CLAIMS);
    // Literal deaths and titles of works: never badged.
    for (const id of ['river', 'walking', 'obit', 'garden']) {
      expect(await page.locator(`#${id}`).getAttribute('data-not-dead-yet'), id).toBeNull();
      expect(await page.locator(`#${id} ndy-badge`).count(), id).toBe(0);
    }
    expect(Object.keys(await flagged(page))).toHaveLength(8);
    // Navigation chrome, a textarea, a contenteditable region and code are never badged.
    expect(await page.locator('nav [data-not-dead-yet], nav ndy-badge').count()).toBe(0);
    expect(await page.locator('#editable ndy-badge, #code ndy-badge').count()).toBe(0);
    expect(await page.locator('#editable').getAttribute('data-not-dead-yet')).toBeNull();
    expect(await page.locator('#draft').inputValue()).toBe('SEO is dead');
    // The link around the card defers to its heading.
    expect(await page.locator('#card').getAttribute('data-not-dead-yet')).toBeNull();
    await page.screenshot({ path: `${SHOTS}/badges-mixed.png`, fullPage: true });
    await page.close();
  });

  it("records each claim with its card's date, else the day it was seen", async () => {
    const page = await openPage(harness, 'badges/mixed.html');
    await expect.poll(() => page.locator('#dated[data-not-dead-yet]').count(), { timeout: 5000 }).toBe(1);
    type Stored = { sightings?: { headline: string; published: string; dateSource: string }[] };
    const sightings = async () => {
      const got = (await harness.browser.worker?.evaluate('chrome.storage.local.get("sightings")')) as
        | Stored
        | undefined;
      return got?.sightings ?? [];
    };
    await expect
      .poll(async () => (await sightings()).some((s) => s.headline === 'Podcasting is dead'))
      .toBe(true);
    const recorded = await sightings();
    expect(recorded.find((s) => s.headline === 'Podcasting is dead')).toMatchObject({
      published: '2016-03-04',
      dateSource: 'card-time',
    });
    expect(recorded.find((s) => s.headline === 'SEO is dead')?.dateSource).toBe('seen');
    expect(recorded.some((s) => s.headline === 'Man found dead in river')).toBe(false);
    await page.close();
  });

  it('puts the badge inline at the end of the headline, inside the link, without changing its text', async () => {
    const page = await openPage(harness, 'badges/dark.html');
    await expect.poll(() => page.locator('ndy-badge').count(), { timeout: 5000 }).toBe(3);
    const placement = await page.evaluate(() => {
      const a = document.querySelector('h2 a') as HTMLElement;
      const host = a.querySelector('ndy-badge') as HTMLElement;
      const text = a.getBoundingClientRect();
      const badge = host.getBoundingClientRect();
      return {
        parent: host.parentElement?.tagName,
        last: a.lastChild === host,
        text: a.textContent,
        sameLine: badge.top >= text.top - 1 && badge.bottom <= text.bottom + 1,
      };
    });
    expect(placement).toEqual({ parent: 'A', last: true, text: 'Flash is dead', sameLine: true });
    await page.close();
  });

  it('names the badge for screen readers and shows the details on keyboard focus', async () => {
    const page = await openPage(harness, 'badges/mixed.html');
    const button = page.getByRole('button', { name: /^Death claim: seo, / });
    await expect.poll(() => button.count(), { timeout: 5000 }).toBe(1);
    expect(await button.getAttribute('aria-label')).toMatch(
      /^Death claim: seo, (declared dead \d+ times|declared dead once|no obituary on record) since \d{4}$/,
    );
    const details = page.locator('#seo ndy-badge .details');
    expect(await details.isVisible()).toBe(false);
    let focused = '';
    for (let i = 0; i < 12 && focused !== 'seo'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => {
        const el = document.activeElement;
        return el?.localName === 'ndy-badge' ? (el.closest('[data-not-dead-yet]')?.id ?? '') : '';
      });
    }
    expect(focused).toBe('seo');
    await expect.poll(() => details.isVisible()).toBe(true);
    expect(await details.textContent()).toMatch(/Declares dead: SEO.*since \d{4}.*Not a death claim/);
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    await page.screenshot({ path: `${SHOTS}/badges-focus-details.png` });
    await page.keyboard.press('Escape');
    await expect.poll(() => details.isVisible()).toBe(false);
    await page.close();
  });

  it('shows the details on hover', async () => {
    const page = await openPage(harness, 'badges/mixed.html');
    const mark = page.locator('#cm-fr ndy-badge .mark');
    await expect.poll(() => mark.count(), { timeout: 5000 }).toBe(1);
    await mark.hover();
    const details = page.locator('#cm-fr ndy-badge .details');
    await expect.poll(() => details.isVisible()).toBe(true);
    expect(await details.textContent()).toContain('community management');
    await page.mouse.move(1, 1);
    await expect.poll(() => details.isVisible()).toBe(false);
    await page.close();
  });

  it('opens the details on click without following the link around the badge', async () => {
    const page = await openPage(harness, 'badges/mixed.html');
    const mark = page.locator('#card-title ndy-badge .mark');
    await expect.poll(() => mark.count(), { timeout: 5000 }).toBe(1);
    const before = page.url();
    await mark.click();
    await page.waitForTimeout(200);
    expect(page.url()).toBe(before);
    expect(await page.locator('#card-title ndy-badge .details').isVisible()).toBe(true);
    // A click on the headline itself still follows its link.
    await page.locator('#card-title').click({ position: { x: 5, y: 5 } });
    await expect.poll(() => page.url()).toBe(`${before}#story`);
    await page.close();
  });

  it('shifts nothing but the badge width: same heights, same positions for everything else', async () => {
    const page = await openPage(harness, 'badges/mixed.html');
    await expect.poll(() => page.locator('#row-title ndy-badge').count(), { timeout: 5000 }).toBe(1);
    await page.waitForTimeout(300);
    const measure = () =>
      page.evaluate(() => {
        const box = (id: string) => {
          const r = (document.getElementById(id) as HTMLElement).getBoundingClientRect();
          return { top: r.top, left: r.left, width: r.width, height: r.height };
        };
        const ids = ['seo', 'email', 'cm', 'cm-fr', 'card', 'row-title', 'row-next', 'rip', 'river', 'obit'];
        return Object.fromEntries(ids.map((id) => [id, box(id)]));
      });
    const badgeWidth = await page.evaluate(() => {
      const host = document.querySelector('#row-title ndy-badge') as HTMLElement;
      return host.getBoundingClientRect().width + Number.parseFloat(getComputedStyle(host).marginLeft);
    });
    const withBadges = await measure();
    await page.evaluate(() => {
      for (const b of document.querySelectorAll('ndy-badge')) b.remove();
    });
    const without = await measure();
    for (const id of Object.keys(without)) {
      const a = withBadges[id];
      const b = without[id];
      expect(a?.height, `${id} height`).toBeCloseTo(b?.height ?? -1, 0);
      expect(a?.top, `${id} top`).toBeCloseTo(b?.top ?? -1, 0);
    }
    // In the flex row the title grows by exactly the badge, and its neighbour moves by as much.
    const grow = (withBadges['row-title']?.width ?? 0) - (without['row-title']?.width ?? 0);
    expect(Math.abs(grow - badgeWidth)).toBeLessThan(1.5);
    const moved = (withBadges['row-next']?.left ?? 0) - (without['row-next']?.left ?? 0);
    expect(Math.abs(moved - badgeWidth)).toBeLessThan(1.5);
    await page.close();
  });

  it('is readable on a dark page (screenshot), never writes to the page console, never posts to the page', async () => {
    const page = await openPage(harness, 'badges/dark.html');
    await expect.poll(() => page.locator('ndy-badge').count(), { timeout: 5000 }).toBe(3);
    await page.screenshot({ path: `${SHOTS}/badges-dark.png` });
    await page.locator('h1 ndy-badge .mark').hover();
    await expect.poll(() => page.locator('h1 ndy-badge .details').isVisible()).toBe(true);
    await page.screenshot({ path: `${SHOTS}/badges-dark-details.png` });
    const colors = await page.evaluate(() => {
      const mark = document.querySelector('h1 ndy-badge')?.shadowRoot?.querySelector('.mark') as HTMLElement;
      const style = getComputedStyle(mark);
      return { color: style.color, background: style.backgroundColor };
    });
    expect(colors).toEqual({ color: 'rgb(255, 255, 255)', background: 'rgb(164, 22, 26)' });
    expect(await page.evaluate(() => (window as unknown as { pageErrors: string[] }).pageErrors)).toEqual([]);
    expect(consoleProblems).toEqual([]);
    // The page's 'message' listeners get nothing from the extension (WXT's start-up postMessage is off).
    expect(
      await page.evaluate(() => (window as unknown as { pageMessages: unknown[] }).pageMessages),
    ).toEqual([]);
    await page.close();
  });
});
