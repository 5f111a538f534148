// Launches Firefox (Debian's firefox-esr) over WebDriver BiDi with the built
// Firefox add-on installed temporarily, as `about:debugging` would. The add-on
// gets a fixed internal UUID, so its pages have a known moz-extension:// address.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { findExecutable, OUT_DIR } from './browser.ts';

export const FIREFOX_BUILD = join(OUT_DIR, 'firefox-mv2');
const ADDON_UUID = '6e0b1f7c-2d4a-4c11-9f3e-5a8d0c7b1e42';

export function firefoxPath(): string {
  return findExecutable(
    [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'],
    'Firefox not found: install it (apt-get install -y firefox-esr) or set FIREFOX_PATH.',
  );
}

export interface LaunchedFirefox {
  browser: Browser;
  /** moz-extension://<uuid>/ — the add-on's own pages live under it. */
  extensionOrigin: string;
  /** Opens one of the add-on's pages in a new tab and waits for `ready` in it. */
  openAddonPage(path: string, ready: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launchFirefox(): Promise<LaunchedFirefox> {
  const manifest = join(FIREFOX_BUILD, 'manifest.json');
  if (!existsSync(manifest))
    throw new Error(`No Firefox build in ${FIREFOX_BUILD}: run \`npm run build:firefox\`.`);
  const addonId = JSON.parse(readFileSync(manifest, 'utf8')).browser_specific_settings.gecko.id as string;
  const profile = mkdtempSync(join(tmpdir(), 'ndy-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    userDataDir: profile,
    // Firefox 153+ lets WebDriver open moz-extension:// pages only with system access.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [addonId]: ADDON_UUID }),
      // Nothing but the local test server is reachable.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 9,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': 9,
      'network.proxy.no_proxies_on': '127.0.0.1',
      'network.proxy.allow_hijacking_localhost': false,
    },
  });
  await browser.installExtension(resolve(FIREFOX_BUILD));
  const extensionOrigin = `moz-extension://${ADDON_UUID}`;
  return {
    browser,
    extensionOrigin,
    openAddonPage: async (path, ready) => {
      const page = await browser.newPage();
      // Firefox loads the page but never reports the navigation to an extension page as done, and
      // a wait started on the blank tab can fail as the page replaces it: poll the page's own content.
      page.goto(`${extensionOrigin}/${path}`, { timeout: 5000 }).catch(() => {});
      const until = Date.now() + 15_000;
      for (;;) {
        const shown = await page
          .evaluate(
            (selector) => location.protocol === 'moz-extension:' && document.querySelector(selector) !== null,
            ready,
          )
          .catch(() => false);
        if (shown) return page;
        if (Date.now() > until) throw new Error(`${path}: ${ready} never appeared`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    close: async () => {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
