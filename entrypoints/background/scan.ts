// The one NLP host: detects death claims in the candidate headlines content
// scripts send, with a cache by text so a headline met on many pages (or on
// every rescan) is parsed once. Records each claim seen once per text and URL,
// after the answer: the badges never wait for the storage write.
import { sightingDate } from '@/lib/dates/choose';
import { detect } from '@/lib/detector';
import type { Detection } from '@/lib/detector/types';
import type { BackgroundRequest, BackgroundResponses, BadgeInfo } from '@/lib/messages';
import { historiesFor, type NewSighting, recordSightings } from './recorder';

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

export async function handleScan(
  request: Extract<BackgroundRequest, { type: 'scan' }>,
): Promise<BackgroundResponses['scan']> {
  const { items, page } = request;
  const found = items.map((item) => detectCached(item.text));
  const sightings: NewSighting[] = [];
  found.forEach((detection, i) => {
    const item = items[i];
    if (!item || detection.kind === 'none') return;
    const url = item.url ?? page.url;
    const key = `${url}\n${item.text}`;
    if (recorded.has(key)) return;
    recorded.add(key);
    const date = sightingDate({ ...item, url }, page);
    sightings.push(date ? { detection, url, date } : { detection, url });
  });
  const canonicals = found.flatMap((d) => (d.kind !== 'none' && d.canonical ? [d.canonical] : []));
  const histories = await historiesFor([...new Set(canonicals)]);
  const results = found.map((detection): BadgeInfo | null => {
    const history = detection.canonical ? histories.get(detection.canonical) : undefined;
    return detection.kind === 'none' || !history ? null : { detection, history };
  });
  // Recorded after the answer is built: badges never wait for the storage write.
  // The recorder still serialises it with every other write; its histories show up on the next scan.
  if (sightings.length)
    recordSightings(sightings).catch((error: unknown) => console.error('[not-dead-yet]', error));
  return { results };
}

/** For tests: forget the caches. */
export function resetScanCache(): void {
  detections.clear();
  recorded.clear();
}
