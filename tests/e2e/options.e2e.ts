// The options page in real Chromium: every control and its effect on an open
// test page or on storage; export/import/clear; axe and screenshots in light
// and dark, English and French.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { aliasesOf } from '../../lib/detector/aliases.ts';
import type { Sighting } from '../../lib/storage/schema.ts';
import { claimsFrom } from '../../lib/tally/claims.ts';
import { rankSubjects } from '../../lib/tally/count.ts';
import { TIMELINE } from '../../lib/tally/timeline.ts';
import { type LaunchedBrowser, launchBrowser } from '../../scripts/lib/browser.ts';
import { type StaticServer, serveStatic } from '../../scripts/lib/static-server.ts';
import {
  axeScan,
  layoutShifts,
  openExtensionPage,
  resetSettings,
  seedSightings,
  sighting,
  storedLocal,
  storedSettings,
} from './extension-pages.ts';

const SHOTS = 'test-results/screenshots';
const SIGHTINGS = [
  sighting({
    headline: 'Community management is dead, again',
    canonical: 'community management',
    published: '2019-03-04',
  }),
  sighting({ headline: 'SEO is dead (for real this time)', canonical: 'seo', published: '2020-06-01' }),
  sighting({ headline: 'Email is dead', canonical: 'email', published: '2021-02-03' }),
];
// Stored as the badge's "not a death claim" stores them: normalised.
const DISMISSED = ['the death of the author a novel'];

let server: StaticServer;
let browser: LaunchedBrowser;
let site: Page;
let options: Page;

const badges = () => site.locator('[data-not-dead-yet]').count();

async function openOptions(b: LaunchedBrowser): Promise<Page> {
  const page = await openExtensionPage(b, 'options.html');
  await page.waitForSelector('main[aria-busy="false"]');
  return page;
}

/** Fresh settings and data, the test page open with its three badges. */
async function fresh() {
  await resetSettings(browser);
  await seedSightings(options, SIGHTINGS, DISMISSED);
  await site.reload();
  await expect.poll(badges, { timeout: 10_000 }).toBe(3);
}

function tmpFile(name: string, text: string): string {
  const path = join(tmpdir(), `ndy-${process.pid}-${name}`);
  writeFileSync(path, text);
  return path;
}

async function downloaded(download: Download): Promise<string> {
  const path = await download.path();
  return readFileSync(path, 'utf8');
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await serveStatic({ '/': 'tests/e2e/pages' });
  browser = await launchBrowser();
  site = await browser.context.newPage();
  await site.goto(`${server.origin}/basic.html`);
  options = await openOptions(browser);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('options (English)', () => {
  beforeEach(fresh);

  it('global switch: off removes every badge from the open page, on brings them back', async () => {
    const toggle = options.getByRole('switch', { name: 'Show badges' });
    expect(await toggle.isChecked()).toBe(true);
    await toggle.click();
    await expect.poll(badges).toBe(0);
    expect((await storedSettings(browser)).enabled).toBe(false);
    await toggle.click();
    await expect.poll(badges).toBe(3);
    expect((await storedSettings(browser)).enabled).toBe(true);
  });

  it('badge style: compact shows the skull alone, full the word and count again', async () => {
    // The badge's visible mark (in its open shadow root) on the open page.
    const mark = () => site.locator('h1 button.mark').textContent();
    expect(await mark()).toContain('dead');
    await options.getByLabel('Compact: the skull only').check();
    await expect.poll(async () => (await storedSettings(browser)).badgeStyle).toBe('compact');
    await expect.poll(mark).not.toContain('dead');
    await options.getByLabel('Full: the skull and how often it was declared dead').check();
    await expect.poll(async () => (await storedSettings(browser)).badgeStyle).toBe('full');
    await expect.poll(mark).toContain('dead');
    expect(await badges()).toBe(3);
  });

  it('languages: without French the French headline loses its badge', async () => {
    const french = options.getByLabel('French');
    await french.uncheck();
    await expect.poll(async () => (await storedSettings(browser)).langs).toEqual(['en']);
    await site.reload();
    await expect.poll(badges, { timeout: 10_000 }).toBe(2);
    expect(await site.locator('h2[data-not-dead-yet]').count()).toBe(0);
    await options.getByLabel('English').uncheck();
    await expect
      .poll(() => options.getByText('No language chosen: no headline will be flagged.').isVisible())
      .toBe(true);
    await options.getByLabel('English').check();
    await french.check();
    await expect.poll(async () => (await storedSettings(browser)).langs).toEqual(['en', 'fr']);
  });

  it('site rules: invalid patterns are refused with a clear message; a deny rule for the host removes the badges; edit and remove', async () => {
    const add = options.locator('section[aria-labelledby="sites-title"] form').last();
    const pattern = add.getByLabel('Site or pattern');
    await pattern.fill('not a site!');
    await add.getByRole('button', { name: 'Add' }).click();
    expect(await add.getByRole('alert').textContent()).toBe(
      '“not a site!” is not a site: write a host such as example.com, or *.example.com for all its subdomains.',
    );
    expect(await pattern.getAttribute('aria-invalid')).toBe('true');
    await pattern.fill('  ');
    await add.getByRole('button', { name: 'Add' }).click();
    expect(await add.getByRole('alert').textContent()).toBe(
      'Enter a site, such as example.com or *.example.com.',
    );
    expect((await storedSettings(browser)).siteRules).toEqual([]);

    await pattern.fill('http://127.0.0.1:8080/some/page');
    await add.getByLabel('Rule').selectOption('deny');
    await add.getByRole('button', { name: 'Add' }).click();
    await expect.poll(badges).toBe(0);
    expect((await storedSettings(browser)).siteRules).toEqual([{ pattern: '127.0.0.1', action: 'deny' }]);
    expect(await add.getByRole('alert').textContent()).toBe('');

    await options.getByRole('button', { name: 'Edit 127.0.0.1' }).click();
    const edit = options.locator('.rules form');
    await edit.getByLabel('Site or pattern').fill('*.example.com');
    await edit.getByRole('button', { name: 'Save' }).click();
    await expect.poll(badges).toBe(3);
    expect((await storedSettings(browser)).siteRules).toEqual([{ pattern: '*.example.com', action: 'deny' }]);

    await options.getByRole('button', { name: 'Edit *.example.com' }).click();
    await options.locator('.rules form').getByLabel('Site or pattern').fill('bad pattern');
    await options.locator('.rules form').getByRole('button', { name: 'Save' }).click();
    expect(await options.locator('.rules form').getByRole('alert').textContent()).toContain(
      '“bad pattern” is not a site',
    );
    await options.locator('.rules form').getByRole('button', { name: 'Cancel' }).click();
    expect((await storedSettings(browser)).siteRules).toEqual([{ pattern: '*.example.com', action: 'deny' }]);

    await options.getByRole('button', { name: 'Remove *.example.com' }).click();
    await expect.poll(async () => (await storedSettings(browser)).siteRules).toEqual([]);
    await expect.poll(() => options.getByText('No site rule yet.').isVisible()).toBe(true);
  });

  it('mode "only on": no badges until the host is allowed', async () => {
    await options.getByLabel('Only on the sites allowed below').check();
    await expect.poll(badges).toBe(0);
    const add = options.locator('section[aria-labelledby="sites-title"] form').last();
    await add.getByLabel('Site or pattern').fill('127.0.0.1');
    await add.getByLabel('Rule').selectOption('allow');
    await add.getByRole('button', { name: 'Add' }).click();
    await expect.poll(badges).toBe(3);
    expect(await storedSettings(browser)).toMatchObject({
      siteMode: 'only-on',
      siteRules: [{ pattern: '127.0.0.1', action: 'allow' }],
    });
    await options.getByLabel('Everywhere except the sites blocked below').check();
    await expect.poll(async () => (await storedSettings(browser)).siteMode).toBe('everywhere-except');
  });

  it('subjects: every subject with its count and aliases; muting one removes its badge', async () => {
    const ranked = rankSubjects(claimsFrom(SIGHTINGS, TIMELINE, DISMISSED));
    const rows = options.locator('table.subjects tbody tr');
    expect(await rows.locator('th').first().textContent()).toBe('community management');
    expect(await rows.count()).toBe(ranked.length);
    const cm = options.locator('tr[data-subject="community management"]');
    const aliases = aliasesOf('community management').filter((a) => a !== 'community management');
    expect(aliases.length).toBeGreaterThan(0);
    expect(await cm.locator('.aliases').textContent()).toBe(aliases.join(', '));

    await options.getByLabel('Mute seo').check();
    await expect.poll(async () => (await storedSettings(browser)).mutedSubjects).toEqual(['seo']);
    await expect.poll(badges).toBe(2);
    expect(await site.locator('h1[data-not-dead-yet]').count()).toBe(0);
    await options.getByLabel('Mute seo').uncheck();
    await expect.poll(badges).toBe(3);
  });

  it('corrections: lists the dismissed headlines; undo forgets one and its badge comes back', async () => {
    // "Flash is dead" marked "not a death claim", as its badge would store it.
    await seedSightings(options, SIGHTINGS, [...DISMISSED, 'flash is dead']);
    await site.reload();
    await expect.poll(badges, { timeout: 10_000 }).toBe(2);
    const list = options.locator('ul.corrections li');
    await expect.poll(() => list.allTextContents()).toEqual([`${DISMISSED[0]}Undo`, 'flash is deadUndo']);
    await options.getByRole('button', { name: 'Undo “flash is dead”' }).click();
    await expect.poll(() => storedLocal<string[]>(browser, 'dismissed')).toEqual(DISMISSED);
    await expect.poll(() => list.count()).toBe(1);
    await site.reload();
    await expect.poll(badges, { timeout: 10_000 }).toBe(3);
    await options.getByRole('button', { name: `Undo “${DISMISSED[0]}”` }).click();
    await expect.poll(() => list.count()).toBe(0);
    await expect.poll(() => options.getByText('No correction yet.').isVisible()).toBe(true);
  });

  it('data: counts, export JSON and CSV, import, size cap', async () => {
    expect(await options.getByTestId('count-sightings').textContent()).toBe('3');
    expect(await options.getByTestId('count-dismissed').textContent()).toBe('1');

    const [json] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export JSON' }).click(),
    ]);
    expect(json.suggestedFilename()).toMatch(/\.json$/);
    const exported = JSON.parse(await downloaded(json)) as { sightings: Sighting[]; dismissed: string[] };
    expect(exported.sightings.map((s) => s.headline).sort()).toEqual(SIGHTINGS.map((s) => s.headline).sort());
    expect(exported.dismissed).toEqual(DISMISSED);
    expect(await options.getByRole('status').textContent()).toBe(`Exported ${json.suggestedFilename()}.`);

    const [csv] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    expect(csv.suggestedFilename()).toMatch(/\.csv$/);
    const csvText = await downloaded(csv);
    expect(csvText).toContain('Email is dead');

    // Import into an emptied record: the three come back.
    await options.evaluate(`chrome.runtime.sendMessage({ type: 'clear' })`);
    await expect.poll(() => options.getByTestId('count-sightings').textContent()).toBe('0');
    await options
      .getByLabel('Import a JSON export')
      .setInputFiles(tmpFile('good.json', JSON.stringify(exported)));
    await expect.poll(() => options.getByRole('status').textContent()).toBe('Imported: 3 new death claims.');
    await expect.poll(() => options.getByTestId('count-sightings').textContent()).toBe('3');

    const cap = options.getByLabel('Keep at most this many death claims met while browsing');
    await cap.fill('50');
    await cap.press('Enter');
    expect(await options.locator('form.cap [role="alert"]').textContent()).toBe(
      'Choose a whole number from 100 to 20,000.',
    );
    expect((await storedSettings(browser)).maxSightings).toBe(5000);
    await cap.fill('200');
    await cap.press('Enter');
    await expect.poll(async () => (await storedSettings(browser)).maxSightings).toBe(200);
    expect(await options.locator('form.cap [role="alert"]').textContent()).toBe('');
  });

  it('import of a bad file shows its message and changes nothing', async () => {
    const before = await storedLocal<Sighting[]>(browser, 'sightings');
    expect(before).toHaveLength(3);
    const input = options.getByLabel('Import a JSON export');
    await input.setInputFiles(tmpFile('bad.json', '{"format": "something else"}'));
    const status = options.getByRole('status');
    await expect.poll(() => status.textContent()).toMatch(/^Nothing imported\. .+/);
    const message = await status.textContent();
    expect(message).toContain('not a Not Dead Yet export');
    await input.setInputFiles(tmpFile('garbage.json', 'this is not JSON at all'));
    await expect.poll(() => status.textContent()).not.toBe(message);
    expect(await status.textContent()).toMatch(/^Nothing imported\. .+/);
    expect(await storedLocal<Sighting[]>(browser, 'sightings')).toEqual(before);
    expect(await options.getByTestId('count-sightings').textContent()).toBe('3');
    // 70 MB: past the browser's 64 MiB message limit, so it is refused here with the same message.
    await input.setInputFiles(tmpFile('huge.json', 'x'.repeat(70 * 1024 * 1024)));
    await expect
      .poll(() => status.textContent())
      .toBe('Nothing imported. The file is too large (70.0 MB); the limit is 5 MB.');
    expect(await storedLocal<Sighting[]>(browser, 'sightings')).toEqual(before);
  });

  it('shows its data whatever storage holds (corrupted values are read as what is valid in them)', async () => {
    const shapes = [
      '"junk"',
      '{ "a": 1 }',
      '[1, null, "x"]',
      `[{ "headline": 5 }, ${JSON.stringify(SIGHTINGS[0])}]`,
      'null',
    ];
    for (const shape of shapes) {
      await browser.worker?.evaluate(
        `chrome.storage.local.set({ sightings: ${shape}, dismissed: ${shape} })`,
      );
      const page = await openOptions(browser);
      const count = Number(await page.getByTestId('count-sightings').textContent());
      expect(count, shape).toBe(shape.includes('headline') ? 1 : 0);
      await page.close();
    }
  });

  it('clear asks first in the page; cancel keeps the data, confirm empties it', async () => {
    await options.getByRole('button', { name: 'Clear all data…' }).click();
    const dialog = options.getByRole('dialog', { name: 'Clear all data?' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    // The safe choice has the focus.
    expect(await options.evaluate(() => document.activeElement?.textContent)).toBe('Cancel');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await storedLocal<Sighting[]>(browser, 'sightings')).toHaveLength(3);

    await options.getByRole('button', { name: 'Clear all data…' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await options.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await storedLocal<Sighting[]>(browser, 'sightings')).toHaveLength(3);

    await options.getByRole('button', { name: 'Clear all data…' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await dialog.getByRole('button', { name: 'Clear', exact: true }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await expect.poll(() => options.getByTestId('count-sightings').textContent()).toBe('0');
    expect(await storedLocal<Sighting[]>(browser, 'sightings')).toEqual([]);
    expect(await options.getByTestId('count-dismissed').textContent()).toBe('0');
    expect(await options.getByRole('status').textContent()).toBe('All data cleared.');
  });

  it('about: nothing leaves the machine, the version, the origin post', async () => {
    const about = options.locator('section[aria-labelledby="about-title"]');
    const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(await about.getByTestId('version').textContent()).toBe(`Version ${manifest.version}`);
    expect(await about.locator('cite').textContent()).toBe('À propos de la sempiternelle mort du CM');
    expect(await about.textContent()).toContain('Nothing leaves your machine');
  });

  it('nothing moves while its data loads', async () => {
    const page = await openOptions(browser);
    const shifts = await layoutShifts(page);
    console.log(`options layout shifts while loading: ${JSON.stringify(shifts)}`);
    expect(shifts.reduce((a, b) => a + b, 0)).toBe(0);
    await page.close();
  });

  it('every control is reachable by keyboard and has a name', async () => {
    const controls = await options.evaluate(() =>
      [...document.querySelectorAll('main input, main select, main button')].map((el) => ({
        tag: el.tagName,
        tabbable: (el as HTMLElement).tabIndex >= 0,
        named: !!(
          (el as HTMLInputElement).labels?.length ||
          el.getAttribute('aria-label') ||
          el.textContent?.trim()
        ),
      })),
    );
    expect(controls.length).toBeGreaterThan(15);
    expect(controls.filter((c) => !c.tabbable || !c.named)).toEqual([]);
  });

  it('passes axe in light and dark (dialog open too); screenshots', async () => {
    // A fresh page (no status left from earlier tests) with a few rules, as a reader would have them.
    await options.reload();
    await options.waitForSelector('main[aria-busy="false"]');
    const add = options.locator('section[aria-labelledby="sites-title"] form').last();
    for (const [pattern, action] of [
      ['news.example.com', 'deny'],
      ['*.example.org', 'allow'],
    ] as const) {
      await add.getByLabel('Site or pattern').fill(pattern);
      await add.getByLabel('Rule').selectOption(action);
      await add.getByRole('button', { name: 'Add' }).click();
    }
    await expect.poll(async () => (await storedSettings(browser)).siteRules).toHaveLength(2);
    expect(await options.locator('form.cap input').inputValue()).toBe('5000');
    await options.setViewportSize({ width: 800, height: 800 });
    for (const scheme of ['light', 'dark'] as const) {
      await options.emulateMedia({ colorScheme: scheme });
      const axe = await axeScan(options);
      console.log(
        `axe options en ${scheme}: ${axe.total} violations (serious ${axe.serious}, critical ${axe.critical}) ${axe.ids.join(' ')}`,
      );
      expect(axe.serious + axe.critical).toBe(0);
      await options.screenshot({ path: `${SHOTS}/options-en-${scheme}.png`, fullPage: true });
    }
    await options.getByRole('button', { name: 'Clear all data…' }).click();
    await expect.poll(() => options.getByRole('dialog').isVisible()).toBe(true);
    const axe = await axeScan(options);
    console.log(
      `axe options en dark, dialog open: ${axe.total} violations (serious ${axe.serious}, critical ${axe.critical}) ${axe.ids.join(' ')}`,
    );
    expect(axe.serious + axe.critical).toBe(0);
    await options.keyboard.press('Escape');
    await expect.poll(() => options.getByRole('dialog').isVisible()).toBe(false);
    await options.emulateMedia({ colorScheme: 'light' });
  });
});

describe('options (French)', () => {
  let fr: LaunchedBrowser;
  beforeAll(async () => {
    fr = await launchBrowser({ locale: 'fr' });
  });
  afterAll(async () => {
    await fr?.close();
  });

  it('speaks French, explains an invalid pattern in French, passes axe in light and dark; screenshots', async () => {
    const page = await openOptions(fr);
    await seedSightings(page, SIGHTINGS, DISMISSED);
    expect(await page.evaluate('chrome.i18n.getUILanguage()')).toBe('fr');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    expect(await page.getByRole('heading', { level: 2 }).allTextContents()).toEqual([
      'Général',
      'Sites',
      'Sujets',
      'Corrections',
      'Données',
      'À propos',
    ]);
    expect(await page.getByRole('switch', { name: 'Afficher les badges' }).isChecked()).toBe(true);
    const add = page.locator('section[aria-labelledby="sites-title"] form').last();
    await add.getByLabel('Site ou motif').fill('pas un site');
    await add.getByRole('button', { name: 'Ajouter' }).click();
    expect(await add.getByRole('alert').textContent()).toBe(
      '« pas un site » n’est pas un site : écrivez un nom comme example.com, ou *.example.com pour tous ses sous-domaines.',
    );
    await expect.poll(() => page.getByTestId('count-sightings').textContent()).toBe('3');
    await page.getByLabel('Importer un export JSON').setInputFiles(tmpFile('fr-bad.json', '{"format": 1}'));
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toBe(
        'Rien n’a été importé. Le fichier n’est pas un export de Not Dead Yet : son « format » n’est pas « not-dead-yet ».',
      );
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const axe = await axeScan(page);
      console.log(
        `axe options fr ${scheme}: ${axe.total} violations (serious ${axe.serious}, critical ${axe.critical}) ${axe.ids.join(' ')}`,
      );
      expect(axe.serious + axe.critical).toBe(0);
      await page.setViewportSize({ width: 800, height: 800 });
      await page.screenshot({ path: `${SHOTS}/options-fr-${scheme}.png`, fullPage: true });
    }
    await page.close();
  });
});

describe('options after a restart', () => {
  it('keeps the site rules and the mode (storage.sync, same profile)', async () => {
    const profileDir = mkdtempSync(join(tmpdir(), 'ndy-restart-'));
    try {
      const first = await launchBrowser({ profileDir });
      const page = await openOptions(first);
      await page.getByLabel('Only on the sites allowed below').check();
      const add = page.locator('section[aria-labelledby="sites-title"] form').last();
      await add.getByLabel('Site or pattern').fill('*.example.org');
      await add.getByLabel('Rule').selectOption('allow');
      await add.getByRole('button', { name: 'Add' }).click();
      await expect.poll(async () => (await storedSettings(first)).siteRules).toHaveLength(1);
      await first.close();

      const second = await launchBrowser({ profileDir });
      const again = await openOptions(second);
      expect(await again.locator('.rules code').allTextContents()).toEqual(['*.example.org']);
      expect(await again.getByLabel('Only on the sites allowed below').isChecked()).toBe(true);
      await second.close();
    } finally {
      rmSync(profileDir, { recursive: true, force: true });
    }
  });
});
