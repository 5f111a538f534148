// `npm start`: builds the extension and opens Chromium with it loaded on the
// bundled demo page. Without a display (DISPLAY unset) or with --headless, it
// writes PNG screenshots of the demo page and of the popup instead.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { ensureChromium } from './ensure-browser.ts';
import { CHROME_BUILD, launchBrowser, tabIdOf } from './lib/browser.ts';
import { serveStatic } from './lib/static-server.ts';

ensureChromium();

const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
const outDir = resolve('screenshots/out');

const build = spawnSync(process.execPath, ['node_modules/wxt/bin/wxt.mjs', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const server = await serveStatic({ '/': 'demo' });
const demoUrl = `${server.origin}/index.html`;
const browser = await launchBrowser({ extension: CHROME_BUILD, headless });
const page = browser.context.pages()[0] ?? (await browser.context.newPage());
await page.goto(demoUrl);

if (!headless) {
  console.log(`\nNot Dead Yet is loaded in Chromium on the demo page: ${demoUrl}`);
  console.log(
    'Click the extension icon (puzzle piece → Not Dead Yet) for the tally. Close the window or press Ctrl+C to stop.',
  );
  browser.context.on('close', () => process.exit(0));
  process.on('SIGINT', async () => {
    await browser.close();
    await server.close();
    process.exit(0);
  });
} else {
  mkdirSync(outDir, { recursive: true });
  const flagged = page.locator('[data-not-dead-yet]');
  await flagged
    .first()
    .waitFor({ timeout: 10_000 })
    .catch(() => {});
  await page.waitForTimeout(500);
  const demoShot = resolve(outDir, 'demo.png');
  await page.screenshot({ path: demoShot, fullPage: true });

  // The popup, opened as a tab aimed at the demo tab (see entrypoints/popup for `?tab=`).
  const demoTab = await tabIdOf(browser, page);
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${demoTab}`);
  await popup.waitForTimeout(800);
  const popupShot = resolve(outDir, 'popup.png');
  await popup.screenshot({ path: popupShot, fullPage: true });

  console.log(`\n${await flagged.count()} headlines flagged on the demo page.`);
  console.log(`Screenshots (no display, so no window):\n  ${demoShot}\n  ${popupShot}`);
  await browser.close();
  await server.close();
}
