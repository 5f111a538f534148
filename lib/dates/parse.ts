// Reads the date written in a datetime attribute, a meta tag or JSON-LD.
import { isoFromParts, isPlausible, localIsoDate } from './iso.ts';

// The day as written, before any time or zone: 2016-05-24T23:30:00-07:00 was
// published on the 24th where it was written, whatever the reader's zone.
const LEADING_DATE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d])/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})(?:$|T|\s)/;
const HAS_YEAR = /(?:^|\D)(?:19|20)\d{2}(?:\D|$)/;

/** YYYY-MM-DD from a written date, or undefined when absent, unreadable or implausible. */
export function parseDateText(text: string | null | undefined, now: Date = new Date()): string | undefined {
  const input = (text ?? '').trim();
  if (!input) return undefined;
  const m = LEADING_DATE.exec(input) ?? COMPACT_DATE.exec(input);
  let iso: string | undefined;
  if (m) iso = isoFromParts(Number(m[1]), Number(m[2]), Number(m[3]));
  // Other forms ("Tue, 24 May 2016 10:00:00 GMT", "May 24, 2016") only with a
  // four-digit year: Date.parse reads "1" as 2001.
  else if (HAS_YEAR.test(input)) {
    const ms = Date.parse(input);
    if (!Number.isNaN(ms)) iso = localIsoDate(new Date(ms));
  }
  return iso && isPlausible(iso, now) ? iso : undefined;
}
