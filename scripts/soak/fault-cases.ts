// Soak cases with faults: the worker stopped mid-scan, storage at its wall,
// bodies swapped, badges deleted and moved by the page.
import { add, badged, outcome, pageAttempts, type SoakCase, shownOn, sleep } from './case-kit.ts';

export const stopAndRestart: SoakCase = {
  name: 'worker stopped 600–800 ms into 20 tabs',
  async run({ probe, sizes, url }) {
    const watcher = await probe.open('about:blank');
    const opening = Promise.all(
      Array.from({ length: sizes.tabs }, (_, n) => probe.open(url(`tabs/${n}.html`))),
    );
    let faults = 0;
    if (probe.hasExtension) {
      await sleep(600 + Math.random() * 200);
      await probe.stopWorkers(watcher);
      faults++;
    }
    const pages = await opening;
    const shown = new Set<string>();
    for (const page of pages) add(shown, await badged(page, probe.hasExtension ? 5 : 0));
    return outcome({ faults, shown });
  },
};

export const storageWall: SoakCase = {
  name: 'storage.local near its 10 MiB wall',
  async run({ probe, url }) {
    const problems: string[] = [];
    let faults = 0;
    if (probe.hasExtension) {
      // A record as a cap of 100,000 let it grow, up to ~9.7 MB, then 50 new claims and a correction.
      await (await probe.worker()).evaluate(`(async () => {
        const list = [];
        let bytes = 0;
        for (let i = 0; bytes < 9.7e6; i++) {
          const s = { id: 'old-' + i, headline: 'Stored claim ' + i + ' is dead', subject: 'stored', canonical: 'stored ' + (i % 300),
            kind: 'claim', lang: 'en', url: 'https://old' + (i % 40) + '.example/articles/' + i, site: 'old' + (i % 40) + '.example',
            published: '2016-05-24', dateSource: 'meta', firstSeen: '2026-01-01T00:00:00.000Z' };
          list.push(s);
          bytes += JSON.stringify(s).length + 1;
        }
        await chrome.storage.sync.set({ settings: { maxSightings: 100000 } });
        await chrome.storage.local.set({ 'sightings$': { v: 2 }, sightings: list });
      })()`);
      faults++;
    }
    const page = await probe.open(url('wall.html'));
    const shown = new Set(await badged(page, probe.hasExtension ? 50 : 0));
    if (probe.hasExtension) {
      // The reader's own correction, with a real click.
      await page.locator('ndy-badge').first().hover();
      await page.locator('ndy-badge .dismiss').first().click();
      const clicked = Date.now();
      let dismissed: string[] = [];
      while (dismissed.length === 0 && Date.now() - clicked < 15_000) {
        await sleep(250);
        dismissed = (await probe.local<string[]>('dismissed')) ?? [];
      }
      process.stderr.write(
        `soak: the correction at the wall was stored ${Date.now() - clicked} ms after the click\n`,
      );
      if (dismissed.length !== 1)
        problems.push(`the reader's correction was not stored (${dismissed.length})`);
      const worker = await probe.worker();
      const bytes = (await worker.evaluate('chrome.storage.local.getBytesInUse(null)')) as number;
      if (bytes > 10 * 1024 * 1024) problems.push(`storage.local holds ${bytes} bytes`);
      await worker.evaluate('chrome.storage.sync.clear()');
    }
    return outcome({ faults, shown, problems });
  },
};

export const bodySwaps: SoakCase = {
  name: 'body replaced three ways',
  async run({ probe, url }) {
    const page = await probe.open(url('body-swap.html'));
    const shown = new Set<string>();
    // Before each swap wipes what came before, note what is badged.
    for (let t = 0; t < 5; t++) {
      await sleep(750);
      add(shown, await shownOn(page));
    }
    await sleep(500);
    add(shown, await shownOn(page));
    const problems: string[] = [];
    if (probe.hasExtension && !shown.has('cog 40 is dead'))
      problems.push('a claim after the swaps was not badged');
    return outcome({ faults: 3, shown, problems });
  },
};

export const vandal: SoakCase = {
  name: 'page deletes and moves badges',
  async run({ probe, sizes, url }) {
    const page = await probe.open(url('vandal.html'));
    const shown = new Set<string>();
    const end = Date.now() + sizes.runMs + 500;
    while (Date.now() < end) {
      add(shown, await shownOn(page));
      await sleep(500);
    }
    return outcome({ faults: await pageAttempts(page), shown });
  },
};
