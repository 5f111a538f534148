// Corrections in the background: rate-limited, and told to the tabs once per
// burst, naming the texts that changed (no rescan storm in bystander tabs).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  BROADCAST_DELAY_MS,
  DISMISS_LIMIT,
  handleDismiss,
  handleUndismiss,
  resetCorrections,
  watchDismissals,
} from '@/entrypoints/background/corrections';
import type { TabRequest } from '@/lib/messages';
import { dismissedItem } from '@/lib/storage/items';

beforeEach(() => {
  fakeBrowser.reset();
  resetCorrections();
});
afterEach(() => vi.restoreAllMocks());

describe('handleDismiss', () => {
  it(`accepts ${DISMISS_LIMIT} corrections a minute at most: a burst of 300 hides ${DISMISS_LIMIT} texts`, async () => {
    await Promise.all(
      Array.from({ length: 300 }, (_, i) => handleDismiss({ type: 'dismiss', text: `Thing ${i} is dead` })),
    );
    expect(await dismissedItem.getValue()).toHaveLength(DISMISS_LIMIT);
  });

  it('accepts again once the window has passed', async () => {
    const now = vi.spyOn(Date, 'now').mockReturnValue(1_000_000);
    for (let i = 0; i < DISMISS_LIMIT + 5; i++)
      await handleDismiss({ type: 'dismiss', text: `A${i} is dead` });
    expect(await dismissedItem.getValue()).toHaveLength(DISMISS_LIMIT);
    now.mockReturnValue(1_000_000 + 60_001);
    await handleDismiss({ type: 'dismiss', text: 'Later is dead' });
    expect(await dismissedItem.getValue()).toContain('later is dead');
  });
});

describe('watchDismissals', () => {
  async function tabsTold(run: () => Promise<unknown>): Promise<TabRequest[]> {
    const tab = await fakeBrowser.tabs.create({ url: 'https://a.example/' });
    const sent: TabRequest[] = [];
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async (id: number, message: unknown) => {
      if (id === tab.id) sent.push(message as TabRequest);
      return { ok: true };
    });
    watchDismissals();
    await run();
    await new Promise((done) => setTimeout(done, BROADCAST_DELAY_MS * 2));
    return sent;
  }

  it('tells each tab once per burst, naming the changed texts', async () => {
    const sent = await tabsTold(async () => {
      for (const text of ['SEO is dead', 'Flash is dead', 'Email is dead'])
        await handleDismiss({ type: 'dismiss', text });
    });
    expect(sent).toEqual([
      { type: 'dismissed-changed', texts: ['seo is dead', 'flash is dead', 'email is dead'] },
    ]);
  });

  it('names a text brought back by undo', async () => {
    await dismissedItem.setValue(['seo is dead', 'flash is dead']);
    expect(await tabsTold(() => handleUndismiss({ type: 'undismiss', text: 'SEO is dead' }))).toEqual([
      { type: 'dismissed-changed', texts: ['seo is dead'] },
    ]);
  });
});
