import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleClear, handleExport, handleImport } from '@/entrypoints/background/data';
import { dismissedItem, sightingsItem } from '@/lib/storage/items';
import { MAX_IMPORT_BYTES, parseImport, toExportJSON } from '@/lib/tally';
import { sighting } from './support/sightings';

const stored = [
  sighting({ headline: 'Le CM est mort' }),
  sighting({ headline: 'SEO is dead', canonical: 'seo' }),
];
const file = (over: Record<string, unknown> = {}) =>
  JSON.stringify({
    format: 'not-dead-yet',
    version: 1,
    exported: '2026-06-01T12:00:00.000Z',
    sightings: [sighting({ headline: 'Flash is dead', canonical: 'flash' })],
    dismissed: [],
    ...over,
  });
const oneSighting = (over: Record<string, unknown>) => file({ sightings: [{ ...sighting(), ...over }] });
const valid = file();

beforeEach(async () => {
  fakeBrowser.reset();
  await sightingsItem.setValue(stored);
  await dismissedItem.setValue(['old news is dead']);
});

// [what is wrong, the file, a word the message must contain]
const malformed: [string, string, RegExp][] = [
  ['empty', '', /empty/],
  ['whitespace only', '  \n ', /empty/],
  ['not JSON', 'sightings: none', /not valid JSON/],
  ['truncated', valid.slice(0, valid.length / 2), /not valid JSON.*truncated/],
  ['oversized', `{"pad":"${'x'.repeat(MAX_IMPORT_BYTES)}"}`, /too large.*5 MB/],
  ['a JSON array', '[]', /expected a JSON object/],
  ['a JSON string', '"hello"', /expected a JSON object/],
  ['another format', file({ format: 'killed-by-google' }), /not a Not Dead Yet export/],
  ['no version', JSON.stringify({ ...JSON.parse(valid), version: undefined }), /no version/],
  ['a newer version', file({ version: 2 }), /version 2.*reads version 1/],
  ['a version as text', file({ version: '1' }), /version "1"/],
  ['sightings not a list', file({ sightings: { a: 1 } }), /sightings.*list/],
  ['no dismissed list', file({ dismissed: undefined }), /dismissed/],
  ['a bad exported stamp', file({ exported: 'yesterday' }), /exported.*"yesterday"/],
  [
    'a date that does not exist',
    oneSighting({ published: '2016-02-30' }),
    /sightings\[0\]\.published.*"2016-02-30"/,
  ],
  ['a date in another format', oneSighting({ published: '24/05/2016' }), /sightings\[0\]\.published/],
  ['an unknown kind', oneSighting({ kind: 'obituary' }), /sightings\[0\]\.kind.*unknown kind "obituary"/],
  ['an unknown language', oneSighting({ lang: 'de' }), /sightings\[0\]\.lang.*unknown language "de"/],
  ['an unknown date source', oneSighting({ dateSource: 'guess' }), /dateSource.*"guess"/],
  ['a headline that is a number', oneSighting({ headline: 42 }), /sightings\[0\]\.headline/],
  ['an empty headline', oneSighting({ headline: '   ' }), /sightings\[0\]\.headline/],
  ['a missing canonical', oneSighting({ canonical: undefined }), /sightings\[0\]\.canonical/],
  ['a bad first-seen time', oneSighting({ firstSeen: '2026-13-01T00:00:00Z' }), /firstSeen/],
  [
    'duplicated ids',
    file({ sightings: [sighting({ id: 'same' }), sighting({ id: 'same' })] }),
    /id "same" is used by two sightings/,
  ],
  ['a javascript: link', oneSighting({ url: 'javascript:alert(1)' }), /sightings\[0\]\.url.*http/],
  ['a data: link', oneSighting({ url: 'data:text/html,<script>alert(1)</script>' }), /sightings\[0\]\.url/],
  ['a file: link', oneSighting({ url: 'file:///etc/passwd' }), /sightings\[0\]\.url/],
  [
    'a bidi override in a headline',
    oneSighting({ headline: 'SEO is \u202edaed' }),
    /sightings\[0\]\.headline.*bidi/,
  ],
  ['a bidi isolate in a subject', oneSighting({ subject: '\u2067seo' }), /sightings\[0\]\.subject.*bidi/],
  ['a dismissed entry that is not text', file({ dismissed: ['ok', 7] }), /dismissed\[1\]/],
  [
    'one bad sighting among good ones',
    file({ sightings: [sighting(), sighting(), { ...sighting(), published: '2014' }] }),
    /sightings\[2\]\.published/,
  ],
];

describe('import of a malformed file', () => {
  it('has at least 15 cases', () => {
    expect(malformed.length).toBeGreaterThanOrEqual(15);
  });

  it.each(malformed)('rejects %s, names the problem, changes nothing', async (_, text, message) => {
    const before = await fakeBrowser.storage.local.get(null);
    const result = await handleImport({ type: 'import', text });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatch(message);
      expect(result.error).toMatch(/^The file .+\.$/s);
    }
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });
});

describe('import of a good file', () => {
  it('merges with the same de-duplication and reports what was new', async () => {
    const text = file({
      sightings: [
        sighting({ headline: 'le CM est mort !' }),
        sighting({ headline: 'Flash is dead', canonical: 'flash' }),
        sighting({ headline: 'FLASH is dead.', canonical: 'flash' }),
      ],
      dismissed: ['rock is dead', 'old news is dead'],
    });
    expect(await handleImport({ type: 'import', text })).toEqual({ ok: true, added: 1 });
    expect((await sightingsItem.getValue()).map((s) => s.headline)).toEqual([
      'Le CM est mort',
      'SEO is dead',
      'Flash is dead',
    ]);
    expect(await dismissedItem.getValue()).toEqual(['old news is dead', 'rock is dead']);
    expect(await handleImport({ type: 'import', text })).toEqual({ ok: true, added: 0 });
  });

  it('round-trips an export: clear, re-import, same record', async () => {
    const exported = await handleExport({ type: 'export', format: 'json' });
    expect(exported.filename).toMatch(/^not-dead-yet-\d{4}-\d{2}-\d{2}\.json$/);
    expect(parseImport(exported.text)).toEqual({
      ok: true,
      data: { sightings: stored, dismissed: ['old news is dead'] },
    });
    expect(await handleClear()).toEqual({ ok: true });
    expect(await sightingsItem.getValue()).toEqual([]);
    expect(await dismissedItem.getValue()).toEqual([]);
    expect(await handleImport({ type: 'import', text: exported.text })).toEqual({ ok: true, added: 2 });
    expect(await sightingsItem.getValue()).toEqual(stored);
    expect(await dismissedItem.getValue()).toEqual(['old news is dead']);
  });

  it('stores imported corrections normalised, as the badge does, so they can be undone', async () => {
    const text = file({ dismissed: ['Rock Is Dead!', '  OLD news is dead. '] });
    expect(await handleImport({ type: 'import', text })).toEqual({ ok: true, added: 1 });
    expect(await dismissedItem.getValue()).toEqual(['old news is dead', 'rock is dead']);
  });

  it('accepts a file with no sightings and long dismissed texts', () => {
    const text = toExportJSON({ sightings: [], dismissed: ['x'.repeat(900)] });
    expect(parseImport(text).ok).toBe(true);
  });
});
