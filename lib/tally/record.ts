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

/**
 * Adds `incoming` to `stored`. A headline already recorded is not added again
 * (revisits never count); its date is upgraded if the new one comes from a
 * better source (a listing's "seen today", then the article's JSON-LD date).
 */
export function mergeSightings(stored: readonly Sighting[], incoming: readonly Sighting[]): MergeResult {
  const sightings = stored.map((s) => ({ ...s }));
  const byKey = new Map(sightings.map((s) => [normalizeHeadline(s.headline), s]));
  const ids = new Set(sightings.map((s) => s.id));
  let added = 0;
  let changed = false;
  for (const next of incoming) {
    const key = normalizeHeadline(next.headline);
    if (!key) continue;
    const kept = byKey.get(key);
    if (kept) {
      if (betterDated(dated(next), dated(kept))) {
        kept.published = next.published;
        kept.dateSource = next.dateSource;
        changed = true;
      }
      if (next.firstSeen < kept.firstSeen) {
        kept.firstSeen = next.firstSeen;
        changed = true;
      }
      continue;
    }
    let id = next.id;
    for (let n = 2; ids.has(id); n++) id = `${next.id}-${n}`;
    const fresh = { ...next, id };
    sightings.push(fresh);
    byKey.set(key, fresh);
    ids.add(id);
    added++;
  }
  return { sightings, added, changed: changed || added > 0 };
}

/** Keeps the `cap` most recently first-seen sightings, in their stored order. */
export function pruneOldest(sightings: readonly Sighting[], cap: number): Sighting[] {
  if (sightings.length <= cap) return [...sightings];
  const drop = new Set(
    [...sightings]
      .sort((a, b) => a.firstSeen.localeCompare(b.firstSeen))
      .slice(0, sightings.length - cap)
      .map((s) => s.id),
  );
  return sightings.filter((s) => !drop.has(s.id));
}
