// Records death claims (data.ts writes imports and clears, through the same
// queue), and answers the histories badges show.

import { browser } from 'wxt/browser';
import { isPlausible, localIsoDate } from '@/lib/dates/iso';
import type { Detection } from '@/lib/detector/types';
import type { SubjectHistory } from '@/lib/messages';
import { writableSightingsItem as sightingsItem } from '@/lib/storage/background-items';
import { dismissedItem, getSettings } from '@/lib/storage/items';
import { SIGHTINGS_KEY } from '@/lib/storage/keys';
import { DATE_SOURCES, type PublishedDate, type Sighting } from '@/lib/storage/schema';
import { BIDI_CONTROLS, validDismissed, validSightings } from '@/lib/storage/sighting-schema';
import { claimsFrom } from '@/lib/tally/claims';
import { historyOf } from '@/lib/tally/count';
import { normalizeHeadline } from '@/lib/tally/normalize';
import { fitRecord, mergeSightings, SITE_HOURLY_LIMIT } from '@/lib/tally/record';
import type { Claim } from '@/lib/tally/types';
import { serialised } from './write-queue';

export interface NewSighting {
  detection: Detection;
  url: string;
  /**
   * The site of the page the claim was read on, as the browser reports it: never
   * the host of the headline's link, which a page may point anywhere.
   */
  site: string;
  /** Best published date known for the headline; omitted → the day it was seen. */
  date?: PublishedDate;
}

export function siteOf(url: string | undefined): string {
  try {
    return url ? new URL(url).hostname : '';
  } catch {
    return '';
  }
}

const HOUR_MS = 3_600_000;

/** Drops the new sightings past each site's hourly allowance, counting those the record already holds. */
function withinSiteLimit(stored: readonly Sighting[], fresh: Sighting[], now: Date): Sighting[] {
  const since = new Date(now.getTime() - HOUR_MS).toISOString();
  const recent = new Map<string, number>();
  for (const s of stored) if (s.firstSeen >= since) recent.set(s.site, (recent.get(s.site) ?? 0) + 1);
  return fresh.filter((s) => {
    const n = recent.get(s.site) ?? 0;
    if (n >= SITE_HOURLY_LIMIT) return false;
    recent.set(s.site, n + 1);
    return true;
  });
}

// The record as this worker last read or wrote it. Reading and validating 20,000
// sightings on every claim stored took seconds; this worker is the record's only
// writer, so the copy stays right until storage says someone else changed it.
let record: Promise<Sighting[]> | null = null;
/** Writes of the record by this worker whose change event has not come back yet. */
let ownWrites = 0;

/** The stored record, keeping only valid entries whatever storage holds. Never changed in place. */
export function readSightings(): Promise<Sighting[]> {
  watchStorage();
  record ??= sightingsItem.getValue().then(validSightings);
  return record;
}

/** Replaces the record (every writer goes through the write queue). */
export async function writeSightings(sightings: Sighting[]): Promise<void> {
  watchStorage();
  ownWrites++;
  try {
    await sightingsItem.setValue(sightings);
  } catch (error) {
    ownWrites--;
    record = null;
    throw error;
  }
  record = Promise.resolve(sightings);
  invalidateClaims();
}

export async function readDismissed(): Promise<string[]> {
  return validDismissed(await dismissedItem.getValue());
}

export function toSighting(item: NewSighting, now: Date): Sighting | null {
  const { detection } = item;
  if (detection.kind === 'none' || !detection.canonical || !detection.text.replace(BIDI_CONTROLS, '').trim())
    return null;
  // A date that would not pass validation on the next read is replaced by the day seen.
  const date =
    item.date && isPlausible(item.date.date, now) && DATE_SOURCES.includes(item.date.source)
      ? item.date
      : undefined;
  const clean = (s: string) => s.replace(BIDI_CONTROLS, '');
  return {
    id: crypto.randomUUID(),
    headline: clean(detection.text).trim(),
    subject: detection.subject === null ? null : clean(detection.subject),
    canonical: detection.canonical,
    kind: detection.kind,
    lang: detection.lang,
    // A page read from disk (file:) or an extension's page: no link to keep.
    url: /^https?:\/\//i.test(item.url) ? item.url : '',
    site: item.site,
    published: date?.date ?? localIsoDate(now),
    dateSource: date?.source ?? 'seen',
    firstSeen: now.toISOString(),
  };
}

/** Records death claims; serialised, de-duplicated, capped. Resolves to how many were new. */
export function recordSightings(items: NewSighting[], now: Date = new Date()): Promise<number> {
  const incoming = items.flatMap((item) => toSighting(item, now) ?? []);
  if (!incoming.length) return Promise.resolve(0);
  return serialised(async () => {
    const [stored, dismissed, settings] = await Promise.all([
      readSightings(),
      readDismissed(),
      getSettings(),
    ]);
    const hidden = new Set(dismissed.map(normalizeHeadline));
    const fresh = incoming.filter((s) => !hidden.has(normalizeHeadline(s.headline)));
    const merged = mergeSightings(stored, fresh);
    // New headlines are appended after the stored ones.
    const allowed = withinSiteLimit(stored, merged.sightings.slice(stored.length), now);
    const kept = fitRecord([...merged.sightings.slice(0, stored.length), ...allowed], settings.maxSightings);
    // A revisit changes nothing: skip the write (~120 ms for 5,000 sightings, and a
    // storage change event carrying the whole record to every listening context).
    if (!merged.changed && kept.length === stored.length) return 0;
    await writeSightings(kept);
    return allowed.length;
  });
}

// Every scan asks for histories; reading and validating a full record costs
// ~100 ms in Chromium, so the claims are kept until the stored data changes.
let claimsCache: Promise<Claim[]> | null = null;

export function invalidateClaims(): void {
  claimsCache = null;
}

function onStorageChanged(changes: Record<string, unknown>, area: string): void {
  if (area !== 'local') return;
  const keys = Object.keys(changes);
  if (keys.includes(SIGHTINGS_KEY)) {
    if (ownWrites > 0) ownWrites--;
    else record = null;
  }
  if (keys.some((key) => /^(sightings|dismissed)\b/.test(key))) invalidateClaims();
}

/** No listener (first call, or a test reset the fake browser): nothing tells us of changes, so re-read. */
function watchStorage(): void {
  if (browser.storage.onChanged.hasListener(onStorageChanged)) return;
  browser.storage.onChanged.addListener(onStorageChanged);
  record = null;
  claimsCache = null;
  ownWrites = 0;
}

function currentClaims(): Promise<Claim[]> {
  watchStorage();
  claimsCache ??= Promise.all([readSightings(), readDismissed()]).then(([sightings, dismissed]) =>
    claimsFrom(sightings, undefined, dismissed),
  );
  return claimsCache;
}

/** How often each canonical subject has been declared dead (timeline + sightings). */
export async function historiesFor(canonicals: string[]): Promise<Map<string, SubjectHistory>> {
  if (!canonicals.length) return new Map();
  const claims = await currentClaims();
  return new Map(canonicals.map((c) => [c, historyOf(claims, c)]));
}
