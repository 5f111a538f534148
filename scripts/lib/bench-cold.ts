// bench:page's cold-start part: the time from navigation start to the first
// and the last badge of a page with a few claims, with a stopped worker (new
// texts, and texts the worker judged before it stopped) and with a warm one;
// and the worker's heap with one NLP language loaded and with both.
import type { LaunchedBrowser } from './browser.ts';
import { type BadgeTimes, clearStoredVerdicts, stopWorker, timeBadges, workerHeapMB } from './cold-start.ts';

/** The cold-start pages (tests/e2e/pages/cold/): 8 headlines, 6 claims, 60 ordinary links. */
export const COLD_PAGES = { english: 'cold/english.html', mixed: 'cold/mixed.html' } as const;
const CLAIMS = 6;

export type ColdCase = 'cold, new English' | 'cold, new EN + FR' | 'cold, known' | 'warm';
export const COLD_CASES: ColdCase[] = ['cold, new English', 'cold, new EN + FR', 'cold, known', 'warm'];

export interface ColdRun {
  times: Record<ColdCase, BadgeTimes>;
  /** Worker heap after the English page (English tagger), then after the mixed one (both taggers). */
  heapOneMB: number | null;
  heapBothMB: number | null;
}

/**
 * One run: english.html then mixed.html, each with a stopped worker that knows none of their
 * headlines; mixed.html again with a stopped worker that judged them before; then warm.
 * `port`: DevTools' HTTP port for the worker's heap.
 */
export async function coldRun(
  browser: LaunchedBrowser,
  origin: string,
  port: number | null,
): Promise<ColdRun> {
  const { context } = browser;
  const url = (page: string) => `${origin}/${page}`;
  const freshStop = async () => {
    await clearStoredVerdicts(context);
    await stopWorker(context);
  };
  // A worker that knows nothing: no cached verdicts, no tagger evaluated.
  await timeBadges(context, url(COLD_PAGES.english), CLAIMS);
  await freshStop();
  const english = await timeBadges(context, url(COLD_PAGES.english), CLAIMS);
  const heapOneMB = port ? await workerHeapMB(port) : null;
  await freshStop();
  const mixed = await timeBadges(context, url(COLD_PAGES.mixed), CLAIMS);
  const heapBothMB = port ? await workerHeapMB(port) : null;
  await stopWorker(context);
  const known = await timeBadges(context, url(COLD_PAGES.mixed), CLAIMS);
  const warm = await timeBadges(context, url(COLD_PAGES.mixed), CLAIMS);
  return {
    times: { 'cold, new English': english, 'cold, new EN + FR': mixed, 'cold, known': known, warm },
    heapOneMB,
    heapBothMB,
  };
}
