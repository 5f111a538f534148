// The soak's cases. Each drives its pages the same way with and without the
// extension (for the cost columns); with it, it also checks what the
// extension did: claims shown vs recorded, corrections, provenance, storage.
import type { Page } from 'playwright-core';
import { normalizeHeadline } from '../../lib/tally/normalize.ts';
import { SITE_HOURLY_LIMIT } from '../../lib/tally/record.ts';
import type { Sizes } from './pages.ts';
import type { Probe } from './probe.ts';

export interface CaseEnv {
  probe: Probe;
  sizes: Sizes;
  /** The URL of a soak page under this case's own site (<case>.soak.test). */
  url(path: string): string;
  host: string;
}

export interface CaseOutcome {
  faults: number;
  badInputs: number;
  /** Normalised texts of the headlines badged on the case's pages. */
  shown: Set<string>;
  /** Shown claims the site's hourly bound held back on purpose (not lost). */
  heldBack: number;
  /** Corrections written that no user gesture made. */
  forgedCorrections: number;
  /** Badges a page reads differently depending on the reader's own record. */
  leaks: number;
  /** Anything else that went wrong, in words. */
  problems: string[];
}

export interface SoakCase {
  name: string;
  run(env: CaseEnv): Promise<CaseOutcome>;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

const outcome = (over: Partial<CaseOutcome> = {}): CaseOutcome => ({
  faults: 0,
  badInputs: 0,
  shown: new Set(),
  heldBack: 0,
  forgedCorrections: 0,
  leaks: 0,
  problems: [],
  ...over,
});

/** The normalised texts of the badged headlines now on `page`. */
export async function shownOn(page: Page): Promise<string[]> {
  const texts = await page.evaluate(() =>
    [...document.querySelectorAll('[data-not-dead-yet]')].map((el) => el.textContent ?? ''),
  );
  return texts.map(normalizeHeadline);
}

/** Waits until `page` shows `count` badges or more, or `timeout` passes; returns what it shows. */
async function badged(page: Page, count: number, timeout = 20_000): Promise<string[]> {
  const end = Date.now() + timeout;
  let shown = await shownOn(page);
  while (shown.length < count && Date.now() < end) {
    await sleep(250);
    shown = await shownOn(page);
  }
  return shown;
}

const pageAttempts = (page: Page) =>
  page.evaluate(() => (window as unknown as { attempts?: number }).attempts ?? 0);

const add = (set: Set<string>, texts: string[]) => {
  for (const t of texts) set.add(t);
};

const stopAndRestart: SoakCase = {
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

const syntheticClicks: SoakCase = {
  name: 'page clicks "Not a death claim" by script',
  async run({ probe, sizes, url }) {
    const page = await probe.open(url('synthetic-clicks.html'));
    const bystander = await probe.open(url('browse.html'));
    await sleep(sizes.runMs + 500);
    const shown = new Set([...(await shownOn(page)), ...(await shownOn(bystander))]);
    const forgedCorrections = probe.hasExtension
      ? ((await probe.local<string[]>('dismissed')) ?? []).length
      : 0;
    return outcome({ badInputs: await pageAttempts(page), shown, forgedCorrections });
  },
};

const forgedProvenance: SoakCase = {
  name: 'links to another site beside <time>',
  async run({ probe, url, host }) {
    const page = await probe.open(url('forged.html'));
    const shown = new Set(await badged(page, probe.hasExtension ? 20 : 0));
    const problems: string[] = [];
    if (probe.hasExtension) {
      await sleep(1500);
      const stored = (await probe.local<{ site: string }[]>('sightings')) ?? [];
      const elsewhere = stored.filter((s) => s.site !== host).length;
      if (elsewhere) problems.push(`${elsewhere} claims filed under another site`);
    }
    return outcome({ badInputs: 20, shown, problems });
  },
};

const GENUINE = 200;

const floodCase: SoakCase = {
  name: 'one page with thousands of unique claims',
  async run({ probe, sizes, url }) {
    const problems: string[] = [];
    if (probe.hasExtension) {
      // 200 genuine sightings from 20 other sites, seen earlier.
      await (
        await probe.worker()
      ).evaluate(`chrome.storage.local.set({ 'sightings$': { v: 2 }, sightings: Array.from({ length: ${GENUINE} }, (_, i) => ({
        id: 'genuine-' + i, headline: 'Genuine ' + i + ' is dead', subject: 'genuine ' + i, canonical: 'genuine ' + i,
        kind: 'claim', lang: 'en', url: 'https://site' + (i % 20) + '.example/' + i, site: 'site' + (i % 20) + '.example',
        published: '2015-01-01', dateSource: 'meta', firstSeen: '2026-01-01T00:00:00.000Z' })) })`);
    }
    const page = await probe.open(url('flood.html'));
    const shown = new Set(await badged(page, probe.hasExtension ? sizes.flood : 0, 60_000));
    if (probe.hasExtension) {
      await sleep(2000);
      const stored = (await probe.local<{ id: string }[]>('sightings')) ?? [];
      const genuine = stored.filter((s) => s.id.startsWith('genuine-')).length;
      if (genuine !== GENUINE) problems.push(`${GENUINE - genuine} of ${GENUINE} genuine sightings lost`);
    }
    return outcome({
      badInputs: sizes.flood,
      shown,
      heldBack: Math.max(0, shown.size - SITE_HOURLY_LIMIT),
      problems,
    });
  },
};

const storageWall: SoakCase = {
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

const FORMULAS = [
  '=HYPERLINK("https://evil.example","SEO is dead")',
  '+SEO is dead',
  '-Flash is dead',
  '@SUM(1) is dead',
  '\tTab is dead',
  '\rReturn is dead',
  '=1+1 is dead',
  '+cmd|" /C calc"!A0 is dead',
];

const BAD_IMPORTS = [
  '{',
  '[]',
  '{"format":"other"}',
  JSON.stringify({
    format: 'not-dead-yet',
    version: 1,
    exported: '2026-01-01T00:00:00Z',
    sightings: [
      {
        id: 'x',
        headline: 'X is dead',
        subject: null,
        canonical: 'x',
        kind: 'claim',
        lang: 'en',
        url: 'javascript:alert(1)',
        site: 'a',
        published: '2016-01-01',
        dateSource: 'meta',
        firstSeen: '2026-01-01T00:00:00Z',
      },
    ],
    dismissed: [],
  }),
  JSON.stringify({
    format: 'not-dead-yet',
    version: 1,
    exported: '2026-01-01T00:00:00Z',
    sightings: [
      {
        id: 'y',
        headline: 'Y is \u202edaed',
        subject: null,
        canonical: 'y',
        kind: 'claim',
        lang: 'en',
        url: 'data:text/html,x',
        site: 'a',
        published: '2016-01-01',
        dateSource: 'meta',
        firstSeen: '2026-01-01T00:00:00Z',
      },
    ],
    dismissed: [],
  }),
];

const csvAndImports: SoakCase = {
  name: 'formula headlines exported; bad imports',
  async run({ probe }) {
    if (!probe.hasExtension) return outcome();
    const problems: string[] = [];
    const options = await probe.open(`chrome-extension://${probe.browser.extensionId}/options.html`);
    const ask = (request: object) =>
      options.evaluate(`chrome.runtime.sendMessage(${JSON.stringify(request)})`);
    const sightings = FORMULAS.map((headline, i) => ({
      id: `f${i}`,
      headline,
      subject: headline,
      canonical: headline,
      kind: 'claim',
      lang: 'en',
      url: `https://example.com/${i}`,
      site: '=example.com',
      published: '2019-01-01',
      dateSource: 'meta',
      firstSeen: '2026-01-01T00:00:00Z',
    }));
    const file = {
      format: 'not-dead-yet',
      version: 1,
      exported: '2026-01-01T00:00:00Z',
      sightings,
      dismissed: [],
    };
    const imported = (await ask({ type: 'import', text: JSON.stringify(file) })) as { ok: boolean };
    if (!imported.ok) problems.push('the formula headlines were not imported');
    for (const text of BAD_IMPORTS) {
      const result = (await ask({ type: 'import', text })) as { ok: boolean; error?: string } | undefined;
      if (result?.ok !== false || !result.error)
        problems.push(`a bad import was not refused with a message: ${text.slice(0, 40)}`);
    }
    const csv = ((await ask({ type: 'export', format: 'csv' })) as { text: string }).text;
    const cells = [...csv.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,\r\n]*)/g)].map((m) =>
      (m[1] ?? '').replace(/^"|"$/g, '').replaceAll('""', '"'),
    );
    const formulas = cells.filter((c) => /^[=+\-@\t\r]/.test(c)).length;
    if (formulas) problems.push(`${formulas} CSV cells a spreadsheet would run`);
    return outcome({ badInputs: FORMULAS.length + BAD_IMPORTS.length, problems });
  },
};

const spoofing: SoakCase = {
  name: 'spoofed messages and WXT events',
  async run({ probe, sizes, url }) {
    const page = await probe.open(url(`spoof.html?id=${probe.browser.extensionId}`));
    await sleep(sizes.runMs + 1500);
    const shown = await shownOn(page);
    const problems: string[] = [];
    // The five claims added halfway through the spoofing must be badged: the content script is still alive.
    if (probe.hasExtension && shown.filter((t) => /^sprocket 10\d is dead$/.test(t)).length !== 5)
      problems.push('claims added after the spoofing were not badged');
    return outcome({ badInputs: await pageAttempts(page), shown: new Set(shown), problems });
  },
};

const bodySwaps: SoakCase = {
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

const vandal: SoakCase = {
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

const heavy: SoakCase = {
  name: 'heavy page',
  async run({ probe, sizes, url }) {
    const page = await probe.open(url('heavy.html'));
    const shown = new Set(await badged(page, probe.hasExtension ? sizes.claims : 0, 60_000));
    return outcome({ shown });
  },
};

const rerender: SoakCase = {
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

const feedWhileBrowsing: SoakCase = {
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

/** Everything a page can read of its badges: text, attributes, size. */
const badgeView = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('ndy-badge')].map((host) => {
      const root = host.shadowRoot;
      const rect = host.getBoundingClientRect();
      return JSON.stringify({
        text: root?.textContent ?? '',
        attributes: [...(root?.querySelectorAll('*') ?? [])].flatMap((el) =>
          [...el.attributes]
            .filter((a) => a.name !== 'id' && a.name !== 'aria-controls')
            .map((a) => `${a.name}=${a.value}`),
        ),
        size: [Math.round(rect.width), Math.round(rect.height)],
      });
    }),
  );

const leak: SoakCase = {
  name: 'badge with and without a personal record',
  async run({ probe, url }) {
    if (!probe.hasExtension) return outcome();
    const problems: string[] = [];
    const page = await probe.open(url('leak.html'));
    await badged(page, 1);
    // Open every badge's details, as a page's script can.
    const openAll = () =>
      page.evaluate(() => {
        for (const host of document.querySelectorAll('ndy-badge'))
          host.shadowRoot?.querySelector<HTMLElement>('button.mark')?.click();
      });
    await openAll();
    const before = await badgeView(page);
    // The reader met the same subject on other sites.
    const sightings = Array.from({ length: 5 }, (_, i) => ({
      id: `elsewhere-${i}`,
      headline: `Elsewhere ${i}: SEO is dead`,
      subject: 'seo',
      canonical: 'seo',
      kind: 'claim',
      lang: 'en',
      url: `https://elsewhere${i}.example/`,
      site: `elsewhere${i}.example`,
      published: `201${i}-01-01`,
      dateSource: 'meta',
      firstSeen: '2026-01-01T00:00:00.000Z',
    }));
    await (await probe.worker()).evaluate(
      // Added to what the page itself recorded, as browsing elsewhere would.
      `chrome.storage.local.get('sightings').then(({ sightings = [] }) => chrome.storage.local.set({ sightings: [...sightings, ...${JSON.stringify(sightings)}] }))`,
    );
    await page.reload({ waitUntil: 'load' });
    await badged(page, 1);
    await openAll();
    const after = await badgeView(page);
    const leaks =
      before.filter((view, i) => view !== after[i]).length + Math.abs(before.length - after.length);
    if (leaks)
      problems.push(`${leaks} badges read differently once the reader's own record holds the subject`);
    return outcome({ badInputs: 1, shown: new Set(await shownOn(page)), problems, leaks });
  },
};

export const CASES: SoakCase[] = [
  stopAndRestart,
  syntheticClicks,
  forgedProvenance,
  floodCase,
  storageWall,
  csvAndImports,
  spoofing,
  bodySwaps,
  vandal,
  heavy,
  rerender,
  feedWhileBrowsing,
  leak,
];
