// Calendar dates as YYYY-MM-DD strings, checked for real days and plausibility.

/** Published dates before this are taken for parsing mistakes (the web was young). */
export const EARLIEST_YEAR = 1995;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** YYYY-MM-DD that names a real calendar day (no 2016-02-30). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  // Not destructured: the popup checks two dates of every sighting with code not yet optimised.
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** Builds YYYY-MM-DD from numbers, or undefined when that day does not exist. */
export function isoFromParts(year: number, month: number, day: number): string | undefined {
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : undefined;
}

/** The local calendar day of `date`, as YYYY-MM-DD. */
export function localIsoDate(date: Date): string {
  return isoFromParts(date.getFullYear(), date.getMonth() + 1, date.getDate()) ?? '';
}

/**
 * A plausible published date: from 1995 up to tomorrow (a page in a time zone
 * ahead of the reader's may already be dated tomorrow).
 */
export function isPlausible(iso: string, now: Date = new Date()): boolean {
  if (!isIsoDate(iso)) return false;
  if (Number(iso.slice(0, 4)) < EARLIEST_YEAR) return false;
  const tomorrow = new Date(now.getTime() + 24 * 3600 * 1000);
  return iso <= localIsoDate(tomorrow);
}

export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}
