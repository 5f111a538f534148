// After a detector upgrade the record's headlines are read again once, so old
// and new sightings of one subject share its canonical name.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { recordSightings } from '@/entrypoints/background/recorder';
import { rereadIfStale } from '@/entrypoints/background/reread';
import { DETECTOR_VERSION } from '@/lib/detector/version';
import { sightingsItem } from '@/lib/storage/items';
import { READ_BY_KEY } from '@/lib/storage/keys';
import { reread } from '@/lib/tally/reread';
import { detection, sighting } from './support/sightings';

beforeEach(() => {
  fakeBrowser.reset();
});

const readBy = async () => (await fakeBrowser.storage.local.get(READ_BY_KEY))[READ_BY_KEY];

describe('reread', () => {
  it('takes the new subject, canonical name and kind', () => {
    const old = sighting({ headline: 'SEO is dead?', subject: 'SEO is', canonical: 'seo is', kind: 'claim' });
    const now = reread(old, detection(old.headline, { subject: 'SEO', canonical: 'seo', kind: 'question' }));
    expect(now).toEqual({ ...old, subject: 'SEO', canonical: 'seo', kind: 'question' });
  });

  it('keeps the old reading of a headline the detector no longer reads as a claim', () => {
    const old = sighting();
    expect(reread(old, detection(old.headline, { kind: 'none', subject: null, canonical: null }))).toBe(old);
    expect(reread(old, undefined)).toBe(old);
  });
});

describe('rereadIfStale', () => {
  it('reads a record left by an older detector again, once, and keeps everything else', async () => {
    const stale = sighting({ headline: 'SEO is dead', subject: 'SEO is', canonical: 'seo is' });
    const person = sighting({ headline: 'Ten tips for your garden', canonical: 'garden' });
    await sightingsItem.setValue([stale, person]);
    expect(await rereadIfStale()).toBe(1);
    const [seo, garden] = await sightingsItem.getValue();
    expect(seo).toEqual({ ...stale, subject: 'SEO', canonical: 'seo' });
    expect(garden).toEqual(person);
    expect(await readBy()).toBe(DETECTOR_VERSION);
    // Read by this version now: nothing is read again.
    await sightingsItem.setValue([stale]);
    expect(await rereadIfStale()).toBe(0);
    expect(await sightingsItem.getValue()).toEqual([stale]);
  });

  it('keeps what was recorded while it read', async () => {
    await sightingsItem.setValue([sighting({ headline: 'SEO is dead', subject: 'x', canonical: 'x' })]);
    const rereading = rereadIfStale();
    await recordSightings([
      { detection: detection('Le CM est mort'), url: 'https://example.com/cm', site: 'example.com' },
    ]);
    await rereading;
    const record = await sightingsItem.getValue();
    expect(record.map((s) => s.canonical)).toEqual(['seo', 'community management']);
  });

  it('marks an empty record as read without reading anything', async () => {
    expect(await rereadIfStale()).toBe(0);
    expect(await readBy()).toBe(DETECTOR_VERSION);
  });
});
