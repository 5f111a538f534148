// Pure rules of the sightings record: one sighting per normalised headline,
// a better date replaces a worse one, the oldest are pruned past the cap.
import type { Sighting } from '../storage/schema.ts';
import { betterDated } from './claims.ts';
import { normalizeHeadline } from './normalize.ts';

export interface MergeResult {
  sightings: Sighting[];
  /** How many incoming sightings were new headlines. */
  added: number;
  /** False when the record is the same as before (nothing to write). */
  changed: boolean;
}

const dated = (s: Sighting) => ({ dateSource: s.dateSource, date: s.published });

// Sightings are never changed in place (a merge copies the one it changes), so what is
// worked out from one is kept: at 20,000 sightings, normalising every headline and
// measuring every entry again on each claim stored took most of a second.
const keys = new WeakMap<Sighting, string>();
const sizes = new WeakMap<Sighting, number>();

function keyOf(s: Sighting): string {
  let key = keys.get(s);
  if (key === undefined) {
    key = normalizeHeadline(s.headline);
    keys.set(s, key);
  }
  return key;
}

/**
 * Adds `incoming` to `stored`. A headline already recorded is not added again
 * (revisits never count); its date is upgraded if the new one comes from a
 * better source (a listing's "seen today", then the article's JSON-LD date).
 */
export function mergeSightings(stored: readonly Sighting[], incoming: readonly Sighting[]): MergeResult {
  const sightings = [...stored];
  const at = new Map(sightings.map((s, i) => [keyOf(s), i]));
  const ids = new Set(sightings.map((s) => s.id));
  let added = 0;
  let changed = false;
  for (const next of incoming) {
    const key = keyOf(next);
    if (!key) continue;
    const index = at.get(key);
    const kept = index === undefined ? undefined : sightings[index];
    if (index !== undefined && kept) {
      const update: Partial<Sighting> = {};
      if (betterDated(dated(next), dated(kept))) {
        update.published = next.published;
        update.dateSource = next.dateSource;
      }
      if (next.firstSeen < kept.firstSeen) update.firstSeen = next.firstSeen;
      if (Object.keys(update).length) {
        sightings[index] = { ...kept, ...update };
        changed = true;
      }
      continue;
    }
    let id = next.id;
    for (let n = 2; ids.has(id); n++) id = `${next.id}-${n}`;
    const fresh = { ...next, id };
    at.set(key, sightings.length);
    sightings.push(fresh);
    ids.add(id);
    added++;
  }
  return { sightings, added, changed: changed || added > 0 };
}

/**
 * New sightings one site may add per hour. A front page holds a few dozen
 * claims; a page made to flood the record is stopped at this, and pruning
 * takes from the site with the most first (pruneFairly).
 */
export const SITE_HOURLY_LIMIT = 1000;

/** Newest first-seen first. */
const newestFirst = (a: Sighting, b: Sighting) => b.firstSeen.localeCompare(a.firstSeen);

/**
 * Keeps `cap` sightings at most, in their stored order. The site holding the
 * most loses its oldest first (sites are levelled down, never below one
 * another), so one page flooding the record cannot evict what other sites
 * added; with a single site this is plain oldest-first.
 */
export function pruneFairly(sightings: readonly Sighting[], cap: number): Sighting[] {
  if (sightings.length <= cap) return [...sightings];
  const bySite = new Map<string, Sighting[]>();
  for (const s of sightings) {
    const list = bySite.get(s.site);
    if (list) list.push(s);
    else bySite.set(s.site, [s]);
  }
  const groups = [...bySite.values()].map((list) => list.sort(newestFirst));
  const kept = (level: number) => groups.reduce((sum, list) => sum + Math.min(list.length, level), 0);
  // The highest level every site may keep up to with the total within the cap.
  let low = 0;
  let high = Math.max(...groups.map((list) => list.length));
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (kept(mid) <= cap) low = mid;
    else high = mid - 1;
  }
  const keep = new Set<Sighting>(groups.flatMap((list) => list.slice(0, low)));
  // Slots left under the cap go to the sites cut at the level, newest sighting first.
  const next = groups
    .flatMap((list) => list.slice(low, low + 1))
    .sort(newestFirst)
    .slice(0, cap - keep.size);
  for (const s of next) keep.add(s);
  return sightings.filter((s) => keep.has(s));
}

/** The bytes `value` takes in storage.local, which stores JSON (UTF-8). */
export function storedBytes(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value)).length;
}

/** storedBytes of a record, each sighting measured once. */
function recordBytes(sightings: readonly Sighting[]): number {
  let total = 2 + Math.max(0, sightings.length - 1);
  for (const s of sightings) {
    let size = sizes.get(s);
    if (size === undefined) {
      size = storedBytes(s);
      sizes.set(s, size);
    }
    total += size;
  }
  return total;
}

/**
 * storage.local holds 10 MiB in all: the sightings take at most this, leaving
 * room for the corrections and the settings' migrations. A write past the wall
 * fails and loses what it carried, so the record is pruned before it.
 */
export const RECORD_BYTES = 8 * 1024 * 1024;

/** The record within `cap` sightings and `maxBytes` of storage, pruned fairly. */
export function fitRecord(
  sightings: readonly Sighting[],
  cap: number,
  maxBytes: number = RECORD_BYTES,
): Sighting[] {
  let kept = pruneFairly(sightings, cap);
  for (let bytes = recordBytes(kept); bytes > maxBytes && kept.length > 0; bytes = recordBytes(kept)) {
    // Sightings differ in size: aim a little under, and measure again.
    kept = pruneFairly(kept, Math.min(kept.length - 1, Math.floor((kept.length * maxBytes * 0.98) / bytes)));
  }
  return kept;
}

/** The corrections' share of storage.local, beside the record's. */
export const DISMISSED_BYTES = 1024 * 1024;

/** The dismissed texts within `maxBytes`: the oldest corrections go first. */
export function fitDismissed(texts: readonly string[], maxBytes: number = DISMISSED_BYTES): string[] {
  let kept = [...texts];
  while (kept.length && storedBytes(kept) > maxBytes)
    kept = kept.slice(Math.max(1, Math.floor(kept.length / 10)));
  return kept;
}
