import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { historiesFor, type NewSighting, recordSightings } from '@/entrypoints/background/recorder';
import { dismissedItem, sightingsItem, updateSettings } from '@/lib/storage/items';
import { detection } from './support/sightings';

const NOW = new Date('2026-06-01T12:00:00Z');
const CM = 'community management';

function item(text: string, url = 'https://blog.example.fr/a', date?: NewSighting['date']): NewSighting {
  return { detection: detection(text), url, site: new URL(url).hostname, date };
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('recordSightings', () => {
  it('stores a sighting with its date and where the date came from', async () => {
    await recordSightings(
      [item('Le CM est mort', 'https://blog.example.fr/a', { date: '2014-05-06', source: 'card-time' })],
      NOW,
    );
    const [s, ...rest] = await sightingsItem.getValue();
    expect(rest).toEqual([]);
    expect(s).toMatchObject({
      headline: 'Le CM est mort',
      canonical: CM,
      kind: 'claim',
      lang: 'fr',
      url: 'https://blog.example.fr/a',
      site: 'blog.example.fr',
      published: '2014-05-06',
      dateSource: 'card-time',
      firstSeen: NOW.toISOString(),
    });
  });

  it('dates an undated headline the day it was seen', async () => {
    await recordSightings([item('Le CM est mort')], NOW);
    expect((await sightingsItem.getValue())[0]).toMatchObject({
      published: '2026-06-01',
      dateSource: 'seen',
    });
  });

  it('dates a headline the day it was seen when the date given is absurd', async () => {
    await recordSightings(
      [
        item('Le CM est mort', 'https://a.fr/1', { date: '1970-01-01', source: 'card-time' }),
        item('Le SEO est mort', 'https://a.fr/2', { date: '2016-02-30', source: 'meta' }),
        item('Le web est mort', 'https://a.fr/3', { date: '2031-01-01', source: 'json-ld' }),
      ],
      NOW,
    );
    const stored = await sightingsItem.getValue();
    expect(stored.map((s) => [s.published, s.dateSource])).toEqual([
      ['2026-06-01', 'seen'],
      ['2026-06-01', 'seen'],
      ['2026-06-01', 'seen'],
    ]);
  });

  it('ignores non-claims and headlines without a subject', async () => {
    const added = await recordSightings([
      {
        detection: detection('Hello', { kind: 'none', canonical: null }),
        url: 'https://x.fr/',
        site: 'x.fr',
      },
      { detection: detection('Il est mort', { canonical: null }), url: 'https://x.fr/', site: 'x.fr' },
    ]);
    expect(added).toBe(0);
    expect(await sightingsItem.getValue()).toEqual([]);
  });

  it('counts the same headline once: revisits, several pages, one batch', async () => {
    expect(
      await recordSightings(
        [item('Le CM est mort', 'https://a.fr/liste'), item('Le CM est mort', 'https://a.fr/liste')],
        NOW,
      ),
    ).toBe(1);
    expect(await recordSightings([item('Le CM est mort', 'https://a.fr/liste')], NOW)).toBe(0);
    expect(await recordSightings([item('Le  CM est mort ! ☠', 'https://a.fr/article')], NOW)).toBe(0);
    expect(await sightingsItem.getValue()).toHaveLength(1);
  });

  it('does not write when a revisit changes nothing', async () => {
    await recordSightings([item('Le CM est mort', 'https://a.fr/liste')], NOW);
    const writes: unknown[] = [];
    fakeBrowser.storage.local.onChanged.addListener((changes) => writes.push(changes));
    expect(await recordSightings([item('Le CM est mort', 'https://a.fr/liste')], NOW)).toBe(0);
    expect(writes).toEqual([]);
    await recordSightings(
      [item('Le CM est mort', 'https://a.fr/article', { date: '2014-05-06', source: 'json-ld' })],
      NOW,
    );
    expect(writes).toHaveLength(1);
  });

  it("upgrades a listing's seen-today date when the article's own date turns up", async () => {
    await recordSightings([item('Le CM est mort', 'https://a.fr/liste')], NOW);
    await recordSightings(
      [item('Le CM est mort', 'https://a.fr/article', { date: '2014-05-06', source: 'json-ld' })],
      NOW,
    );
    const all = await sightingsItem.getValue();
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({
      published: '2014-05-06',
      dateSource: 'json-ld',
      url: 'https://a.fr/liste',
    });
  });

  it('loses nothing when 20 tabs record at once', async () => {
    const tabs = Array.from({ length: 20 }, (_, tab) =>
      recordSightings(
        [
          item(`Tab ${tab}: le CM est mort`),
          item(`Tab ${tab}: le SEO est mort`),
          item('Shared: le CM est mort'),
        ],
        NOW,
      ),
    );
    const added = await Promise.all(tabs);
    expect(added.reduce((a, b) => a + b, 0)).toBe(41);
    const stored = await sightingsItem.getValue();
    expect(stored).toHaveLength(41);
    expect(new Set(stored.map((s) => s.id)).size).toBe(41);
  });

  it('prunes the oldest sightings past the size cap from settings', async () => {
    await updateSettings({ maxSightings: 100 });
    for (let i = 0; i < 105; i++) {
      await recordSightings([item(`Claim ${i}: le CM est mort`)], new Date(Date.UTC(2026, 0, 1, 0, i)));
    }
    const stored = await sightingsItem.getValue();
    expect(stored).toHaveLength(100);
    expect(stored[0]?.headline).toBe('Claim 5: le CM est mort');
    expect(stored.at(-1)?.headline).toBe('Claim 104: le CM est mort');
  });

  it('strips bidi controls from what it stores and keeps no link to a non-web page', async () => {
    await recordSightings(
      [
        {
          detection: detection('SEO is \u202edaed\u202c', { subject: '\u2067seo\u2069' }),
          url: 'file:///home/me/page.html',
          site: '',
        },
      ],
      NOW,
    );
    expect(await sightingsItem.getValue()).toMatchObject([
      { headline: 'SEO is daed', subject: 'seo', url: '' },
    ]);
  });

  it('does not record a dismissed headline', async () => {
    await dismissedItem.setValue(['le cm est mort']);
    expect(await recordSightings([item('Le CM est mort')], NOW)).toBe(0);
    expect(await sightingsItem.getValue()).toEqual([]);
  });

  it('keeps writing after garbage in storage', async () => {
    await fakeBrowser.storage.local.set({ sightings: [{ nope: true }, 'junk'] });
    expect(await recordSightings([item('Le CM est mort')], NOW)).toBe(1);
    expect(await sightingsItem.getValue()).toHaveLength(1);
  });
});

describe('historiesFor', () => {
  it('counts the timeline and the sightings', async () => {
    const before = (await historiesFor([CM])).get(CM);
    expect(before).toEqual({ canonical: CM, count: 7, first: 2011, last: 2018, since: 2011 });
    await recordSightings([item('Le CM est mort, 2026 edition')], NOW);
    const after = (await historiesFor([CM, 'seo'])).get(CM);
    expect(after).toEqual({ canonical: CM, count: 8, first: 2011, last: 2026, since: 2011 });
    expect((await historiesFor(['seo'])).get('seo')).toMatchObject({ count: 0, first: null });
  });

  it('sees changes made by others to the stored data (a dismissal, an import elsewhere)', async () => {
    await recordSightings([item('Le CM est mort, 2026 edition')], NOW);
    expect((await historiesFor([CM])).get(CM)?.count).toBe(8);
    await dismissedItem.setValue(['le cm est mort 2026 edition']);
    await expect.poll(async () => (await historiesFor([CM])).get(CM)?.count).toBe(7);
    await sightingsItem.setValue([]);
    await dismissedItem.setValue([]);
    await expect.poll(async () => (await historiesFor([CM])).get(CM)?.count).toBe(7);
    await recordSightings([item('Le CM est mort, encore')], NOW);
    expect((await historiesFor([CM])).get(CM)?.count).toBe(8);
  });

  it('answers an empty request without reading storage', async () => {
    expect(await historiesFor([])).toEqual(new Map());
  });
});
