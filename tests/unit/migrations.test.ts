import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { writableSightingsItem as sightingsItem } from '@/lib/storage/background-items';
import { sightingsV2 } from '@/lib/storage/migrations';
import { sighting } from './support/sightings';

beforeEach(() => {
  fakeBrowser.reset();
});

// A v1 record as the foundation could hold it: unchecked, one entry per visit.
const v1Record = () => {
  const a = sighting({ headline: 'Le CM est mort', published: '2026-02-01', dateSource: 'seen' });
  return [
    a,
    sighting({ headline: 'le cm est MORT !', published: '2014-05-06', dateSource: 'json-ld' }),
    sighting({ headline: 'SEO is dead', canonical: 'seo' }),
    { ...sighting(), published: '2016-13-45' },
    { ...sighting(), kind: 'obituary' },
    'junk',
    null,
  ];
};

describe('sightings record v1 → v2', () => {
  it('validates and de-duplicates, keeping the best date', () => {
    const out = sightingsV2(v1Record());
    expect(out.map((s) => s.headline)).toEqual(['Le CM est mort', 'SEO is dead']);
    expect(out[0]).toMatchObject({ published: '2014-05-06', dateSource: 'json-ld' });
  });

  it('turns anything that is not a list into an empty record', () => {
    expect(sightingsV2({ sightings: [] })).toEqual([]);
    expect(sightingsV2('nope')).toEqual([]);
  });

  it('migrates an unversioned stored value (treated as v1) and marks it v2', async () => {
    await fakeBrowser.storage.local.set({ sightings: v1Record() });
    await sightingsItem.migrate();
    expect((await sightingsItem.getValue()).map((s) => s.headline)).toEqual([
      'Le CM est mort',
      'SEO is dead',
    ]);
    expect(await sightingsItem.getMeta()).toEqual({ v: 2 });
  });

  it('migrates a value stored as v1', async () => {
    await fakeBrowser.storage.local.set({ sightings: v1Record(), sightings$: { v: 1 } });
    await sightingsItem.migrate();
    expect(await sightingsItem.getValue()).toHaveLength(2);
    expect(await sightingsItem.getMeta()).toEqual({ v: 2 });
  });

  it('leaves a v2 value alone', async () => {
    const record = [sighting({ headline: 'A is dead' }), sighting({ headline: 'B is dead' })];
    await fakeBrowser.storage.local.set({ sightings: record, sightings$: { v: 2 } });
    await sightingsItem.migrate();
    expect(await sightingsItem.getValue()).toEqual(record);
  });
});
