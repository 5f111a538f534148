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

  it('neutralises cells a spreadsheet would run as formulas (OWASP: leading = + - @ tab CR)', () => {
    for (const bad of ['=HYPERLINK("http://x","y")', '+SEO is dead', '-1+2', '@SUM(A1)', '\tTab', '\rCR'])
      expect(csvField(bad)).toMatch(/^"?'/);
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('=A1,B2')).toBe(`"'=A1,B2"`);
    expect(csvField('SEO = dead')).toBe('SEO = dead');
  });

  it('neutralises every text column of an exported row', () => {
    const csv = toCSV(
      claimsFrom([
        sighting({
          headline: '=HYPERLINK("http://evil.example","SEO is dead")',
          subject: '+seo',
          canonical: '-seo',
          url: '@https://evil.example/',
          site: '=evil.example',
          id: '\tid',
          published: '2019-04-01',
        }),
      ]),
    );
    const row = csv.split('\r\n').find((l) => l.startsWith('2019-04-01')) ?? '';
    // Parse the quoted fields back, then no cell may start like a formula.
    const cells = [...row.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)].map((m) =>
      (m[1] ?? '').replace(/^"|"$/g, '').replaceAll('""', '"'),
    );
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
    expect(cells).toContain(`'=HYPERLINK("http://evil.example","SEO is dead")`);
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
