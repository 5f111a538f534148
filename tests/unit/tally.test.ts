import { describe, expect, it } from 'vitest';
import type { Sighting } from '@/lib/storage/schema';
import {
  claimsInYear,
  historyOf,
  claimsFrom as mergeClaims,
  normalizeHeadline,
  rankSubjects,
  sightingToClaim,
  TIMELINE as TIMELINE_ALL,
  tallySubject,
} from '@/lib/tally';
import { sighting } from './support/sightings';
import { SEED_TIMELINE as TIMELINE } from './support/timeline';

/** Sightings merged with the seed's timeline, whose numbers stay fixed. */
const claimsFrom = (seen: Sighting[], timeline = TIMELINE, dismissed: string[] = []) =>
  mergeClaims(seen, timeline, dismissed);

const NOW = new Date('2026-06-01T12:00:00Z');
const CM = 'community management';

describe('claimsFrom', () => {
  it('merges the timeline with sightings', () => {
    const seen = sighting({ headline: 'SEO is dead', canonical: 'seo' });
    const claims = claimsFrom([seen]);
    expect(claims).toHaveLength(TIMELINE.length + 1);
    expect(claims.at(-1)).toMatchObject({
      id: seen.id,
      origin: 'seen',
      date: seen.published,
      canonical: 'seo',
    });
  });

  it('counts one headline once, whatever its case, accents, punctuation or pages', () => {
    const claims = claimsFrom(
      [
        sighting({ headline: 'Le community management est mort', url: 'https://a.fr/liste' }),
        sighting({ headline: 'Le Community Management est mort !', url: 'https://a.fr/article' }),
        sighting({ headline: '  le community  management est mort ☠', url: 'https://b.fr/' }),
      ],
      [],
    );
    expect(claims).toHaveLength(1);
  });

  it('keeps the shipped claim when a reader meets a timeline headline', () => {
    const claims = claimsFrom([
      sighting({
        headline: 'Est-ce la fin du community management?',
        published: '2026-05-01',
        dateSource: 'seen',
      }),
    ]);
    expect(claims).toHaveLength(TIMELINE.length);
    expect(claims.filter((c) => c.origin === 'seen')).toEqual([]);
  });

  it('keeps the best-dated of several sightings of one headline', () => {
    const claims = claimsFrom(
      [
        sighting({ headline: 'X is dead', published: '2026-05-01', dateSource: 'seen' }),
        sighting({ headline: 'X is dead', published: '2014-02-03', dateSource: 'json-ld' }),
      ],
      [],
    );
    expect(claims.map((c) => c.date)).toEqual(['2014-02-03']);
  });

  it('counts two shipped obituaries with one title, and joins a sighting of it to them', () => {
    const [first, second] = ['2018-04-01', '2019-05-01'].map((date, i) => ({
      ...sightingToClaim(
        sighting({ headline: 'Is Facebook dead?', canonical: 'facebook', kind: 'question' }),
      ),
      id: `timeline:fb-${i}`,
      date,
      origin: 'shipped' as const,
      dateSource: 'timeline' as const,
    }));
    const timeline = [first, second].flatMap((c) => (c ? [c] : []));
    const seen = sighting({ headline: 'Is Facebook DEAD?', canonical: 'facebook', published: '2026-01-01' });
    const claims = claimsFrom([seen], timeline);
    expect(claims.map((c) => c.date)).toEqual(['2018-04-01', '2019-05-01']);
  });

  it('leaves out dismissed headlines', () => {
    const claims = claimsFrom([sighting({ headline: 'Rock is dead' })], [], ['rock is dead']);
    expect(claims).toEqual([]);
  });
});

describe('tallySubject', () => {
  it("counts community management per year from 2011 to now's year, rebuttals apart", () => {
    const t = tallySubject(TIMELINE, CM, NOW);
    expect(t.years[0]?.year).toBe(2011);
    expect(t.years.at(-1)?.year).toBe(2026);
    expect(t.years).toHaveLength(16);
    const year = (y: number) => t.years.find((r) => r.year === y);
    expect(year(2011)).toEqual({ year: 2011, claims: 1, questions: 0, rebuttals: 0 });
    expect(year(2012)).toEqual({ year: 2012, claims: 0, questions: 0, rebuttals: 0 });
    expect(year(2013)).toEqual({ year: 2013, claims: 0, questions: 1, rebuttals: 0 });
    expect(year(2014)).toEqual({ year: 2014, claims: 0, questions: 1, rebuttals: 0 });
    expect(year(2016)).toEqual({ year: 2016, claims: 1, questions: 1, rebuttals: 0 });
    expect(year(2017)).toEqual({ year: 2017, claims: 0, questions: 0, rebuttals: 1 });
    expect(t).toMatchObject({ total: 5, rebuttals: 1, first: 2011, last: 2016, shipped: 5, seen: 0 });
  });

  it('adds what the reader saw, split shipped/seen', () => {
    const claims = claimsFrom([
      sighting({ headline: 'Le CM est mort, encore', published: '2014-09-10', kind: 'claim' }),
      sighting({ headline: 'Le CM est-il mort en 2026 ?', published: '2026-01-10', kind: 'question' }),
    ]);
    const t = tallySubject(claims, CM, NOW);
    expect(t.years.find((r) => r.year === 2014)).toEqual({
      year: 2014,
      claims: 1,
      questions: 1,
      rebuttals: 0,
    });
    expect(t.years.find((r) => r.year === 2026)).toEqual({
      year: 2026,
      claims: 0,
      questions: 1,
      rebuttals: 0,
    });
    expect(t).toMatchObject({ total: 7, shipped: 5, seen: 2, first: 2011, last: 2026 });
  });

  it('starts a subject at its own first claim', () => {
    const t = tallySubject(
      claimsFrom([sighting({ headline: 'SEO is dead', canonical: 'seo', published: '2019-04-01' })]),
      'seo',
      NOW,
    );
    expect(t.years.map((r) => r.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    expect(t).toMatchObject({ total: 1, first: 2019, last: 2019 });
  });

  it('gives an empty tally from 2011 for a subject never seen', () => {
    const t = tallySubject(TIMELINE, 'fax', NOW);
    expect(t).toMatchObject({ total: 0, rebuttals: 0, first: null, last: null });
    expect(t.years[0]).toEqual({ year: 2011, claims: 0, questions: 0, rebuttals: 0 });
    expect(t.years).toHaveLength(16);
  });
});

describe('rankSubjects, historyOf, claimsInYear', () => {
  const claims = claimsFrom([
    sighting({ headline: 'SEO is dead', canonical: 'seo', published: '2019-04-01' }),
    sighting({ headline: 'SEO is dead again', canonical: 'seo', published: '2020-04-01' }),
  ]);

  it('ranks every subject by total, most declared dead first', () => {
    const ranked = rankSubjects(claims);
    expect(ranked.map((t) => [t.canonical, t.total])).toEqual([
      [CM, 5],
      ['seo', 2],
      ['web', 1],
    ]);
  });

  it("agrees with each subject's own tally on the whole shipped timeline, in rank order", () => {
    const all = claimsFrom(
      [
        sighting({ headline: 'SEO is dead', canonical: 'seo', published: '2019-04-01' }),
        sighting({ headline: 'Facebook is dying', canonical: 'facebook', published: '2024-02-01' }),
      ],
      TIMELINE_ALL,
    );
    const ranked = rankSubjects(all);
    expect(ranked).toHaveLength(new Set(all.map((c) => c.canonical)).size);
    for (const rank of ranked) {
      const { years: _, ...own } = tallySubject(all, rank.canonical, NOW);
      expect(rank).toEqual(own);
    }
    const order = (a: (typeof ranked)[number], b: (typeof ranked)[number]) =>
      b.total - a.total || b.rebuttals - a.rebuttals || (a.canonical < b.canonical ? -1 : 1);
    expect(ranked).toEqual([...ranked].sort(order));
    expect(ranked.find((r) => r.canonical === 'facebook')).toMatchObject({ seen: 1, last: 2024 });
  });

  it('gives a badge history', () => {
    expect(historyOf(claims, CM)).toEqual({ canonical: CM, count: 5, first: 2011, last: 2016, since: 2011 });
    expect(historyOf(claims, 'seo')).toEqual({
      canonical: 'seo',
      count: 2,
      first: 2019,
      last: 2020,
      since: 2011,
    });
    expect(historyOf(claimsFrom([]), 'web')).toMatchObject({ count: 1, first: 2010, since: 2010 });
    expect(historyOf(claims, 'fax')).toEqual({
      canonical: 'fax',
      count: 0,
      first: null,
      last: null,
      since: 2011,
    });
  });

  it("lists a year's claims for a subject", () => {
    expect(claimsInYear(claims, CM, 2016).map((c) => c.headline)).toEqual([
      'Le community management est mort vive le community management',
      'Le community Manager est-il mort ?',
    ]);
    expect(claimsInYear(claims, CM, 2015)).toEqual([]);
    expect(claimsInYear(claims, 'seo', 2020).map((c) => c.headline)).toEqual(['SEO is dead again']);
  });
});

describe('normalizeHeadline', () => {
  /** The full Unicode path, which the ASCII shortcut must match. */
  const slow = (text: string) =>
    text
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();

  it('gives plain ASCII headlines the same key as the Unicode path', () => {
    const ascii = TIMELINE_ALL.map((c) => c.headline).filter((h) => /^[\x20-\x7e]*$/.test(h));
    expect(ascii.length).toBeGreaterThan(500);
    for (const h of [...ascii, ' SEO -- is DEAD!! ', 'a_b', '', '~`^'])
      expect(normalizeHeadline(h)).toBe(slow(h));
  });

  it('folds accents, ligatures and curly quotes', () => {
    expect(normalizeHeadline('Le SEO n’est pas mort… ﬁn')).toBe('le seo n est pas mort fin');
    expect(normalizeHeadline('Élément')).toBe('element');
  });
});
