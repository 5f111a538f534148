// The one NLP host: detects death claims in the candidate headlines content
// scripts send, with a cache by text so a headline met on many pages (or on
// every rescan) is parsed once. It answers with what the page may badge under
// the user's settings (site rules, languages, muted subjects, dismissed texts),
// so pages never read settings themselves. Recording is a second message, sent by the
// page only when a scan found claims: dates and links are read only then,
// and the badges never wait for the storage write. Badges carry the shipped
// history only (lib/tally/shipped.ts): the reader's own record stays in the popup.
import { badgeWords } from '@/lib/badge-words';
import { sightingDate } from '@/lib/dates/choose';
import { detect } from '@/lib/detector';
import type { Detection } from '@/lib/detector/types';
import type { BackgroundRequest, BackgroundResponses, BadgeInfo } from '@/lib/messages';
import { isSiteEnabled } from '@/lib/sites';
import { dismissedItem, getSettings } from '@/lib/storage/items';
import { shippedHistory } from '@/lib/tally/shipped';
import { dismissedSet, shouldBadge, type ViewState } from '@/lib/visibility';
import { type NewSighting, recordSightings } from './recorder';

const CACHE_SIZE = 5000;
const detections = new Map<string, Detection>();
/** text + URL pairs already handed to the recorder in this worker's life. */
const recorded = new Set<string>();

function detectCached(text: string): Detection {
  const hit = detections.get(text);
  if (hit) return hit;
  const detection = detect(text);
  if (detections.size >= CACHE_SIZE) {
    const oldest = detections.keys().next();
    if (!oldest.done) detections.delete(oldest.value);
  }
  detections.set(text, detection);
  return detection;
}

/** What a page on `host` may show under the user's settings and dismissals. */
async function viewFor(host: string): Promise<ViewState> {
  const [settings, dismissed] = await Promise.all([getSettings(), dismissedItem.getValue()]);
  return { enabled: isSiteEnabled(settings, host), settings, dismissed: dismissedSet(dismissed) };
}

export async function handleScan(
  request: Extract<BackgroundRequest, { type: 'scan' }>,
): Promise<BackgroundResponses['scan']> {
  const view = await viewFor(String(request.host ?? ''));
  const style = view.settings.badgeStyle;
  // Switched off here: nothing is parsed.
  if (!view.enabled) return { enabled: false, style, results: [] };
  const texts = request.texts.map(String);
  const found = texts.map((text) => detectCached(text));
  const results = found.map((detection, i): BadgeInfo | null => {
    const shipped =
      detection.kind !== 'none' && detection.canonical ? shippedHistory(detection.canonical) : null;
    const words = shipped ? badgeWords(detection, shipped.history, shipped.arguments) : null;
    const info = shipped && words ? { detection, history: shipped.history, words } : null;
    return shouldBadge(texts[i] ?? '', info, view) ? info : null;
  });
  return { enabled: true, style, results };
}

/** Records each claim once per text and URL; the recorder serialises it with every other write. */
export async function handleRecord(
  request: Extract<BackgroundRequest, { type: 'record' }>,
): Promise<BackgroundResponses['record']> {
  const { items, page } = request;
  const sightings: NewSighting[] = [];
  for (const item of items) {
    const detection = detectCached(String(item.text));
    if (detection.kind === 'none') continue;
    const url = item.url ?? page.url;
    const key = `${url}\n${item.text}`;
    if (recorded.has(key)) continue;
    recorded.add(key);
    const date = sightingDate({ ...item, url }, page);
    sightings.push(date ? { detection, url, date } : { detection, url });
  }
  if (sightings.length) await recordSightings(sightings);
  return { ok: true };
}

/** For tests: forget the caches. */
export function resetScanCache(): void {
  detections.clear();
  recorded.clear();
}
