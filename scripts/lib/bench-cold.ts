// bench:page's cold-start part: the time from navigation start to the first
// and the last badge of a page with a few claims, with a stopped worker (new
// texts, and texts the worker judged before it stopped) and with a warm one;
// and the worker's heap with one NLP language loaded and with both.
import type { LaunchedBrowser } from './browser.ts';
import { type BadgeTimes, clearStoredVerdicts, stopWorker, timeBadges, workerHeapMB } from './cold-start.ts';

/** The cold-start pages (tests/e2e/pages/cold/): 8 headlines, 6 claims, 60 ordinary links. */
export const COLD_PAGES = { english: 'cold/english.html', mixed: 'cold/mixed.html' } as const;
const CLAIMS = 6;

export type ColdCase = 'cold, new texts' | 'cold, known texts' | 'warm';
export const COLD_CASES: ColdCase[] = ['cold, new texts', 'cold, known texts', 'warm'];

export interface ColdRun {
  times: Record<ColdCase, BadgeTimes>;
  /** Worker heap after an English page (one language), then after an English and French one (both). */
  heapOneMB: number | null;
  heapBothMB: number | null;
}

/** One run on `mixed.html` (and the heap after `english.html` then `mixed.html`); `port`: DevTools for the heap. */
export async function coldRun(
  browser: LaunchedBrowser,
  origin: string,
  port: number | null,
): Promise<ColdRun> {
  const { context } = browser;
  const url = (page: string) => `${origin}/${page}`;
  // Start from a worker that knows nothing: no cached verdicts, no NLP evaluated.
  await timeBadges(context, url(COLD_PAGES.english), CLAIMS);
  await clearStoredVerdicts(context);
  await stopWorker(context);
  let heapOneMB: number | null = null;
  let heapBothMB: number | null = null;
  if (port) {
    await timeBadges(context, url(COLD_PAGES.english), CLAIMS);
    heapOneMB = await workerHeapMB(port);
    await clearStoredVerdicts(context);
    await stopWorker(context);
  }
  const fresh = await timeBadges(context, url(COLD_PAGES.mixed), CLAIMS);
  if (port) heapBothMB = await workerHeapMB(port);
  await stopWorker(context);
  const known = await timeBadges(context, url(COLD_PAGES.mixed), CLAIMS);
  const warm = await timeBadges(context, url(COLD_PAGES.mixed), CLAIMS);
  return {
    times: { 'cold, new texts': fresh, 'cold, known texts': known, warm },
    heapOneMB,
    heapBothMB,
  };
}
