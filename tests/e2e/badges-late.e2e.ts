// Late content: infinite scroll, a burst of insertions, SPA navigation and
// edited text are badged within 500 ms by the one batched observer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, openPage, startHarness } from './badges-harness.ts';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

/** ms from the page's own mark `window[shownMark]` to the badge on `id`. */
const shownToBadged = (page: import('playwright-core').Page, id: string, shownMark: string) =>
  page.evaluate(
    ([id, mark]) => {
      const w = window as unknown as Record<string, number> & { badgedAt: Record<string, number> };
      return (w.badgedAt[id] ?? Number.NaN) - (w[mark] ?? Number.NaN);
    },
    [id, shownMark] as const,
  );

type Timings = { inserted: Record<string, number>; badgedAt: Record<string, number> };
const timings = (page: import('playwright-core').Page) =>
  page.evaluate(() => {
    const w = window as unknown as Timings;
    return { inserted: { ...w.inserted }, badgedAt: { ...w.badgedAt } };
  });

describe('large pages', () => {
  it('reads a page of 5,000 links in slices and still badges the claims after them', async () => {
    const page = await openPage(harness, 'badges/many-links.html');
    await expect.poll(() => page.locator('[data-not-dead-yet]').count(), { timeout: 5000 }).toBe(3);
    expect(await page.locator('#late-en').getAttribute('data-not-dead-yet')).toBe('claim');
    expect(await page.locator('#late-fr').getAttribute('data-not-dead-yet')).toBe('claim');
    // The prose links ("the end of the line", "history of soil science") get nothing.
    expect(await page.locator('#prose ndy-badge').count()).toBe(0);
    await page.close();
  });
});

describe('late content', () => {
  it('badges stories added by infinite scroll within 500 ms of insertion', async () => {
    const page = await openPage(harness, 'badges/feed.html');
    await expect.poll(() => page.locator('ndy-badge').count(), { timeout: 5000 }).toBe(1);
    for (let round = 1; round <= 3; round++) {
      await page.mouse.wheel(0, 5000);
      await expect.poll(() => page.locator(`#claim-${round}`).count()).toBe(1);
      await expect
        .poll(() => page.locator(`h2:has(#claim-${round})`).getAttribute('data-not-dead-yet'), {
          timeout: 2000,
        })
        .toBe('claim');
      const t = await timings(page);
      const delay =
        (t.badgedAt[`claim-${round}`] ?? Number.POSITIVE_INFINITY) - (t.inserted[`claim-${round}`] ?? 0);
      console.log(`infinite scroll round ${round}: badged ${delay.toFixed(0)} ms after insertion`);
      expect(delay).toBeLessThanOrEqual(500);
      expect(await page.locator(`h2:has(#calm-${round}) ndy-badge`).count()).toBe(0);
    }
    await page.close();
  });

  it('handles a burst of 600 insertions with one rescan, still within 500 ms', async () => {
    const page = await openPage(harness, 'badges/feed.html');
    await expect.poll(() => page.locator('ndy-badge').count(), { timeout: 5000 }).toBe(1);
    await page.evaluate(() => (window as unknown as { burst(n: number): void }).burst(600));
    // Every 50th of the 600 is a claim: 12 more badges.
    await expect.poll(() => page.locator('ndy-badge').count(), { timeout: 3000 }).toBe(13);
    const t = await timings(page);
    const last = Math.max(
      ...Object.entries(t.badgedAt)
        .filter(([id]) => id.startsWith('burst-'))
        .map(([, at]) => at),
    );
    const delay = last - (t.inserted.burst ?? 0);
    console.log(`burst of 600: last badge ${delay.toFixed(0)} ms after insertion`);
    expect(delay).toBeLessThanOrEqual(500);
    expect(await page.locator('.burst:not(:has(#burst-0)) ndy-badge').count()).toBe(11);
    await page.close();
  });

  it('follows SPA navigation (history.pushState)', async () => {
    const page = await openPage(harness, 'badges/spa.html?view=one');
    await expect
      .poll(() => page.locator('#one-1').getAttribute('data-not-dead-yet'), { timeout: 5000 })
      .toBe('claim');
    await page.getByRole('link', { name: 'Two' }).click();
    expect(page.url()).toContain('view=two');
    await expect
      .poll(() => page.locator('#two-0').getAttribute('data-not-dead-yet'), { timeout: 2000 })
      .toBe('claim');
    const t = await timings(page);
    expect(t.badgedAt['two-0']).toBeDefined();
    expect(await page.locator('#one-1').count()).toBe(0);
    expect(await page.locator('ndy-badge').count()).toBe(1);
    await page.goBack();
    await page.getByRole('link', { name: 'One' }).click();
    await expect.poll(() => page.locator('#one-1 ndy-badge').count(), { timeout: 2000 }).toBe(1);
    await page.close();
  });

  it('badges a pre-rendered view that was hidden once the SPA shows it and changes the URL', async () => {
    const page = await openPage(harness, 'badges/spa-hidden.html?view=one');
    await expect
      .poll(() => page.locator('#one-0').getAttribute('data-not-dead-yet'), { timeout: 5000 })
      .toBe('claim');
    // Hidden headlines are skipped; showing the view (an attribute change the observer sees) and the URL
    // change (a rescan) each have the page read again.
    expect(await page.locator('#two-0').getAttribute('data-not-dead-yet')).toBeNull();
    await page.getByRole('link', { name: 'Two' }).click();
    await expect
      .poll(() => page.locator('#two-0').getAttribute('data-not-dead-yet'), { timeout: 3000 })
      .toBe('claim');
    const delay = await shownToBadged(page, 'two-0', 'shownAt');
    console.log(`pre-rendered SPA view badged ${delay.toFixed(0)} ms after it was shown`);
    await page.close();
  });

  it('badges stories a "show more" reveals without a URL change, within 500 ms', async () => {
    const page = await openPage(harness, 'badges/spa-hidden.html');
    await expect.poll(() => page.locator('ndy-badge').count(), { timeout: 5000 }).toBe(1);
    expect(await page.locator('#more-0').getAttribute('data-not-dead-yet')).toBeNull();
    await page.getByRole('button', { name: 'Show more' }).click();
    await expect
      .poll(() => page.locator('#more-0').getAttribute('data-not-dead-yet'), { timeout: 2000 })
      .toBe('claim');
    const delay = await shownToBadged(page, 'more-0', 'moreShownAt');
    console.log(`"show more" story badged ${delay.toFixed(0)} ms after it was shown`);
    expect(delay).toBeLessThanOrEqual(500);
    await page.close();
  });

  it('re-reads edited headlines: a new claim gets a badge, a claim edited away loses it', async () => {
    const page = await openPage(harness, 'badges/feed.html');
    await expect.poll(() => page.locator('ndy-badge').count(), { timeout: 5000 }).toBe(1);
    const first = page.locator('article:nth-child(1) h2');
    const second = page.locator('article:nth-child(2) h2');
    // Edit a text node in place (characterData).
    const start = await page.evaluate(() => {
      const a = document.querySelector('article:nth-child(1) h2 a') as HTMLElement;
      (a.firstChild as Text).data = 'Cable TV is dead';
      return performance.now();
    });
    await expect.poll(() => first.getAttribute('data-not-dead-yet'), { timeout: 2000 }).toBe('claim');
    const at = await page.evaluate(() => (window as unknown as Timings).badgedAt['Cable TV is dead']);
    expect(at).toBeTypeOf('number');
    expect((at ?? Number.POSITIVE_INFINITY) - start).toBeLessThanOrEqual(500);
    // Replace the text of a badged headline (childList): badge and attribute go.
    await page.evaluate(() => {
      (document.querySelector('article:nth-child(2) h2 a') as HTMLElement).textContent =
        'Flash update released';
    });
    await expect.poll(() => second.getAttribute('data-not-dead-yet'), { timeout: 2000 }).toBeNull();
    expect(await second.locator('ndy-badge').count()).toBe(0);
    expect(await first.locator('ndy-badge').count()).toBe(1);
    await page.close();
  });
});

describe('pages that swap <body>', () => {
  for (const how of ['replaceWith', 'assign', 'write'] as const) {
    it(`keeps badging after the body is swapped (${how})`, async () => {
      const page = await openPage(harness, 'badges/body-swap.html');
      await expect.poll(() => page.locator('#first[data-not-dead-yet]').count(), { timeout: 5000 }).toBe(1);
      // The swap, then a story added to the new body later (as Turbo renders, then streams).
      await page.evaluate(
        (how) =>
          (window as unknown as { swap(h: string, id: string, t: string): void }).swap(
            how,
            'swapped',
            'Flash is dead',
          ),
        how,
      );
      await expect
        .poll(() => page.locator('#swapped').getAttribute('data-not-dead-yet'), { timeout: 3000 })
        .toBe('claim');
      await page.evaluate(() => {
        const h2 = document.createElement('h2');
        h2.id = 'later';
        h2.textContent = 'Email is dead';
        document.body.append(h2);
      });
      await expect
        .poll(() => page.locator('#later').getAttribute('data-not-dead-yet'), { timeout: 3000 })
        .toBe('claim');
      await page.close();
    });
  }
});
