// Launches Debian's Chromium with the built extension loaded, network blocked
// except 127.0.0.1. Shared by the e2e tests, `npm start` and the benchmarks.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';

export const OUT_DIR = resolve(process.env.WXT_OUT_DIR ?? '.output');
export const CHROME_BUILD = join(OUT_DIR, 'chrome-mv3');

/** The first of `candidates` that exists, or an error that says how to get one. */
export function findExecutable(candidates: (string | undefined)[], missing: string): string {
  const found = candidates.find((p) => p && existsSync(p));
  if (!found) throw new Error(missing);
  return found;
}

/** Where Chromium is looked for: CHROMIUM_PATH when set (and then only there), else Debian's paths. */
export const CHROMIUM_CANDIDATES = (): string[] =>
  process.env.CHROMIUM_PATH
    ? [process.env.CHROMIUM_PATH]
    : ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

export function chromiumPath(): string {
  return findExecutable(
    CHROMIUM_CANDIDATES(),
    'Chromium not found: run `npm test` or `npm start` (they install it where they can), install it (apt-get install -y chromium), or set CHROMIUM_PATH.',
  );
}

export interface LaunchOptions {
  /** Folder of an unpacked extension; null for none. Defaults to the Chrome build. */
  extension?: string | null;
  headless?: boolean;
  colorScheme?: 'light' | 'dark';
  /** UI language, e.g. 'fr'. */
  locale?: string;
  viewport?: { width: number; height: number };
  /** Reuse this profile folder (kept on close), e.g. to check what survives a restart. */
  profileDir?: string;
  /** Also open DevTools' HTTP endpoint on this port (bench:page reads the worker's heap through it). */
  debuggingPort?: number;
  /** A domain whose every subdomain resolves to 127.0.0.1 ("soak.test": one site per case). */
  localDomain?: string;
}

export interface LaunchedBrowser {
  context: BrowserContext;
  /** The extension's id, or '' when launched without one. */
  extensionId: string;
  worker: Worker | null;
  close(): Promise<void>;
}

export async function launchBrowser(options: LaunchOptions = {}): Promise<LaunchedBrowser> {
  const extension = options.extension === undefined ? CHROME_BUILD : options.extension;
  if (extension && !existsSync(join(extension, 'manifest.json'))) {
    throw new Error(`No built extension in ${extension}: run \`npm run build\` first.`);
  }
  const profile = options.profileDir ?? mkdtempSync(join(tmpdir(), 'ndy-profile-'));
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    // Everything but the local test server is unreachable.
    `--host-resolver-rules=${options.localDomain ? `MAP *.${options.localDomain} 127.0.0.1, ` : ''}MAP * ~NOTFOUND, EXCLUDE 127.0.0.1`,
  ];
  if (options.locale) args.push(`--lang=${options.locale}`);
  if (options.debuggingPort) args.push(`--remote-debugging-port=${options.debuggingPort}`);
  if (extension) args.push(`--disable-extensions-except=${extension}`, `--load-extension=${extension}`);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    args,
    ignoreDefaultArgs: extension ? ['--disable-extensions'] : [],
    colorScheme: options.colorScheme ?? 'light',
    locale: options.locale,
    viewport: options.viewport ?? { width: 1200, height: 800 },
    env: {
      ...process.env,
      ...(options.locale ? { LANGUAGE: options.locale, LANG: `${options.locale}.UTF-8` } : {}),
    },
  });
  let worker: Worker | null = null;
  let extensionId = '';
  if (extension) {
    worker =
      context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    extensionId = new URL(worker.url()).host;
  }
  return {
    context,
    extensionId,
    worker,
    close: async () => {
      await context.close();
      if (!options.profileDir) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * The id of `page`'s tab, asked of the service worker. Without the `tabs`
 * permission tab URLs are hidden, so the page is brought to the front and the
 * active tab is the one.
 */
export async function tabIdOf(launched: LaunchedBrowser, page: Page): Promise<number> {
  if (!launched.worker) throw new Error('no service worker');
  await page.bringToFront();
  const tabs = (await launched.worker.evaluate('chrome.tabs.query({ active: true })')) as { id: number }[];
  if (tabs.length !== 1 || !tabs[0]) throw new Error(`expected one active tab, got ${tabs.length}`);
  return tabs[0].id;
}
