// Main-thread cost of the content script on the largest saved real pages and
// on a quiet synthetic control page, in real Chromium, side by side in one
// run: no extension; a plain empty content script (an empty .js file); the
// floor, an empty content script built the same way as this one (a WXT bundle
// with the webextension-polyfill module and nothing in main); a bare badger
// built the same way (scripts/reference/: a regex over every heading and link
// and a shadow-root badge on each match, the least any badging script does);
// and this extension. Measured from outside with CDP (Performance.getMetrics,
// thread ticks): TaskDuration and JSHeapUsedSize after load and a settle time;
// plus the time from the load event to the last badge. A trace of the same
// runs gives the extension scripts' own main-thread time, which the large
// pages' noise does not swamp. Prints medians and the run-to-run noise;
// asserts nothing. Then the cold start (scripts/lib/bench-cold.ts): first and
// last badge after navigation start with a stopped worker and a warm one, and
// the worker's heap with one NLP language and with both.
//   node scripts/bench-page.ts            (needs `npm run build` and ../shared)
//   NDY_BENCH_PARTS=cold ...              (only the cold start; `cost` only the page cost)
//   NDY_BENCH_PAGES=4 NDY_BENCH_RUNS=7 ...          (the 4 largest pages, 7 runs each)
//   NDY_BENCH_PAGES=wikipedia-soil,cnn-article-xl ...   (these pages)
//   NDY_BENCH_BEFORE=/path/to/other/chrome-mv3 ...   (adds another build, e.g. an older commit's)
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { PAGES_DIR, requireShared } from '../tests/real/shared.ts';
import { COLD_CASES, type ColdRun, coldRun } from './lib/bench-cold.ts';
import { CHROME_BUILD, type LaunchedBrowser, launchBrowser } from './lib/browser.ts';
import { serveStatic } from './lib/static-server.ts';
import { traceExtensionScripts } from './lib/trace-script-time.ts';

/** How many of the largest saved pages, or a comma-separated list of their names. */
const PAGES = process.env.NDY_BENCH_PAGES ?? '6';
const RUNS = Math.max(1, Number(process.env.NDY_BENCH_RUNS ?? 5));
const BEFORE = process.env.NDY_BENCH_BEFORE;
const PARTS = (process.env.NDY_BENCH_PARTS ?? 'cost,cold').split(',');
/** After the load event: long enough for the scan, the background round trip and the badges. */
const SETTLE_MS = 2500;

type Config = 'none' | 'plain' | 'empty' | 'bare' | 'extension' | 'before';
const CONTROL = 'control: mixed.html';
const CONFIGS: Config[] = [
  'none',
  'plain',
  'empty',
  'bare',
  'extension',
  ...(BEFORE ? (['before'] as const) : []),
];

interface Sample {
  taskMs: number;
  /** Extension scripts' own main-thread ms, from a trace (NaN without one). */
  scriptMs: number;
  /** The extension scripts' longest single task, ms, from the same trace. */
  longestMs: number;
  /** Of scriptMs: the scripts' top-level compile, and garbage collection inside their tasks. */
  compileMs: number;
  gcMs: number;
  heapMB: number;
  badges: number;
  /** ms from loadEventEnd to the last data-not-dead-yet set; null without badges. */
  lastBadgeMs: number | null;
}

function benchPages(): string[] {
  if (!/^\d+$/.test(PAGES)) return PAGES.split(',').map((name) => name.trim());
  return largestPages(Number(PAGES));
}

function largestPages(count: number): string[] {
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
    .slice(0, count)
    .map((cols) => cols[nameAt] ?? '');
}

/** A throwaway extension with a plain empty content script (an empty file) and an empty worker. */
function plainExtension(): string {
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

/**
 * A reference extension built the way this one is (WXT, its content-script
 * wrapper and context, the webextension-polyfill module) around one content
 * script from scripts/reference/, in a throwaway project that borrows node_modules.
 */
function referenceExtension(contentScript: string): { dir: string; cleanup(): void } {
  const root = mkdtempSync(join(tmpdir(), 'ndy-wxt-reference-'));
  symlinkSync(resolve('node_modules'), join(root, 'node_modules'), 'dir');
  mkdirSync(join(root, 'entrypoints'));
  writeFileSync(
    join(root, 'package.json'),
    JSON.stringify({ name: 'wxt-reference', version: '1.0.0', private: true, type: 'module' }),
  );
  writeFileSync(
    join(root, 'wxt.config.ts'),
    `import { defineConfig } from 'wxt';
export default defineConfig({ modules: ['@wxt-dev/webextension-polyfill'], imports: false, manifest: { name: 'reference content script', permissions: ['storage'] } });
`,
  );
  copyFileSync(resolve('scripts/reference', contentScript), join(root, 'entrypoints', 'content.ts'));
  writeFileSync(
    join(root, 'entrypoints', 'background.ts'),
    `import { defineBackground } from 'wxt/utils/define-background';
export default defineBackground(() => {});
`,
  );
  const built = spawnSync(resolve('node_modules/.bin/wxt'), ['build'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, WXT_OUT_DIR: '' },
  });
  if (built.status !== 0)
    throw new Error(
      `building the reference extension ${contentScript} failed:\n${built.stdout}\n${built.stderr}`,
    );
  return {
    dir: join(root, '.output', 'chrome-mv3'),
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
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
  const endTrace = await traceExtensionScripts(cdp, url);
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  await page.waitForTimeout(SETTLE_MS);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const { total: scriptMs, longest: longestMs, compile: compileMs, gc: gcMs } = await endTrace();
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
    scriptMs,
    longestMs,
    compileMs,
    gcMs,
    heapMB: metric('JSHeapUsedSize') / 1024 / 1024,
    badges: seen.badges,
    lastBadgeMs: seen.last === null ? null : seen.last - seen.load,
  };
}

const halfRange = (xs: number[]) => (xs.length ? (Math.max(...xs) - Math.min(...xs)) / 2 : 0);

async function main(): Promise<void> {
  // The largest real pages, then a quiet synthetic control page (8 badges, no page scripts):
  // its tiny run-to-run noise shows the fixed cost the busy real pages hide.
  const pages = [...benchPages(), CONTROL];
  const server = await serveStatic({ '/': PAGES_DIR, '/control/': 'tests/e2e/pages/badges' });
  const plain = plainExtension();
  const wxtEmpty = referenceExtension('empty-content.ts');
  const bare = referenceExtension('bare-badger-content.ts');
  const builds: Record<Config, string | null> = {
    none: null,
    plain,
    empty: wxtEmpty.dir,
    bare: bare.dir,
    extension: CHROME_BUILD,
    before: BEFORE ? resolve(BEFORE) : null,
  };
  const browsers = {} as Record<Config, LaunchedBrowser>;
  for (const config of CONFIGS) browsers[config] = await launchBrowser({ extension: builds[config] });
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
    rmSync(plain, { recursive: true, force: true });
    wxtEmpty.cleanup();
    bare.cleanup();
  }

  report(pages, samples);
}

function report(pages: string[], samples: Map<string, Sample[]>): void {
  const get = (name: string, c: Config) => samples.get(`${name}|${c}`) ?? [];
  const task = (name: string, c: Config) => median(get(name, c).map((s) => s.taskMs));
  const added = (name: string, c: Config) => task(name, c) - task(name, 'none');
  const script = (name: string, c: Config) => median(get(name, c).map((s) => s.scriptMs));
  const longest = (name: string, c: Config) => median(get(name, c).map((s) => s.longestMs));
  const pad = (s: string | number, n: number) => String(s).padStart(n);
  const fmt = (x: number, digits = 1) => x.toFixed(digits);
  const ratio = (x: number, base: number) => (base > 0 ? `${fmt(x / base, 2)}×` : 'n/a');
  const real = pages.filter((name) => name !== CONTROL);
  const sum = (f: (name: string) => number) => real.reduce((total, name) => total + f(name), 0);

  console.log(
    `\nbench:page — ${RUNS} runs per page and configuration, interleaved; medians; settle ${SETTLE_MS} ms after load`,
  );
  console.log(
    'added main-thread ms (renderer TaskDuration) over no extension: plain = empty .js file; floor = empty WXT content script;' +
      ' bare = bare badger (regex + shadow-root badges, nothing else); ext = this build' +
      (BEFORE ? `; before = ${BEFORE}` : ''),
  );
  console.log(
    `${'page'.padEnd(22)}${pad('none ms', 9)}${pad('noise±', 8)}${pad('plain+', 8)}${pad('floor+', 8)}${pad('bare+', 8)}${pad('ext+', 8)}${pad('ext±', 7)}${pad('×floor', 8)}${pad('×bare', 7)}${BEFORE ? `${pad('before+', 9)}${pad('×floor', 8)}` : ''}${pad('heap+MB', 9)}${pad('badges', 8)}${pad('last badge', 12)}`,
  );
  let worstHeap = 0;
  let worstLast = 0;
  for (const name of pages) {
    const heap = (c: Config) => median(get(name, c).map((s) => s.heapMB));
    const heapAdded = heap('extension') - heap('empty');
    // Half the spread of the runs: differences below it are the page's own noise.
    const noise = halfRange(get(name, 'none').map((s) => s.taskMs));
    const extNoise = halfRange(get(name, 'extension').map((s) => s.taskMs));
    const lasts = get(name, 'extension').flatMap((s) => (s.lastBadgeMs === null ? [] : [s.lastBadgeMs]));
    const last = lasts.length ? median(lasts) : null;
    if (name !== CONTROL) {
      worstHeap = Math.max(worstHeap, heapAdded);
      if (last !== null) worstLast = Math.max(worstLast, last);
    }
    const ext = added(name, 'extension');
    console.log(
      `${name.padEnd(22)}${pad(fmt(task(name, 'none'), 0), 9)}${pad(fmt(noise), 8)}${pad(fmt(added(name, 'plain')), 8)}${pad(fmt(added(name, 'empty')), 8)}${pad(fmt(added(name, 'bare')), 8)}${pad(fmt(ext), 8)}${pad(fmt(extNoise), 7)}${pad(ratio(ext, added(name, 'empty')), 8)}${pad(ratio(ext, added(name, 'bare')), 7)}${BEFORE ? `${pad(fmt(added(name, 'before')), 9)}${pad(ratio(added(name, 'before'), added(name, 'empty')), 8)}` : ''}${pad(fmt(heapAdded, 2), 9)}${pad(median(get(name, 'extension').map((s) => s.badges)), 8)}${pad(last === null ? '—' : `${fmt(last, 0)} ms`, 12)}`,
    );
  }

  // The same runs, read from their traces: the extension scripts' own time, without the page's noise.
  console.log(
    `\nextension scripts' own main-thread ms (trace: EvaluateScript + FunctionCall of chrome-extension:// scripts; a lower bound: no promise continuations, no layout)`,
  );
  console.log(
    `${'page'.padEnd(22)}${pad('floor', 8)}${pad('bare', 8)}${pad('ext', 8)}${pad('ext±', 7)}${pad('×floor', 8)}${pad('×bare', 7)}${pad('longest', 9)}${BEFORE ? `${pad('before', 8)}${pad('×bare', 7)}${pad('longest', 9)}` : ''}`,
  );
  for (const name of pages) {
    const spread = halfRange(get(name, 'extension').map((s) => s.scriptMs));
    const ext = script(name, 'extension');
    console.log(
      `${name.padEnd(22)}${pad(fmt(script(name, 'empty')), 8)}${pad(fmt(script(name, 'bare')), 8)}${pad(fmt(ext), 8)}${pad(fmt(spread), 7)}${pad(ratio(ext, script(name, 'empty')), 8)}${pad(ratio(ext, script(name, 'bare')), 7)}${pad(fmt(longest(name, 'extension')), 9)}${BEFORE ? `${pad(fmt(script(name, 'before')), 8)}${pad(ratio(script(name, 'before'), script(name, 'bare')), 7)}${pad(fmt(longest(name, 'before')), 9)}` : ''}`,
    );
  }
  const scripts = (c: Config) => sum((name) => script(name, c));
  console.log(
    `all real pages, scripts: floor ${fmt(scripts('empty'))} ms, bare badger ${fmt(scripts('bare'))} ms, this extension ${fmt(scripts('extension'))} ms → ${ratio(scripts('extension'), scripts('empty'))} the floor, ${ratio(scripts('extension'), scripts('bare'))} the bare badger (target ≤ 1.25×)${BEFORE ? `; before ${fmt(scripts('before'))} ms → ${ratio(scripts('before'), scripts('bare'))} the bare badger` : ''}`,
  );

  const part = (c: Config, of: 'compileMs' | 'gcMs') => sum((name) => median(get(name, c).map((s) => s[of])));
  console.log(
    `of which, summed over the real pages: top-level compile floor ${fmt(part('empty', 'compileMs'))} ms, bare badger ${fmt(part('bare', 'compileMs'))} ms, this extension ${fmt(part('extension', 'compileMs'))} ms; garbage collection in the script tasks ${fmt(part('empty', 'gcMs'))} / ${fmt(part('bare', 'gcMs'))} / ${fmt(part('extension', 'gcMs'))} ms (functions compiled on first call are not in the trace's categories)`,
  );

  const control = (c: Config) => added(CONTROL, c);
  console.log(
    `\ncontrol page: plain +${fmt(control('plain'))} ms, floor +${fmt(control('empty'))} ms, bare badger +${fmt(control('bare'))} ms (${ratio(control('bare'), control('empty'))} the floor), this extension +${fmt(control('extension'))} ms → ${ratio(control('extension'), control('empty'))} the floor (target ≤ 1.5×), ${ratio(control('extension'), control('bare'))} the bare badger${BEFORE ? `; before: +${fmt(control('before'))} ms → ${ratio(control('before'), control('empty'))}` : ''}`,
  );
  const total = (c: Config) => sum((name) => added(name, c));
  console.log(
    `all real pages: plain adds ${fmt(total('plain'))} ms, the floor ${fmt(total('empty'))} ms, the bare badger ${fmt(total('bare'))} ms, this extension ${fmt(total('extension'))} ms → ${ratio(total('extension'), total('empty'))} the floor (target ≤ 1.5×), ${ratio(total('extension'), total('bare'))} the bare badger${BEFORE ? `; before: ${fmt(total('before'))} ms → ${ratio(total('before'), total('empty'))}` : ''}`,
  );
  const noise = sum((name) => halfRange(get(name, 'none').map((s) => s.taskMs)));
  if (noise > Math.abs(total('empty'))) {
    console.log(
      `caution: the real pages' own run-to-run noise (±${fmt(noise, 0)} ms summed) exceeds the floor's cost; their ratio is not significant — raise NDY_BENCH_RUNS, or read the control page`,
    );
  }
  console.log(`heap added over the floor, worst real page: ${fmt(worstHeap, 2)} MB (target ≤ 1 MB)`);
  const worstTask = Math.max(...pages.map((name) => longest(name, 'extension')));
  console.log(`the extension's longest script task, worst page: ${fmt(worstTask)} ms (target ≤ 20 ms)`);
  console.log(`load → last badge, worst real page: ${fmt(worstLast, 0)} ms (target ≤ 1000 ms)`);
}

/** Cold start of this build (and the `before` build), runs interleaved. */
async function cold(): Promise<void> {
  const server = await serveStatic({ '/': 'tests/e2e/pages' });
  const builds: [string, string][] = [
    ['this build', CHROME_BUILD],
    ...(BEFORE ? [['before', resolve(BEFORE)] as [string, string]] : []),
  ];
  const launched = await Promise.all(
    builds.map(([, dir], i) => launchBrowser({ extension: dir, debuggingPort: 9400 + i })),
  );
  const runs = builds.map((): ColdRun[] => []);
  try {
    for (let run = 0; run < RUNS; run++)
      for (const [i, browser] of launched.entries())
        runs[i]?.push(await coldRun(browser, server.origin, 9400 + i));
  } finally {
    for (const b of launched) await b.close();
    await server.close();
  }
  const fmt = (xs: (number | null)[]) => {
    const got = xs.filter((x): x is number => x !== null);
    return got.length === xs.length ? median(got).toFixed(0) : `${median(got).toFixed(0)}*`;
  };
  /** The runs' spread: the machine is shared, and one slow run moves a median of few. */
  const range = (xs: (number | null)[]) => {
    const got = xs.filter((x): x is number => x !== null);
    return got.length ? ` (${Math.min(...got).toFixed(0)}–${Math.max(...got).toFixed(0)})` : '';
  };
  console.log(
    `\ncold start — ${RUNS} runs, interleaved; medians (the last badge's range); tests/e2e/pages/cold/ (8 headlines, 6 claims, 60 links; english.html, mixed.html EN + FR);` +
      ' ms after navigation start to the first / last badge (target: last ≤ 400 ms with a stopped worker)',
  );
  for (const [i, [name]] of builds.entries()) {
    const list = runs[i] ?? [];
    const cells = COLD_CASES.map((c) => {
      const t = list.map((r) => r.times[c]);
      const short = t.some((x) => x.count < 6) ? ' (missing badges)' : '';
      const last = t.map((x) => x.last);
      return `${c}: ${fmt(t.map((x) => x.first))} / ${fmt(last)}${range(last)}${short}`;
    });
    console.log(`${name.padEnd(11)} ${cells.join('; ')}`);
    console.log(
      `${''.padEnd(11)} worker heap after GC: one language (English page) ${fmt(list.map((r) => r.heapOneMB))} MB, both (then the mixed page) ${fmt(list.map((r) => r.heapBothMB))} MB`,
    );
  }
}

if (PARTS.includes('cost')) await main();
if (PARTS.includes('cold')) await cold();
