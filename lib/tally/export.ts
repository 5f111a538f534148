// Data out: the complete record as re-importable JSON, and the claims as CSV.
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportData } from './export-format.ts';
import type { Claim } from './types.ts';

export function toExportJSON(data: ExportData, now: Date = new Date()): string {
  const file = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exported: now.toISOString(),
    sightings: data.sightings,
    dismissed: data.dismissed,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

const CSV_COLUMNS = [
  'date',
  'canonical',
  'kind',
  'headline',
  'subject',
  'lang',
  'origin',
  'date_source',
  'url',
  'site',
  'id',
] as const;

/** Characters that make a spreadsheet read a cell as a formula (OWASP's CSV injection list). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled.
 * A field a spreadsheet would run as a formula ("=HYPERLINK(…)", "+SEO is dead")
 * gets a leading apostrophe, so it is shown as text (OWASP).
 */
export function csvField(value: string | null): string {
  const raw = value ?? '';
  const text = FORMULA_START.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One row per claim, oldest first, CRLF line ends (RFC 4180). */
export function toCSV(claims: readonly Claim[]): string {
  const rows = [...claims]
    .sort((a, b) => a.date.localeCompare(b.date) || a.canonical.localeCompare(b.canonical))
    .map((c) =>
      [
        c.date,
        c.canonical,
        c.kind,
        c.headline,
        c.subject,
        c.lang,
        c.origin,
        c.dateSource,
        c.url,
        c.site,
        c.id,
      ]
        .map(csvField)
        .join(','),
    );
  return `${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}

/** not-dead-yet-2026-11-27.json */
export function exportFilename(format: 'json' | 'csv', now: Date = new Date()): string {
  const day = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  return `not-dead-yet-${day}.${format}`;
}
