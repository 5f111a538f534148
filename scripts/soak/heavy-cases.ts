// Soak cases that are heavy: a huge page, constant re-rendering, an endless
// feed while other tabs browse.
import { add, badged, outcome, type SoakCase, shownOn, sleep } from './case-kit.ts';

export const heavy: SoakCase = {
  name: 'heavy page',
  async run({ probe, sizes, url }) {
    const page = await probe.open(url('heavy.html'));
    const shown = new Set(await badged(page, probe.hasExtension ? sizes.claims : 0, 60_000));
    return outcome({ shown });
  },
};

export const rerender: SoakCase = {
  name: 're-renders headlines every 50 ms',
  async run({ probe, sizes, url }) {
    const page = await probe.open(url('rerender.html'));
    const shown = new Set<string>();
    const end = Date.now() + sizes.runMs + 1500;
    while (Date.now() < end) {
      add(shown, await shownOn(page));
      await sleep(400);
    }
    return outcome({ shown });
  },
};

export const feedWhileBrowsing: SoakCase = {
  name: 'endless feed while other tabs browse',
  async run({ probe, sizes, url }) {
    const feed = await probe.open(url('feed.html'));
    const shown = new Set<string>();
    const end = Date.now() + sizes.runMs;
    while (Date.now() < end) {
      const other = await probe.open(url('browse.html'));
      add(shown, await badged(other, probe.hasExtension ? 5 : 0, 5000));
      await other.close();
      add(shown, await shownOn(feed));
    }
    await sleep(1500);
    add(shown, await shownOn(feed));
    return outcome({ shown });
  },
};
