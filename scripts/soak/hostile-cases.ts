// Soak cases with a hostile page or file: script clicks, forged provenance,
// a flood of claims, formula headlines and bad imports, spoofed messages, and
// what a page can read of its badges.
import type { Page } from 'playwright-core';
import { SITE_HOURLY_LIMIT } from '../../lib/tally/record.ts';
import { badged, outcome, pageAttempts, type SoakCase, shownOn, sleep } from './case-kit.ts';

export const syntheticClicks: SoakCase = {
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

export const forgedProvenance: SoakCase = {
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

export const floodCase: SoakCase = {
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

export const csvAndImports: SoakCase = {
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

export const spoofing: SoakCase = {
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

export const leak: SoakCase = {
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
    // Once the page's own claim is stored (a write racing the one below would be overwritten by it)…
    for (let tries = 0; tries < 40; tries++) {
      const stored = (await probe.local<{ canonical: string }[]>('sightings')) ?? [];
      if (stored.some((x) => x.canonical === 'seo')) break;
      await sleep(250);
    }
    // …added to what the page itself recorded, as browsing elsewhere would.
    await (await probe.worker()).evaluate(
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
