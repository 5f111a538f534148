// Popup open → data on screen, two builds side by side in one run: each build in
// its own Chromium, the opens interleaved (A, B, A, B…), the same 200 sightings
// in both, the median of each and their ratio. The 'ndy-rendered' mark is set
// by the popup once everything it shows is in place.
// Run: npm run bench:popup -- <other build dir> [opens]   (this worktree's .output/chrome-mv3 is B)
import { resolve } from 'node:path';
import type { Sighting } from '../lib/storage/schema.ts';
import { CHROME_BUILD, type LaunchedBrowser, launchBrowser } from './lib/browser.ts';

const other = process.argv[2];
if (!other) throw new Error('usage: npm run bench:popup -- <other chrome-mv3 build dir> [opens]');
const OPENS = Number(process.argv[3] ?? 21);

/** A record of a reader: 200 sightings over 40 subjects, 2015–2026. */
function sightings(): Sighting[] {
  return Array.from({ length: 200 }, (_, i) => ({
    id: `bench-${i}`,
    headline: `Subject ${i % 40} is dead, take ${i}`,
    subject: `subject ${i % 40}`,
    canonical: i % 5 === 0 ? 'community management' : `subject ${i % 40}`,
    kind: 'claim',
    lang: 'en',
    url: `https://example.com/${i}`,
    site: 'example.com',
    published: `${2015 + (i % 12)}-03-01`,
    dateSource: 'json-ld',
    firstSeen: '2026-01-01T10:00:00.000Z',
  }));
}

async function openTime(browser: LaunchedBrowser): Promise<number> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await page.waitForSelector('html[data-ready]');
  const rendered = await page.evaluate(
    () => performance.getEntriesByName('ndy-rendered')[0]?.startTime ?? NaN,
  );
  await page.close();
  return rendered;
}

const builds = { A: resolve(other), B: CHROME_BUILD };
const browsers: Record<string, LaunchedBrowser> = {};
for (const [name, dir] of Object.entries(builds)) {
  const browser = await launchBrowser({ extension: dir });
  await browser.worker?.evaluate(`chrome.storage.local.set(${JSON.stringify({ sightings: sightings() })})`);
  browsers[name] = browser;
}
const times: Record<string, number[]> = { A: [], B: [] };
// One warm-up open each (cold caches), not counted.
for (const name of ['A', 'B']) await openTime(browsers[name] as LaunchedBrowser);
for (let i = 0; i < OPENS; i++) {
  for (const name of i % 2 ? ['B', 'A'] : ['A', 'B']) {
    times[name]?.push(await openTime(browsers[name] as LaunchedBrowser));
  }
}
for (const browser of Object.values(browsers)) await browser.close();

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const a = median(times.A ?? []);
const b = median(times.B ?? []);
console.log(`| build | opens | median open→render (ms) | min | max |`);
console.log(`| --- | --- | --- | --- | --- |`);
for (const [name, dir] of Object.entries(builds)) {
  const xs = times[name] ?? [];
  console.log(
    `| ${name} ${dir} | ${xs.length} | ${median(xs).toFixed(1)} | ${Math.min(...xs).toFixed(1)} | ${Math.max(...xs).toFixed(1)} |`,
  );
}
console.log(`\nB / A = ${(b / a).toFixed(3)} (${((b / a - 1) * 100).toFixed(1)}%)`);
