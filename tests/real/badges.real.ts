// The built extension on the saved real pages (network blocked): every text
// death-words.txt classes as figurative gets a badge; literal deaths and other
// bait (idioms, titles, section labels) get none. Plus screenshots of badges
// on a real page, light and dark.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LaunchedBrowser, launchBrowser } from '../../scripts/lib/browser.ts';
import { type StaticServer, serveStatic } from '../../scripts/lib/static-server.ts';
import { type DeathWordRow, readDeathWords } from './death-words.ts';
import { PAGES_DIR, requireShared } from './shared.ts';

const SHOTS = 'test-results/screenshots';
const rows = readDeathWords();
const pages = [...new Set(rows.map((r) => r.page))];

let browser: LaunchedBrowser;
let server: StaticServer;
/** Page → a text that got a badge there (for the screenshots). */
const badgedSomewhere = new Map<string, string>();

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await serveStatic({ '/': requireShared(PAGES_DIR) });
  browser = await launchBrowser();
  await warmUp();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * The first scan of a fresh browser pays for the service worker's start and the
 * NLP's first parse (about 2 s here, more than `settle`'s quiet time), so a page
 * judged first could be read before its answer came back. Pay it once on a page
 * with a figurative row, waiting for its badge, before any page is judged.
 */
async function warmUp(): Promise<void> {
  const row = rows.find((r) => r.cls === 'figurative');
  if (!row) return;
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/${row.page}.html`, { waitUntil: 'load', timeout: 60_000 });
  // no badge here fails that page's own test below; the warm-up only waits
  await page
    .waitForSelector('[data-not-dead-yet]', { state: 'attached', timeout: 30_000 })
    .catch(() => undefined);
  await page.close();
}

/** Waits until the page's set of flagged headlines has not changed for `quietMs`. */
async function settle(page: Page, quietMs = 1200, maxMs = 8000): Promise<void> {
  const started = Date.now();
  let last = '';
  let since = Date.now();
  await page.waitForTimeout(800);
  while (Date.now() - started < maxMs) {
    const now = await page.evaluate(() =>
      [...document.querySelectorAll('[data-not-dead-yet]')]
        .map((el) => `${el.getAttribute('data-not-dead-yet')}:${el.textContent}`)
        .join('\n'),
    );
    if (now !== last) {
      last = now;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) return;
    await page.waitForTimeout(200);
  }
}

interface RowResult {
  found: number;
  badged: boolean;
  kinds: string[];
}

/** For each row text: the h1–h4/<a> elements with exactly that text, and whether one carries a badge. */
function checkRows(page: Page, texts: string[]): Promise<RowResult[]> {
  return page.evaluate((wanted) => {
    // As death-words.txt was made: text inside script, style, noscript and template ignored, whitespace collapsed.
    const skip = 'script, style, noscript, template';
    const textOf = (el: Element) => {
      let text = '';
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.parentElement?.closest(skip)) text += node.nodeValue ?? '';
      }
      return text.replace(/\s+/g, ' ').trim();
    };
    const elements = [...document.querySelectorAll('h1, h2, h3, h4, a')];
    const texts = elements.map(textOf);
    return wanted.map((text) => {
      const matches = elements.filter((_, i) => texts[i] === text);
      const flaggedEls = matches.flatMap((el) => {
        const around = el.closest('[data-not-dead-yet]');
        const inside = [...el.querySelectorAll('[data-not-dead-yet]')];
        return [...(around ? [around] : []), ...inside];
      });
      return {
        found: matches.length,
        badged: flaggedEls.length > 0,
        kinds: [...new Set(flaggedEls.map((el) => el.getAttribute('data-not-dead-yet') ?? ''))],
      };
    });
  }, texts);
}

function describeRow(row: DeathWordRow, result: RowResult | undefined): string {
  if (!result || result.found === 0) return `NOT FOUND in page: ${row.cls} "${row.text}"`;
  return result.badged
    ? `${row.cls} but badged (${result.kinds.join(',')}): "${row.text}"`
    : `${row.cls} but not badged: "${row.text}"`;
}

describe('badges on the saved real pages, against death-words.txt', () => {
  for (const name of pages) {
    it(name, async () => {
      const pageRows = rows.filter((r) => r.page === name);
      const page = await browser.context.newPage();
      // Nothing of ours may reach the page's console (the pages' own errors are theirs).
      const ours: string[] = [];
      page.on('console', (msg) => {
        if (msg.location().url.startsWith('chrome-extension://')) ours.push(`${msg.type()}: ${msg.text()}`);
      });
      await page.goto(`${server.origin}/${name}.html`, { waitUntil: 'load', timeout: 60_000 });
      await settle(page);
      const results = await checkRows(
        page,
        pageRows.map((r) => r.text),
      );
      const problems = pageRows.flatMap((row, i) => {
        const result = results[i];
        const ok = !!result && result.found > 0 && result.badged === (row.cls === 'figurative');
        if (ok && result.badged) badgedSomewhere.set(name, row.text);
        return ok ? [] : [describeRow(row, result)];
      });
      await page.close();
      if (problems.length) console.log(`${name}:\n  ${problems.join('\n  ')}`);
      expect(ours).toEqual([]);
      expect(problems).toEqual([]);
    });
  }

  it('screenshots badges on a real saved page, light and dark', async () => {
    const candidates = [
      ...badgedSomewhere.keys(),
      'codinghorror-blog-index',
      'ledevoir-trottinettes',
      'cnn-home',
    ];
    const name = candidates[0] as string;
    for (const scheme of ['light', 'dark'] as const) {
      const page = await browser.context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`${server.origin}/${name}.html`, { waitUntil: 'load', timeout: 60_000 });
      await settle(page);
      if (scheme === 'dark') {
        // Saved pages rarely have a dark theme: force one so the badge is seen on a dark background.
        await page.evaluate(() => {
          // Through the CSSOM: a saved page's CSP may refuse an injected <style>.
          for (const el of [document.documentElement, ...document.querySelectorAll('body, body *')]) {
            (el as HTMLElement).style?.setProperty('background-color', '#141414', 'important');
            (el as HTMLElement).style?.setProperty('color', '#e6e6e6', 'important');
          }
        });
      }
      const flagged = page.locator('[data-not-dead-yet]').first();
      const count = await page.locator('[data-not-dead-yet]').count();
      if (count > 0) {
        await flagged.scrollIntoViewIfNeeded();
        await page.waitForTimeout(200);
        await page.screenshot({ path: `${SHOTS}/real-badges-${scheme}.png` });
      }
      await page.close();
      expect(count, `badges on ${name}`).toBeGreaterThan(0);
    }
  });
});
