// A hostile page against the real extension: it cannot correct the reader's
// record with script clicks, switch the content script off with WXT's own
// "newer script started" event, or stop badging by defining the badge's tag.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearLocal, type Harness, openPage, startHarness, storedDismissed } from './badges-harness.ts';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

describe('a hostile page', () => {
  it('cannot dismiss badges by clicking them from its script', async () => {
    await clearLocal(harness.browser);
    const page = await openPage(harness, 'badges/body-swap.html');
    await expect.poll(() => page.locator('#first[data-not-dead-yet]').count(), { timeout: 5000 }).toBe(1);
    await page.evaluate(() => {
      const root = document.querySelector('ndy-badge')?.shadowRoot;
      root?.querySelector<HTMLButtonElement>('button.mark')?.click();
      const dismiss = root?.querySelector<HTMLButtonElement>('button.dismiss');
      dismiss?.click();
      dismiss?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    });
    await page.waitForTimeout(500);
    expect(await storedDismissed(harness.browser)).toEqual([]);
    expect(await page.locator('#first').getAttribute('data-not-dead-yet')).toBe('claim');
    await page.close();
  });

  it("cannot stop the content script with WXT's script-started event", async () => {
    const page = await openPage(harness, 'badges/body-swap.html');
    await expect.poll(() => page.locator('#first[data-not-dead-yet]').count(), { timeout: 5000 }).toBe(1);
    await page.evaluate((id) => {
      document.dispatchEvent(
        new CustomEvent(`${id}:content:wxt:content-script-started`, {
          detail: { contentScriptName: 'content', messageId: 'forged' },
        }),
      );
      const h2 = document.createElement('h2');
      h2.id = 'after';
      h2.textContent = 'Email is dead';
      document.body.append(h2);
    }, harness.browser.extensionId);
    await expect
      .poll(() => page.locator('#after').getAttribute('data-not-dead-yet'), { timeout: 3000 })
      .toBe('claim');
    await page.close();
  });

  it("still badges when it defines its own element with the badge's tag", async () => {
    const page = await openPage(harness, 'badges/own-badge-tag.html');
    await expect
      .poll(() => page.locator('#claim').getAttribute('data-not-dead-yet'), { timeout: 5000 })
      .toBe('claim');
    expect(await page.locator('#claim [data-ndy-badge] .mark').count()).toBe(1);
    await page.close();
  });
});
