import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ARGUMENTS } from '@/lib/arguments';
import { canonicalize } from '@/lib/detector';
import { DEATH_KINDS } from '@/lib/detector/types';
import { TIMELINE, TimelineFileSchema, timelineClaims } from '@/lib/tally/timeline';
import timelineFile from '@/lib/tally/timeline.json' with { type: 'json' };
import indexFile from '@/lib/tally/timeline-index.json' with { type: 'json' };
import { indexText, readIndex, toIndex } from '@/lib/tally/timeline-index-format';

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

  it("holds the seed's five community-management obituaries of 2011–2016 and the post's rebuttal", () => {
    const cm = TIMELINE.filter((c) => c.canonical === 'community management');
    const seed = cm.filter((c) => c.kind !== 'rebuttal' && c.date < '2017');
    expect(seed.map((c) => c.date.slice(0, 4))).toEqual(['2011', '2013', '2014', '2016', '2016']);
    const fromSeed = timelineFile.claims.filter((c) => c.from === 'seed' && c.kind !== 'rebuttal');
    expect(fromSeed.map((c) => `timeline:${c.id}`)).toEqual(seed.map((c) => c.id));
    // the candidates add two later questions (2017, 2018), which the seed could not know
    expect(cm.filter((c) => c.kind !== 'rebuttal' && c.date >= '2017').map((c) => c.date)).toEqual([
      '2017-05-17',
      '2018-04-24',
    ]);
    const rebuttals = cm.filter((c) => c.kind === 'rebuttal');
    expect(rebuttals.map((c) => c.headline)).toEqual(['À propos de la sempiternelle mort du CM']);
    expect(TIMELINE.every((c) => c.origin === 'shipped' && c.dateSource === 'timeline')).toBe(true);
  });

  it('ships exactly timeline.json as the extension loads it (timeline-index.json, npm run timeline:build)', () => {
    const record = v.parse(TimelineFileSchema, timelineFile);
    expect(indexFile).toBe(indexText(toIndex(record.claims)));
    expect(readIndex(indexFile)).toEqual(toIndex(record.claims));
    expect(TIMELINE).toEqual(timelineClaims(timelineFile));
  });

  it('holds at least 600 dated, sourced entries over at least 25 subjects with 3 or more each', () => {
    expect(TIMELINE.length).toBeGreaterThanOrEqual(600);
    const per = new Map<string, number>();
    for (const c of TIMELINE) per.set(c.canonical, (per.get(c.canonical) ?? 0) + 1);
    expect([...per.values()].filter((n) => n >= 3).length).toBeGreaterThanOrEqual(25);
  });

  it('says where every entry comes from, each candidate line once', () => {
    const lines = timelineFile.claims
      .map((c) => c.from)
      .filter((f) => f.startsWith('timeline-candidates.tsv:'));
    expect(lines.length).toBeGreaterThanOrEqual(600);
    expect(new Set(lines).size).toBe(lines.length);
  });

  it('names each subject as the detector would, so a subject met while browsing joins its history', () => {
    const differing = TIMELINE.filter((c) => canonicalize(c.canonical, c.lang) !== c.canonical);
    expect(differing.map((c) => c.canonical)).toEqual([]);
    // the alias table's names, not the hand-given ones
    const names = new Set(TIMELINE.map((c) => c.canonical));
    for (const hand of ['the web', 'blogging', 'google plus']) expect(names.has(hand)).toBe(false);
    for (const alias of ['web', 'blog', 'google+']) expect(names.has(alias)).toBe(true);
  });

  it('records the decision wherever the detector reads a row differently', () => {
    const read = timelineFile.claims.filter((c) => 'detector' in c && c.detector);
    expect(read.length).toBeGreaterThan(0);
    for (const c of read) {
      if (!('detector' in c) || !c.detector) continue;
      expect(c.detector.decision.length).toBeGreaterThan(10);
      expect(c.detector.kind === c.kind && c.detector.canonical === c.canonical).toBe(false);
    }
  });

  it('names arguments from the vocabulary only', () => {
    const ids = new Set(ARGUMENTS.map((a) => a.id));
    const named = TIMELINE.filter((c) => c.argument);
    expect(named.length).toBeGreaterThan(20);
    for (const c of named) expect(ids.has(c.argument ?? '')).toBe(true);
  });

  const entry = timelineFile.claims[0];
  const bad: [string, unknown][] = [
    ['a duplicated id', { version: 1, claims: [entry, entry] }],
    ['a non-ISO date', { version: 1, claims: [{ ...entry, date: '24/05/2016' }] }],
    ['a day that does not exist', { version: 1, claims: [{ ...entry, date: '2016-02-30' }] }],
    ['an unknown kind', { version: 1, claims: [{ ...entry, kind: 'obituary' }] }],
    ['no source', { version: 1, claims: [{ ...entry, source: undefined }] }],
    ['another version', { version: 2, claims: [entry] }],
    ['no provenance', { version: 1, claims: [{ ...entry, from: undefined }] }],
    ['an argument outside the vocabulary', { version: 1, claims: [{ ...entry, argument: 'brexit' }] }],
  ];
  it.each(bad)('rejects a timeline with %s', (_, file) => {
    expect(v.is(TimelineFileSchema, file)).toBe(false);
    expect(() => timelineClaims(file)).toThrow();
  });
});
