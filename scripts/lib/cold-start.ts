// A stopped extension worker, as most pages meet it (Chrome stops an idle one
// after 30 s): stop it through DevTools, time the badges of the next page from
// its navigation start, and read the worker's heap. Used by bench:page and the
// cold-start e2e test.
import type { BrowserContext, Page } from 'playwright-core';

export interface WorkerWatch {
  /** The extension worker's running statuses as DevTools reported them, oldest first. */
  statuses: string[];
  /** Stops every service worker and waits until the extension's is reported stopped. */
  stopAll(): Promise<void>;
  close(): Promise<void>;
}

/** Watches the extension worker's running status from a tab of its own. */
export async function watchWorker(context: BrowserContext): Promise<WorkerWatch> {
  const watcher = await context.newPage();
  const cdp = await context.newCDPSession(watcher);
  const statuses: string[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const v of versions)
      if (v.scriptURL.startsWith('chrome-extension://')) statuses.push(v.runningStatus);
  });
  await cdp.send('ServiceWorker.enable');
  return {
    statuses,
    stopAll: async () => {
      await cdp.send('ServiceWorker.stopAllWorkers');
      const deadline = Date.now() + 10_000;
      while (statuses.at(-1) !== 'stopped') {
        if (Date.now() > deadline) throw new Error(`the worker did not stop: ${statuses.join(', ')}`);
        await new Promise((done) => setTimeout(done, 20));
      }
    },
    close: async () => {
      await cdp.detach();
      await watcher.close();
    },
  };
}

/**
 * Stops the extension worker. Chrome stops one only after 30 s without events:
 * a second first lets it finish its writes (the verdict cache is saved a moment
 * after each scan), as it would have by then.
 */
export async function stopWorker(context: BrowserContext): Promise<void> {
  await new Promise((done) => setTimeout(done, 1000));
  const watch = await watchWorker(context);
  await watch.stopAll();
  await watch.close();
}

/** Has `page` note when its first and last badges appear (ms after its navigation started). */
export async function clockBadges(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { ndyBadges: { first: number | null; last: number | null } };
    w.ndyBadges = { first: null, last: null };
    new MutationObserver(() => {
      const now = performance.now();
      w.ndyBadges.first ??= now;
      w.ndyBadges.last = now;
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-not-dead-yet'] });
  });
}

export interface BadgeTimes {
  count: number;
  /** ms after navigation start; null without badges. */
  first: number | null;
  last: number | null;
}

/** Opens `url` in a fresh tab and waits until `expected` headlines are badged (or `timeoutMs`). */
export async function timeBadges(
  context: BrowserContext,
  url: string,
  expected: number,
  timeoutMs = 10_000,
): Promise<BadgeTimes> {
  const page = await context.newPage();
  await clockBadges(page);
  await page.goto(url);
  const count = () => page.locator('[data-not-dead-yet]').count();
  const deadline = Date.now() + timeoutMs;
  while ((await count()) < expected && Date.now() < deadline) await page.waitForTimeout(20);
  const times = (await page.evaluate('window.ndyBadges')) as Omit<BadgeTimes, 'count'>;
  const result = { count: await count(), ...times };
  await page.close();
  return result;
}

interface DevtoolsTarget {
  type: string;
  url: string;
  webSocketDebuggerUrl?: string;
}

/** The extension worker's used JS heap after a garbage collection, in MB (DevTools on `port`). */
export async function workerHeapMB(port: number): Promise<number> {
  const targets = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as DevtoolsTarget[];
  const target = targets.find((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'));
  if (!target?.webSocketDebuggerUrl) throw new Error('no running extension worker to measure');
  const socket = new WebSocket(target.webSocketDebuggerUrl);
  await new Promise((done, fail) => {
    socket.onopen = done;
    socket.onerror = fail;
  });
  let next = 0;
  const call = (method: string) =>
    new Promise<Record<string, unknown>>((done) => {
      const id = ++next;
      socket.addEventListener('message', (event) => {
        const reply = JSON.parse(String(event.data)) as { id?: number; result?: Record<string, unknown> };
        if (reply.id === id) done(reply.result ?? {});
      });
      socket.send(JSON.stringify({ id, method }));
    });
  await call('HeapProfiler.collectGarbage');
  const usage = await call('Runtime.getHeapUsage');
  socket.close();
  return Number(usage.usedSize) / 1024 / 1024;
}

/**
 * Forgets the worker's cached verdicts (storage.session), so the next cold start meets new texts.
 * Waits first for the save the worker makes a moment after each scan: landing after the clear,
 * it would bring the verdicts back.
 */
export async function clearStoredVerdicts(context: BrowserContext): Promise<void> {
  await new Promise((done) => setTimeout(done, 1000));
  const worker = context.serviceWorkers().at(-1);
  if (!worker) throw new Error('no service worker');
  await worker.evaluate('chrome.storage.session.clear()');
}
