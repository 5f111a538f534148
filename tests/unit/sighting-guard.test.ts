// isSighting is SightingSchema written as one function (fast reads of storage):
// both must accept and refuse the same values, field by field.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { isSighting, SightingSchema, validSightings } from '@/lib/storage/sighting-schema';
import { sighting } from './support/sightings';

const long = (n: number) => 'x'.repeat(n);
const BIDI = '\u202e';

/** Each field with values on both sides of every rule of the schema. */
const VARIANTS: Record<string, unknown[]> = {
  id: ['a', ' a ', '', '   ', long(200), long(201), ` ${long(200)} `, `a${BIDI}`, 3, null, undefined],
  headline: ['Email is dead', '', ' ', long(1000), long(1001), `Email${BIDI} is dead`, ['x'], null],
  subject: [null, '', 'email', long(500), long(501), `e${BIDI}`, undefined, 0],
  canonical: ['email', '', ' ', long(200), long(201), `e\u2066`, null],
  kind: ['claim', 'question', 'rebuttal', 'none', 'Claim', '', null],
  lang: ['en', 'fr', 'de', 'EN', null],
  url: [
    '',
    'https://a.example/x',
    'HTTP://A.EXAMPLE',
    'javascript:alert(1)',
    'ftp://x',
    `https://${long(4088)}`,
    1,
  ],
  site: ['', 'example.com', long(253), long(254), null],
  published: ['2016-02-29', '2015-02-29', '2016-2-1', '2016-02-01T00:00', '', 20160201],
  dateSource: ['card-time', 'json-ld', 'meta', 'url', 'seen', 'timeline', null],
  firstSeen: [
    '2026-01-01T10:00:00.000Z',
    '2026-01-01T10:00Z',
    '2026-01-01T10:00:00+02:00',
    '2026-01-01',
    '2026-02-30T10:00:00Z',
    '2026-01-01T25:00:00Z',
    '2026-01-01 10:00:00Z',
    null,
  ],
};

describe('isSighting', () => {
  const cases: [string, unknown][] = [
    ['a sighting', sighting()],
    ['null', null],
    ['a string', 'sighting'],
    ['a list', [sighting()]],
    ['an empty object', {}],
    ['extra fields', { ...sighting(), extra: 1 }],
  ];
  for (const [key, values] of Object.entries(VARIANTS)) {
    for (const value of values)
      cases.push([`${key} = ${JSON.stringify(value)?.slice(0, 40)}`, { ...sighting(), [key]: value }]);
    const without = Object.fromEntries(Object.entries(sighting()).filter(([k]) => k !== key));
    cases.push([`no ${key}`, without]);
  }

  it.each(cases)('agrees with SightingSchema: %s', (_, value) => {
    expect(isSighting(value)).toBe(v.is(SightingSchema, value));
  });

  it('accepts and refuses: the cases cover both sides', () => {
    const accepted = cases.filter(([, value]) => isSighting(value)).length;
    expect(accepted).toBeGreaterThan(30);
    expect(cases.length - accepted).toBeGreaterThan(50);
  });

  it('is what validSightings keeps', () => {
    const good = sighting();
    expect(validSightings([good, { ...good, url: 'javascript:x' }, null])).toEqual([good]);
    expect(validSightings({ 0: good })).toEqual([]);
  });
});
