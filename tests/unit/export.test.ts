import { describe, expect, it } from 'vitest';
import { claimsFrom, csvField, exportFilename, toCSV, toExportJSON } from '@/lib/tally';
import { sighting } from './support/sightings';
import { SEED_TIMELINE as TIMELINE } from './support/timeline';

describe('toCSV', () => {
  it('quotes per RFC 4180: commas, quotes and line breaks', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField(null)).toBe('');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "dead"')).toBe('"say ""dead"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });

  it('writes a header and one CRLF-ended row per claim, oldest first', () => {
    const claims = claimsFrom(
      [sighting({ headline: 'SEO is "dead", again', canonical: 'seo', published: '2019-04-01' })],
      TIMELINE,
    );
    const csv = toCSV(claims);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('date,canonical,kind,headline,subject,lang,origin,date_source,url,site,id');
    expect(lines).toHaveLength(claims.length + 2);
    expect(lines.at(-1)).toBe('');
    expect(lines[1]).toBe(
      '2010-08-17,web,claim,The Web Is Dead. Long Live the Internet,the web,en,shipped,timeline,https://www.wired.com/2010/08/ff-webrip/,www.wired.com,timeline:web-2010-the-web-is-dead',
    );
    expect(lines.find((l) => l.startsWith('2019'))).toMatch(
      /^2019-04-01,seo,claim,"SEO is ""dead"", again",/,
    );
    expect(lines.filter((l) => l.includes(',shipped,'))).toHaveLength(TIMELINE.length);
  });
});

describe('toExportJSON', () => {
  it('writes a versioned file with every sighting and dismissed text', () => {
    const sightings = [sighting(), sighting()];
    const out = JSON.parse(
      toExportJSON({ sightings, dismissed: ['x is dead'] }, new Date('2026-06-01T12:00:00Z')),
    );
    expect(out).toEqual({
      format: 'not-dead-yet',
      version: 1,
      exported: '2026-06-01T12:00:00.000Z',
      sightings,
      dismissed: ['x is dead'],
    });
  });

  it('names files by day and format', () => {
    expect(exportFilename('csv', new Date(2026, 5, 1, 12))).toBe('not-dead-yet-2026-06-01.csv');
  });
});
