// The popup's history from the shipped index (mergeIndex) against the whole
// computation it replaces: every shipped row merged with the sightings
// (mergeClaims), then ranked (rankSubjects).
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import type { Sighting } from '@/lib/storage/schema';
import { rankSubjects } from '@/lib/tally/count';
import { mergeClaims } from '@/lib/tally/merge';
import { mergeIndex } from '@/lib/tally/merge-index';
import { TIMELINE, type TimelineEntry, TimelineFileSchema, timelineClaims } from '@/lib/tally/timeline';
import timelineFile from '@/lib/tally/timeline.json' with { type: 'json' };
import { SHIPPED_INDEX } from '@/lib/tally/timeline-index';
import {
  fromIndex,
  indexText,
  keyHash,
  readIndex,
  subjectRank,
  toIndex,
} from '@/lib/tally/timeline-index-format';
import { sighting } from './support/sightings';

/** A reader's record as bench:popup seeds it: 200 sightings over 40 subjects, 2015–2026. */
const BENCH: Sighting[] = Array.from({ length: 200 }, (_, i) =>
  sighting({
    headline: `Subject ${i % 40} is dead, take ${i}`,
    canonical: i % 5 === 0 ? 'community management' : `subject ${i % 40}`,
    published: `${2015 + (i % 12)}-03-01`,
  }),
);

const RECORDS: Record<string, { sightings: Sighting[]; dismissed: string[] }> = {
  'nothing met': { sightings: [], dismissed: [] },
  'the bench record': { sightings: BENCH, dismissed: [] },
  'shipped headlines met again, under another subject and spelling': {
    sightings: [
      sighting({ headline: 'IS FACEBOOK DEAD!!', canonical: 'meta', published: '2026-01-02' }),
      sighting({ headline: 'Est-ce la fin du community management ?', dateSource: 'seen' }),
    ],
    dismissed: [],
  },
  'one headline seen three times, dated differently': {
    sightings: [
      sighting({
        headline: 'Blogging is dead',
        canonical: 'blog',
        published: '2024-05-01',
        dateSource: 'seen',
      }),
      sighting({
        headline: 'Blogging is dead!',
        canonical: 'blog',
        published: '2019-02-01',
        dateSource: 'meta',
      }),
      sighting({
        headline: 'blogging is dead',
        canonical: 'blog',
        published: '2021-02-01',
        dateSource: 'json-ld',
      }),
    ],
    dismissed: [],
  },
  'corrections of shipped and seen headlines': {
    sightings: [...BENCH.slice(0, 20), sighting({ headline: 'Email is dead again', canonical: 'email' })],
    dismissed: ['Is Facebook dead?', 'Est-ce la fin du community management ?', BENCH[5]?.headline ?? ''],
  },
  'rebuttals only, and a claim earlier than every shipped one': {
    sightings: [
      sighting({
        headline: 'Deno is not dead',
        canonical: 'deno',
        kind: 'rebuttal',
        published: '2025-01-01',
      }),
      sighting({ headline: 'Zines are not dead', canonical: 'zines', kind: 'rebuttal' }),
      sighting({ headline: 'Email died in 1999', canonical: 'email', published: '1999-06-01' }),
    ],
    dismissed: [],
  },
};

describe('the shipped index (timeline-index.json)', () => {
  it("ranks the shipped subjects as rankSubjects ranks the whole timeline's rows", () => {
    expect(SHIPPED_INDEX.subjects.map(subjectRank)).toEqual(rankSubjects(TIMELINE));
  });

  it('gives back every row of timeline.json, in its order', () => {
    expect(fromIndex(SHIPPED_INDEX)).toEqual(timelineClaims(timelineFile));
  });

  it('is refused when an older toIndex wrote it, with what to run', () => {
    expect(readIndex(indexText(SHIPPED_INDEX))).toEqual(SHIPPED_INDEX);
    // Version 3 was plain text; version 2 JSON with every row as a list.
    expect(() => readIndex('3\ncommunity management|7|1|2011|2018~a~b')).toThrow(/npm run timeline:index/);
    expect(() => readIndex(JSON.stringify({ version: 2, subjects: [] }))).toThrow(/npm run timeline:index/);
    expect(() => readIndex(JSON.stringify({ version: 4 }))).toThrow(/npm run timeline:index/);
    expect(() => readIndex(null)).toThrow(/npm run timeline:index/);
  });

  it('refuses a field it could not read back: a separator in it, or an empty text', () => {
    const [entry] = v.parse(TimelineFileSchema, timelineFile).claims;
    if (!entry) throw new Error('empty timeline');
    const index = (change: Partial<TimelineEntry>) => () => toIndex([{ ...entry, ...change }]);
    expect(index({ headline: 'Email | is dead' })).toThrow(/\^ or \|/);
    expect(index({ url: 'https://example.com/~email^' })).toThrow(/\^ or \|/);
    expect(index({ subject: '' })).toThrow(/empty/);
    expect(index({ headline: 'Email is dead', subject: null })).not.toThrow();
  });
});

describe('mergeIndex: the popup history without every row', () => {
  for (const [name, { sightings, dismissed }] of Object.entries(RECORDS)) {
    it(`equals rankSubjects(mergeClaims(…)) and each subject's merged claims: ${name}`, () => {
      const all = mergeClaims(sightings, TIMELINE, dismissed);
      const history = mergeIndex(SHIPPED_INDEX, sightings, dismissed);
      expect(history.ranked).toEqual(rankSubjects(all));
      for (const { canonical } of history.ranked) {
        expect(history.claimsOf(canonical), canonical).toEqual(all.filter((c) => c.canonical === canonical));
      }
      expect(history.claimsOf('nothing declared dead')).toEqual([]);
    });
  }

  it('tells two headlines whose key hashes collide apart by their rows', () => {
    // Found by trying `email is dead ${n}` for n = 0, 1, 2…
    const [shippedKey, seenKey] = ['email is dead 897895', 'email is dead 1021930'];
    expect(keyHash(shippedKey)).toBe(keyHash(seenKey));
    const [entry] = v.parse(TimelineFileSchema, timelineFile).claims;
    if (!entry) throw new Error('empty timeline');
    const index = toIndex([{ ...entry, headline: shippedKey, canonical: 'email', kind: 'claim' }]);
    const met = [sighting({ headline: seenKey, canonical: 'email' })];
    const history = mergeIndex(index, met);
    expect(history.claimsOf('email').map((c) => c.headline)).toEqual([shippedKey, seenKey]);
    expect(history.ranked).toEqual(rankSubjects(mergeClaims(met, fromIndex(index))));
  });

  it('drops a subject whose every shipped row is corrected', () => {
    const only = SHIPPED_INDEX.subjects.find((s) => s[1] + s[2] === 1);
    if (!only) throw new Error('no subject with a single row');
    const [row] = mergeIndex(SHIPPED_INDEX, []).claimsOf(only[0]);
    const history = mergeIndex(SHIPPED_INDEX, [], [row?.headline ?? '']);
    expect(history.ranked.map((s) => s.canonical)).not.toContain(only[0]);
    expect(history.claimsOf(only[0])).toEqual([]);
  });
});
