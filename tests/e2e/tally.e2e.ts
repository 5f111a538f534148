// The tally end to end in real Chromium: visiting a page with a community
// management death claim dated 2014 makes the stored tally for 2014 one higher.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sighting } from '../../lib/storage/schema.ts';
import { claimsFrom, tallySubject, toExportJSON } from '../../lib/tally/index.ts';
import { type LaunchedBrowser, launchBrowser } from '../../scripts/lib/browser.ts';
import { type StaticServer, serveStatic } from '../../scripts/lib/static-server.ts';

const CM = 'community management';
let browser: LaunchedBrowser;
let server: StaticServer;
let extensionPage: Page;

beforeAll(async () => {
  server = await serveStatic({ '/': 'tests/e2e/pages' });
  browser = await launchBrowser();
  extensionPage = await browser.context.newPage();
  await extensionPage.goto(`chrome-extension://${browser.extensionId}/popup.html`);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** What the extension stored, read from an extension page. */
async function storedSightings(): Promise<Sighting[]> {
  const stored = (await extensionPage.evaluate("chrome.storage.local.get('sightings')")) as {
    sightings?: Sighting[];
  };
  return stored.sightings ?? [];
}

function tallyIn(sightings: Sighting[], year: number) {
  const row = tallySubject(claimsFrom(sightings), CM).years.find((r) => r.year === year);
  if (!row) throw new Error(`no ${year} in the tally`);
  return row.claims + row.questions;
}

describe('tally', () => {
  it('counts a 2014 claim met on a page in 2014, once', async () => {
    const before = await storedSightings();
    const in2014 = tallyIn(before, 2014);

    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/tally-2014.html`);
    await expect
      .poll(async () => (await storedSightings()).length, { timeout: 10_000 })
      .toBe(before.length + 1);
    const recorded = (await storedSightings()).at(-1);
    expect(recorded).toMatchObject({
      headline: 'Community management is dead, and this time the algorithm did it',
      canonical: CM,
      kind: 'claim',
      site: '127.0.0.1',
    });
    // The date the page shows (card <time>, or its JSON-LD/meta), not the day it was seen.
    expect(recorded?.published).toBe('2014-06-12');
    expect(recorded?.dateSource).not.toBe('seen');
    expect(tallyIn(await storedSightings(), 2014)).toBe(in2014 + 1);

    // A revisit never adds.
    await page.reload();
    await page.waitForTimeout(1500);
    expect(await storedSightings()).toHaveLength(before.length + 1);
    await page.close();
  });

  it('loses nothing when 20 tabs record at once', async () => {
    const before = await storedSightings();
    const pages = await Promise.all(Array.from({ length: 20 }, () => browser.context.newPage()));
    await Promise.all(pages.map((page, n) => page.goto(`${server.origin}/tally-tab.html?n=${n}`)));
    await expect
      .poll(async () => (await storedSightings()).length, { timeout: 20_000 })
      .toBe(before.length + 20);
    const takes = (await storedSightings())
      .filter((s) => s.headline.startsWith('Community management is dead, take '))
      .map((s) => Number(s.headline.split(' ').at(-1)))
      .sort((a, b) => a - b);
    expect(takes).toEqual(Array.from({ length: 20 }, (_, n) => n));
    expect(tallyIn(await storedSightings(), 2016) - tallyIn(before, 2016)).toBe(20);
    await Promise.all(pages.map((page) => page.close()));
  });

  it('exports, clears and re-imports the record through the background', async () => {
    const ask = (request: object) =>
      extensionPage.evaluate(`chrome.runtime.sendMessage(${JSON.stringify(request)})`);
    const seed: Sighting = {
      id: 'e2e-seed',
      headline: 'Le community management est mort, "encore"',
      subject: 'le community management',
      canonical: CM,
      kind: 'claim',
      lang: 'fr',
      url: 'https://blog.example.fr/2015/03/cm',
      site: 'blog.example.fr',
      published: '2015-03-01',
      dateSource: 'url',
      firstSeen: '2026-01-01T10:00:00.000Z',
    };
    await ask({ type: 'import', text: toExportJSON({ sightings: [seed], dismissed: [] }) });
    const stored = await storedSightings();
    expect(stored).toContainEqual(seed);

    const csv = (await ask({ type: 'export', format: 'csv' })) as {
      ok: true;
      text: string;
      filename: string;
    };
    expect(csv.filename).toMatch(/^not-dead-yet-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv.text).toContain(
      '2015-03-01,community management,claim,"Le community management est mort, ""encore""",',
    );

    const json = (await ask({ type: 'export', format: 'json' })) as { ok: true; text: string };
    const broken = (await ask({ type: 'import', text: json.text.slice(0, 100) })) as {
      ok: boolean;
      error: string;
      problem: { code: string };
    };
    expect(broken).toEqual({
      ok: false,
      error: expect.stringMatching(/not valid JSON/),
      problem: { code: 'not-json', args: [expect.stringMatching(/JSON/)] },
    });
    expect(await storedSightings()).toEqual(stored);

    expect(await ask({ type: 'clear' })).toEqual({ ok: true });
    expect(await storedSightings()).toEqual([]);
    expect(await ask({ type: 'import', text: json.text })).toEqual({ ok: true, added: stored.length });
    expect(await storedSightings()).toEqual(stored);
  });
});
