// The background's side of a page's 'record' message: provenance from the
// browser, bounds per site, and a failed write that the page's retry repairs.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleRecord, resetRecorded } from '@/entrypoints/background/scan';
import { forgetVerdicts } from '@/entrypoints/background/verdicts';
import type { BackgroundRequest } from '@/lib/messages';
import { sightingsItem } from '@/lib/storage/items';
import { SITE_HOURLY_LIMIT } from '@/lib/tally/record';

type RecordRequest = Extract<BackgroundRequest, { type: 'record' }>;

function request(texts: string[], link?: (i: number) => string): RecordRequest {
  return {
    type: 'record',
    items: texts.map((text, i) => ({
      text,
      url: link?.(i),
      date: { date: '2013-04-02', source: 'card-time' },
    })),
    page: { url: 'https://forger.example/page', title: 'Forger' },
  };
}

beforeEach(() => {
  fakeBrowser.reset();
  resetRecorded();
  forgetVerdicts();
});

describe('handleRecord', () => {
  it("files a claim under the sending page's site, not the site its link points at", async () => {
    const forged = request(['SEO is dead'], () => 'https://www.nytimes.com/2013/04/02/seo-is-dead.html');
    // The page even claims another URL for itself: the sender URL comes from the browser.
    forged.page.url = 'https://www.nytimes.com/';
    await handleRecord(forged, 1, 'https://forger.example/page');
    const [stored] = await sightingsItem.getValue();
    expect(stored).toMatchObject({ site: 'forger.example', headline: 'SEO is dead' });
  });

  it(`records ${SITE_HOURLY_LIMIT} new claims per site and hour at most`, async () => {
    const texts = Array.from({ length: SITE_HOURLY_LIMIT + 100 }, (_, i) => `Product ${i} is dead`);
    await handleRecord(
      request(texts, (i) => `https://forger.example/${i}`),
      1,
      'https://forger.example/',
    );
    expect(await sightingsItem.getValue()).toHaveLength(SITE_HOURLY_LIMIT);
  }, 30_000);

  it('answers only once the claim is stored: a failed write is not taken as recorded', async () => {
    const set = vi
      .spyOn(fakeBrowser.storage.local, 'set')
      .mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    const sent = request(['SEO is dead'], () => 'https://blog.example/seo');
    await expect(handleRecord(sent, 1, 'https://blog.example/')).rejects.toThrow(/quota/);
    // The page sends it again; this time it is written.
    expect(await handleRecord(sent, 1, 'https://blog.example/')).toEqual({ ok: true });
    expect(await sightingsItem.getValue()).toHaveLength(1);
    set.mockRestore();
  });
});
