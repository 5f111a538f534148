// What the soak watches in one browser: every page's console errors and
// uncaught exceptions, every request that leaves for somewhere other than the
// local test server, and each case's main-thread time and JS heap (CDP,
// thread ticks), summed over the case's tabs.
import type { CDPSession, Page, Worker } from 'playwright-core';
import type { LaunchedBrowser } from '../lib/browser.ts';

export interface Usage {
  taskMs: number;
  heapMB: number;
}

export class Probe {
  consoleErrors: string[] = [];
  /** Requests to anything but the local server: the test pages make none, so these are the extension's. */
  outsideRequests: string[] = [];
  private sessions = new Map<Page, CDPSession>();

  readonly browser: LaunchedBrowser;
  readonly localPort: string;

  constructor(browser: LaunchedBrowser, localPort: string) {
    this.browser = browser;
    this.localPort = localPort;
    browser.context.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol === 'chrome-extension:' || url.protocol === 'data:' || url.protocol === 'blob:')
        return;
      if (url.port === localPort && (url.hostname === '127.0.0.1' || url.hostname.endsWith('.soak.test')))
        return;
      this.outsideRequests.push(request.url());
    });
  }

  get hasExtension(): boolean {
    return this.browser.extensionId !== '';
  }

  /** A new tab on `url`, watched; waits for the load event. */
  async open(url: string): Promise<Page> {
    const page = await this.browser.context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') this.consoleErrors.push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => this.consoleErrors.push(`${page.url()}: ${error.message}`));
    const cdp = await this.browser.context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    this.sessions.set(page, cdp);
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    return page;
  }

  /** Main-thread time and heap of every tab opened since the last call; closes them. */
  async collect(): Promise<Usage> {
    const usage: Usage = { taskMs: 0, heapMB: 0 };
    for (const [page, cdp] of this.sessions) {
      if (!page.isClosed()) {
        const { metrics } = await cdp.send('Performance.getMetrics');
        const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
        usage.taskMs += metric('TaskDuration') * 1000;
        usage.heapMB += metric('JSHeapUsedSize') / 1024 / 1024;
        await cdp.detach().catch(() => undefined);
        await page.close();
      }
    }
    this.sessions.clear();
    return usage;
  }

  /** The running service worker (a stopped one is replaced by the next that starts). */
  async worker(): Promise<Worker> {
    for (let tries = 0; tries < 50; tries++) {
      for (const worker of [...this.browser.context.serviceWorkers()].reverse()) {
        const alive = await worker.evaluate('1').then(
          () => true,
          () => false,
        );
        if (alive) return worker;
      }
      await new Promise((done) => setTimeout(done, 200));
    }
    throw new Error('no running service worker');
  }

  async local<T>(key: string): Promise<T | undefined> {
    const worker = await this.worker();
    const got = (await worker.evaluate(`chrome.storage.local.get(${JSON.stringify(key)})`)) as Record<
      string,
      T
    >;
    return got[key];
  }

  async resetData(): Promise<void> {
    if (!this.hasExtension) return;
    await (await this.worker()).evaluate('chrome.storage.local.clear()');
  }

  /** Stops every service worker, as DevTools' "stop" does. */
  async stopWorkers(page: Page): Promise<void> {
    const cdp = await this.browser.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
  }
}
