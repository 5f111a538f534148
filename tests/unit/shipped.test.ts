import { describe, expect, it } from 'vitest';
import { matchSubjects } from '@/entrypoints/popup/SubjectSearch';
import { argumentsOf, rankSubjects, shippedHistory } from '@/lib/tally';
import { sightingToClaim } from '@/lib/tally/claims';
import type { Claim } from '@/lib/tally/types';
import { sighting } from './support/sightings';
import { SEED_TIMELINE } from './support/timeline';

const claim = (date: string, argument: string | null, kind: Claim['kind'] = 'claim'): Claim => ({
  ...sightingToClaim(sighting({ canonical: 'jobs', kind })),
  date,
  argument,
});

describe('argumentsOf', () => {
  it('lists arguments most used first, with their years once each; rebuttals name none', () => {
    const claims = [
      claim('2013-01-01', 'ai'),
      claim('2016-05-01', 'ai'),
      claim('2016-06-01', 'ai'),
      claim('2020-03-01', 'covid'),
      claim('2023-01-01', 'ai'),
      claim('2024-01-01', 'mobile', 'rebuttal'),
      claim('2024-01-01', null),
    ];
    expect(argumentsOf(claims, 'jobs')).toEqual([
      { id: 'ai', count: 4, years: [2013, 2016, 2023] },
      { id: 'covid', count: 1, years: [2020] },
    ]);
    expect(argumentsOf(claims, 'seo')).toEqual([]);
  });
});

describe('shippedHistory', () => {
  it("gives the timeline's own history of a subject, the same whatever the reader met", () => {
    expect(shippedHistory('community management', SEED_TIMELINE)).toEqual({
      history: { canonical: 'community management', count: 5, first: 2011, last: 2016, since: 2011 },
      arguments: [{ id: 'saturation', count: 1, years: [2011] }],
    });
    expect(shippedHistory('fax', SEED_TIMELINE).history).toMatchObject({ count: 0, first: null });
  });

  it('knows the shipped subjects of the real timeline', () => {
    expect(shippedHistory('email').history).toMatchObject({ count: 3, first: 2011, last: 2022, since: 2011 });
    expect(shippedHistory('facebook').arguments.map((a) => a.id)).toEqual(['privacy']);
  });
});

describe('matchSubjects (the popup search)', () => {
  const ranked = rankSubjects(SEED_TIMELINE);
  it('keeps the rank order and ignores case and accents', () => {
    expect(matchSubjects(ranked, '').map((s) => s.canonical)).toEqual(['community management', 'web']);
    expect(matchSubjects(ranked, 'MANAGÉ').map((s) => s.canonical)).toEqual(['community management']);
    expect(matchSubjects(ranked, 'nothing')).toEqual([]);
  });
});
