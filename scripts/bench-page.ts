// Main-thread cost of the content script on the largest saved real pages, in
// real Chromium, side by side in one run: no extension, an empty content
// script (the floor: what any extension with a content script costs) and this
// extension. Measured from outside with CDP (Performance.getMetrics, thread
// ticks): TaskDuration and JSHeapUsedSize after load and a settle time; plus
// the time from the load event to the last badge. Prints figures, asserts nothing.
//   node scripts/bench-page.ts            (needs `npm run build` and ../shared)
//   NDY_BENCH_PAGES=4 NDY_BENCH_RUNS=5 ...
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { PAGES_DIR, requireShared } from '../tests/real/shared.ts';
import { CHROME_BUILD, type LaunchedBrowser, launchBrowser } from './lib/browser.ts';
import { serveStatic } from './lib/static-server.ts';

const PAGE_COUNT = Number(process.env.NDY_BENCH_PAGES ?? 6);
const RUNS = Number(process.env.NDY_BENCH_RUNS ?? 3);
/** After the load event: long enough for the scan, the background round trip and the badges. */
const SETTLE_MS = 2500;

type Config = 'none' | 'empty' | 'extension';
const CONTROL = 'control: mixed.html';
const CONFIGS: Config[] = ['none', 'empty', 'extension'];

interface Sample {
  taskMs: number;
  heapMB: number;
  badges: number;
  /** ms from loadEventEnd to the last data-not-dead-yet set; null without badges. */
  lastBadgeMs: number | null;
}

function largestPages(): string[] {
  const manifest = readFileSync(requireShared(join(PAGES_DIR, 'MANIFEST.tsv')), 'utf8')
    .trim()
    .split('\n');
  const header = (manifest[0] ?? '').split('\t');
  const nameAt = header.indexOf('name');
  const sizeAt = header.indexOf('size_bytes');
  return manifest
    .slice(1)
    .map((line) => line.split('\t'))
    .sort((a, b) => Number(b[sizeAt]) - Number(a[sizeAt]))
    .slice(0, PAGE_COUNT)
    .map((cols) => cols[nameAt] ?? '');
}

/** A throwaway extension with an empty content script and an empty worker. */
function emptyExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ndy-empty-ext-'));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'empty content script',
      version: '1.0.0',
      background: { service_worker: 'background.js' },
      content_scripts: [{ matches: ['<all_urls>'], js: ['content.js'], run_at: 'document_idle' }],
    }),
  );
  writeFileSync(join(dir, 'background.js'), '');
  writeFileSync(join(dir, 'content.js'), '');
  return dir;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};

async function measure(browser: LaunchedBrowser, url: string): Promise<Sample> {
  const page: Page = await browser.context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { ndyLastBadge: number | null };
    w.ndyLastBadge = null;
    new MutationObserver(() => {
      w.ndyLastBadge = performance.now();
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-not-dead-yet'] });
  });
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  await page.waitForTimeout(SETTLE_MS);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
  const seen = await page.evaluate(() => {
    const w = window as unknown as { ndyLastBadge: number | null };
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return {
      badges: document.querySelectorAll('[data-not-dead-yet]').length,
      last: w.ndyLastBadge,
      load: nav?.loadEventEnd ?? 0,
    };
  });
  await cdp.detach();
  await page.close();
  return {
    taskMs: metric('TaskDuration') * 1000,
    heapMB: metric('JSHeapUsedSize') / 1024 / 1024,
    badges: seen.badges,
    lastBadgeMs: seen.last === null ? null : seen.last - seen.load,
  };
}

async function main(): Promise<void> {
  // The largest real pages, then a quiet synthetic control page (8 badges, no page scripts):
  // its tiny run-to-run noise shows the fixed cost the busy real pages hide.
  const pages = [...largestPages(), CONTROL];
  const server = await serveStatic({ '/': PAGES_DIR, '/control/': 'tests/e2e/pages/badges' });
  const empty = emptyExtension();
  const browsers: Record<Config, LaunchedBrowser> = {
    none: await launchBrowser({ extension: null }),
    empty: await launchBrowser({ extension: empty }),
    extension: await launchBrowser({ extension: CHROME_BUILD }),
  };
  const samples = new Map<string, Sample[]>();
  try {
    for (const name of pages) {
      const url = name === CONTROL ? `${server.origin}/control/mixed.html` : `${server.origin}/${name}.html`;
      // Interleaved, so drift on the machine hits every configuration alike.
      for (let run = 0; run < RUNS; run++) {
        for (const config of CONFIGS) {
          const key = `${name}|${config}`;
          samples.set(key, [...(samples.get(key) ?? []), await measure(browsers[config], url)]);
        }
      }
      process.stderr.write(`measured ${name}\n`);
    }
  } finally {
    for (const b of Object.values(browsers)) await b.close();
    await server.close();
    rmSync(empty, { recursive: true, force: true });
  }

  const pad = (s: string | number, n: number) => String(s).padStart(n);
  console.log(
    `\nbench:page — ${RUNS} runs per page and configuration, medians; settle ${SETTLE_MS} ms after load`,
  );
  console.log(
    `${'page'.padEnd(22)}${pad('none ms', 9)}${pad('empty ms', 10)}${pad('ext ms', 9)}${pad('floor +ms', 11)}${pad('ext +ms', 9)}${pad('ratio', 7)}${pad('heap +MB', 10)}${pad('badges', 8)}${pad('last badge', 12)}${pad('noise ±ms', 11)}`,
  );
  let floorSum = 0;
  let extSum = 0;
  let worstHeap = 0;
  let worstLast = 0;
  let noiseSum = 0;
  for (const name of pages) {
    const get = (c: Config) => samples.get(`${name}|${c}`) ?? [];
    const task = (c: Config) => median(get(c).map((s) => s.taskMs));
    const heap = (c: Config) => median(get(c).map((s) => s.heapMB));
    const floorAdded = task('empty') - task('none');
    const extAdded = task('extension') - task('none');
    const heapAdded = heap('extension') - heap('empty');
    // Half the spread of the runs without any extension: differences below it are the page's own noise.
    const none = get('none').map((s) => s.taskMs);
    const noise = (Math.max(...none) - Math.min(...none)) / 2;
    const lasts = get('extension').flatMap((s) => (s.lastBadgeMs === null ? [] : [s.lastBadgeMs]));
    const last = lasts.length ? median(lasts) : null;
    if (name !== CONTROL) {
      floorSum += floorAdded;
      extSum += extAdded;
      noiseSum += noise;
      worstHeap = Math.max(worstHeap, heapAdded);
      if (last !== null) worstLast = Math.max(worstLast, last);
    }
    console.log(
      `${name.padEnd(22)}${pad(task('none').toFixed(0), 9)}${pad(task('empty').toFixed(0), 10)}${pad(task('extension').toFixed(0), 9)}${pad(floorAdded.toFixed(1), 11)}${pad(extAdded.toFixed(1), 9)}${pad(floorAdded > 0 ? (extAdded / floorAdded).toFixed(2) : 'n/a', 7)}${pad(heapAdded.toFixed(2), 10)}${pad(median(get('extension').map((s) => s.badges)), 8)}${pad(last === null ? '—' : `${last.toFixed(0)} ms`, 12)}${pad(noise.toFixed(0), 11)}`,
    );
  }
  console.log(
    `\nall real pages: floor adds ${floorSum.toFixed(1)} ms, this extension adds ${extSum.toFixed(1)} ms → ${(extSum / floorSum).toFixed(2)}× the floor (target ≤ 1.5×)`,
  );
  if (noiseSum > Math.abs(floorSum)) {
    console.log(
      `caution: the pages' own run-to-run noise (±${noiseSum.toFixed(0)} ms summed) exceeds the floor's cost; the ratio is not significant — raise NDY_BENCH_RUNS`,
    );
  }
  console.log(`heap added over the floor, worst page: ${worstHeap.toFixed(2)} MB (target ≤ 2 MB)`);
  console.log(`load → last badge, worst page: ${worstLast.toFixed(0)} ms (target ≤ 1000 ms)`);
}

await main();
