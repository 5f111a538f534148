// After an upgrade of the detector, reads the record's headlines again
// (lib/tally/reread.ts) once, in the background: small batches that leave the
// scans of open pages room, then one write through the record's queue.
import { browser } from 'wxt/browser';
import { detectLoading } from '@/lib/detector/detect-lazy';
import { DETECTOR_VERSION } from '@/lib/detector/version';
import { READ_BY_KEY } from '@/lib/storage/keys';
import type { Sighting } from '@/lib/storage/schema';
import { reread } from '@/lib/tally/reread';
import { readSightings, writeSightings } from './recorder';
import { serialised } from './write-queue';

/** Headlines read between two pauses (~1,000 a second when the models are warm). */
const BATCH = 50;
/**
 * Lets queued scans run; being an extension API call, it also tells Chrome the
 * worker is busy, which would otherwise stop it 30 s into a large record.
 */
const pause = () => browser.storage.local.get(READ_BY_KEY);

let running: Promise<number> | null = null;

/** Rereads the record if a detector other than this one last read it; resolves to how many sightings changed. */
export function rereadIfStale(): Promise<number> {
  running ??= rereadRecord().finally(() => {
    running = null;
  });
  return running;
}

async function rereadRecord(): Promise<number> {
  const readBy: unknown = (await browser.storage.local.get(READ_BY_KEY))[READ_BY_KEY];
  if (readBy === DETECTOR_VERSION) return 0;
  const sightings = await readSightings();
  const readings = new Map<string, Sighting>();
  for (const [i, sighting] of sightings.entries()) {
    const next = reread(sighting, await detectLoading(sighting.headline, { lang: sighting.lang }));
    if (next !== sighting) readings.set(sighting.id, next);
    if (i % BATCH === BATCH - 1) await pause();
  }
  return serialised(async () => {
    // Recorded, imported or cleared meanwhile: only the sightings still there, with the same headline, change.
    let changed = 0;
    const current = await readSightings();
    const next = current.map((s) => {
      const reading = readings.get(s.id);
      if (!reading || reading.headline !== s.headline) return s;
      changed++;
      return { ...s, subject: reading.subject, canonical: reading.canonical, kind: reading.kind };
    });
    if (changed) await writeSightings(next);
    await browser.storage.local.set({ [READ_BY_KEY]: DETECTOR_VERSION });
    return changed;
  });
}
