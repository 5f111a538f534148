// Near storage.local's 10 MiB wall: claims and corrections are still stored
// (the record is pruned before the wall), an import says so when the browser
// refuses, and a cap set when 100,000 was allowed becomes the largest that fits.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleDismiss, resetCorrections } from '@/entrypoints/background/corrections';
import { handleImport } from '@/entrypoints/background/data';
import { type NewSighting, recordSightings } from '@/entrypoints/background/recorder';
import { dismissedItem, getSettings, sightingsItem } from '@/lib/storage/items';
import { MAX_SIGHTINGS_CAP } from '@/lib/storage/schema';
import { toExportJSON } from '@/lib/tally/export';
import { RECORD_BYTES, storedBytes } from '@/lib/tally/record';
import { detection, sighting } from './support/sightings';

const QUOTA = 10 * 1024 * 1024;

/** storage.local as Chrome enforces it: a write that would pass 10 MiB in all fails. */
function enforceQuota() {
  const local = fakeBrowser.storage.local;
  const set = local.set.bind(local);
  vi.spyOn(local, 'set').mockImplementation(async (items: Record<string, unknown>) => {
    const all = { ...(await local.get()), ...items };
    const bytes = Object.entries(all).reduce((sum, [k, v]) => sum + k.length + storedBytes(v), 0);
    if (bytes > QUOTA) throw new Error('Resource::kQuotaBytes quota exceeded');
    return set(items);
  });
}

/** A record just under the wall, as a cap of 100,000 let it grow. */
async function fillToTheWall() {
  const list = [];
  for (let i = 0, bytes = 0; bytes < QUOTA - 20_000; i++) {
    const s = sighting({
      headline: `Stored claim ${i} is dead`,
      site: `site${i % 50}.example`,
      firstSeen: '2026-01-01T10:00:00.000Z',
    });
    list.push(s);
    bytes += storedBytes(s) + 1;
  }
  await fakeBrowser.storage.local.set({ sightings: list, sightings$: { v: 2 } });
  await fakeBrowser.storage.sync.set({ settings: { maxSightings: 100_000 } });
  return list.length;
}

beforeEach(() => {
  fakeBrowser.reset();
  resetCorrections();
});
afterEach(() => vi.restoreAllMocks());

describe('at the storage wall', () => {
  it('stores 50 new claims and a correction, within the record share', async () => {
    const before = await fillToTheWall();
    enforceQuota();
    const items: NewSighting[] = Array.from({ length: 50 }, (_, i) => ({
      detection: detection(`New claim ${i} est mort`),
      url: `https://new.example/${i}`,
      site: 'new.example',
    }));
    expect(await recordSightings(items)).toBe(50);
    await handleDismiss({ type: 'dismiss', text: 'Some headline is dead' });
    const stored = await sightingsItem.getValue();
    expect(stored.filter((s) => s.site === 'new.example')).toHaveLength(50);
    expect(stored.length).toBeLessThan(before);
    expect(storedBytes(stored)).toBeLessThanOrEqual(RECORD_BYTES);
    expect(await dismissedItem.getValue()).toEqual(['some headline is dead']);
  }, 60_000);

  it('an import the browser refuses answers with a problem, never throws', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const text = toExportJSON({ sightings: [sighting()], dismissed: [] });
    const result = await handleImport({ type: 'import', text });
    expect(result).toMatchObject({ ok: false, problem: { code: 'not-stored' } });
  });

  it('a cap above what fits reads as the largest that fits', async () => {
    await fakeBrowser.storage.sync.set({ settings: { maxSightings: 100_000 } });
    expect((await getSettings()).maxSightings).toBe(MAX_SIGHTINGS_CAP);
  });
});
