// The one NLP host: detects death claims in the candidate headlines content
// scripts send. Verdicts are cached by text for the browser session
// (verdicts.ts), and the NLP models are evaluated only when a new headline
// needs one. It answers with what the page may badge under the user's settings
// (site rules, languages, muted subjects, dismissed texts), as the words the
// page draws, so pages never read settings or detections. Recording is a second
// message, sent by the page only when a scan found claims: dates and links are
// read only then, and the badges never wait for the storage write.
// Badges carry the shipped history only (lib/tally/shipped.ts): the reader's own record stays in the popup.
import { badgeWords } from '@/lib/badge-words';
import { sightingDate } from '@/lib/dates/choose';
import type { BackgroundRequest, BackgroundResponses } from '@/lib/messages';
import { isSiteEnabled } from '@/lib/sites';
import { dismissedItem, getSettings } from '@/lib/storage/items';
import { shippedHistory } from '@/lib/tally/shipped';
import { dismissedSet, shouldBadge, type ViewState } from '@/lib/visibility';
import { type NewSighting, recordSightings, siteOf } from './recorder';
import { verdictsFor } from './verdicts';

/** text + URL pairs already handed to the recorder in this worker's life. */
const recorded = new Set<string>();

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
  const found = await verdictsFor(texts, request.models === true);
  // Texts whose verdict needs an NLP model not loaded yet: the page asks again, so the rest need not wait.
  const later = found.flatMap((verdict, i) => (verdict === undefined ? [i] : []));
  const results = found.map((detection, i) => {
    const shipped = detection?.canonical ? shippedHistory(detection.canonical) : null;
    if (!detection || !shipped || !shouldBadge(texts[i] ?? '', detection, view)) return null;
    return badgeWords(detection, shipped.history, style, shipped.arguments);
  });
  return { enabled: true, style, results, later };
}

/** Records each claim once per text and URL; the recorder serialises it with every other write. */
export async function handleRecord(
  request: Extract<BackgroundRequest, { type: 'record' }>,
  _tabId?: number,
  senderUrl?: string,
): Promise<BackgroundResponses['record']> {
  const { items, page } = request;
  // Provenance is the page's own site as the browser reports the sender, never the links it holds.
  const site = siteOf(senderUrl ?? page.url);
  const detections = await verdictsFor(
    items.map((item) => String(item.text)),
    true,
  );
  const sightings: NewSighting[] = [];
  const keys: string[] = [];
  items.forEach((item, i) => {
    const detection = detections[i];
    if (!detection) return;
    const url = item.url ?? page.url;
    const key = `${url}\n${item.text}`;
    if (recorded.has(key)) return;
    keys.push(key);
    const date = sightingDate({ ...item, url }, page);
    sightings.push(date ? { detection, url, site, date } : { detection, url, site });
  });
  // A failed write throws (no answer): the page sends again, and nothing here claims it was recorded.
  if (sightings.length) await recordSightings(sightings);
  for (const key of keys) recorded.add(key);
  return { ok: true };
}

/** For tests: forget which claims this worker already handed to the recorder. */
export function resetRecorded(): void {
  recorded.clear();
}
