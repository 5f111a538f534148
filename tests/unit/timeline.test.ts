import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { DEATH_KINDS } from '@/lib/detector/types';
import { TIMELINE, TimelineFileSchema, timelineClaims } from '@/lib/tally/timeline';
import timelineFile from '@/lib/tally/timeline.json' with { type: 'json' };

describe('shipped timeline (lib/tally/timeline.json)', () => {
  it('is valid: ISO dates, known kinds, unique ids, a source for each', () => {
    const result = v.safeParse(TimelineFileSchema, timelineFile);
    expect(result.issues ?? []).toEqual([]);
    const ids = timelineFile.claims.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const claim of timelineFile.claims) {
      expect(claim.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(DEATH_KINDS).toContain(claim.kind);
      expect(claim.source.length).toBeGreaterThan(10);
    }
  });

  it("holds the seed's five community-management obituaries and the post's rebuttal", () => {
    const cm = TIMELINE.filter((c) => c.canonical === 'community management');
    expect(cm.filter((c) => c.kind !== 'rebuttal').map((c) => c.date.slice(0, 4))).toEqual([
      '2011',
      '2013',
      '2014',
      '2016',
      '2016',
    ]);
    const rebuttals = cm.filter((c) => c.kind === 'rebuttal');
    expect(rebuttals.map((c) => c.headline)).toEqual(['À propos de la sempiternelle mort du CM']);
    expect(TIMELINE.every((c) => c.origin === 'shipped' && c.dateSource === 'timeline')).toBe(true);
  });

  const entry = timelineFile.claims[0];
  const bad: [string, unknown][] = [
    ['a duplicated id', { version: 1, claims: [entry, entry] }],
    ['a non-ISO date', { version: 1, claims: [{ ...entry, date: '24/05/2016' }] }],
    ['a day that does not exist', { version: 1, claims: [{ ...entry, date: '2016-02-30' }] }],
    ['an unknown kind', { version: 1, claims: [{ ...entry, kind: 'obituary' }] }],
    ['no source', { version: 1, claims: [{ ...entry, source: undefined }] }],
    ['another version', { version: 2, claims: [entry] }],
  ];
  it.each(bad)('rejects a timeline with %s', (_, file) => {
    expect(v.is(TimelineFileSchema, file)).toBe(false);
    expect(() => timelineClaims(file)).toThrow();
  });
});
