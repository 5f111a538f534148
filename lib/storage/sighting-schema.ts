// Valibot schemas for what the data layer stores and imports: one sighting,
// a record of sightings with unique ids. Shared by storage reads, migrations and import.
import * as v from 'valibot';
import { isIsoDate } from '../dates/iso.ts';
import { DEATH_KINDS, LANGS } from '../detector/types.ts';
import { DATE_SOURCES, type Sighting } from './schema.ts';

export const IsoDateSchema = v.pipe(
  v.string('must be a date written YYYY-MM-DD'),
  v.check(isIsoDate, (issue) => `${JSON.stringify(issue.input)} is not a real date written YYYY-MM-DD`),
);

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const isIsoDateTime = (s: string) =>
  ISO_DATE_TIME.test(s) && isIsoDate(s.slice(0, 10)) && !Number.isNaN(Date.parse(s));

export const IsoDateTimeSchema = v.pipe(
  v.string('must be a date-time such as 2016-05-24T10:00:00Z'),
  v.check(
    isIsoDateTime,
    (issue) => `${JSON.stringify(issue.input)} is not a date-time such as 2016-05-24T10:00:00Z`,
  ),
);

/** Bidi overrides and isolates: they reorder what follows them, so a headline could pass for another. */
export const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;
const HAS_BIDI_CONTROL = new RegExp(BIDI_CONTROLS.source);
const noBidi = v.check(
  // Without the g flag a regex keeps no position between tests: one for every text.
  (s: string) => !HAS_BIDI_CONTROL.test(s),
  'must not hold bidi control characters',
);

const text = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(max), noBidi);

/** Longest texts a sighting may hold (the schema and isSighting). */
const MAX = { id: 200, headline: 1000, subject: 500, canonical: 200, url: 4096, site: 253 } as const;
const HTTP = /^https?:\/\//i;

export const SightingSchema = v.object({
  id: text(MAX.id),
  headline: text(MAX.headline),
  subject: v.nullable(v.pipe(v.string(), v.maxLength(MAX.subject), noBidi)),
  canonical: text(MAX.canonical),
  kind: v.picklist(DEATH_KINDS, (issue) => `unknown kind ${JSON.stringify(issue.input)}`),
  lang: v.picklist(LANGS, (issue) => `unknown language ${JSON.stringify(issue.input)}`),
  // Links are opened from the popup: web pages only, never javascript:, data: or file:.
  url: v.pipe(
    v.string(),
    v.maxLength(MAX.url),
    v.check((s) => s === '' || HTTP.test(s), 'must be an http(s) address'),
  ),
  site: v.pipe(v.string(), v.maxLength(MAX.site)),
  published: IsoDateSchema,
  dateSource: v.picklist(DATE_SOURCES, (issue) => `unknown date source ${JSON.stringify(issue.input)}`),
  firstSeen: IsoDateTimeSchema,
}) satisfies v.GenericSchema<unknown, Sighting>;

/** The first id that appears twice, if any. */
export function duplicateId(items: readonly { id: string }[]): string | undefined {
  const seen = new Set<string>();
  for (const { id } of items) {
    if (seen.has(id)) return id;
    seen.add(id);
  }
  return undefined;
}

const isText = (s: unknown, max: number): s is string => {
  if (typeof s !== 'string') return false;
  const length = s.trim().length;
  return length >= 1 && length <= max && !HAS_BIDI_CONTROL.test(s);
};
const isOneOf = <T extends string>(options: readonly T[], s: unknown): s is T => options.some((o) => o === s);

/**
 * v.is(SightingSchema, value) as one plain function, for reads of storage:
 * valibot's pipes cost ~5 ms for 200 sightings at each opening of the popup
 * (its code runs once there, never warmed up), this ~0.8 ms (Node 24, first
 * run). A unit test checks that both accept and refuse the same values.
 */
export function isSighting(value: unknown): value is Sighting {
  if (typeof value !== 'object' || value === null) return false;
  const field = (key: keyof Sighting): unknown => Reflect.get(value, key);
  const subject = field('subject');
  const url = field('url');
  const site = field('site');
  const published = field('published');
  const firstSeen = field('firstSeen');
  return (
    isText(field('id'), MAX.id) &&
    isText(field('headline'), MAX.headline) &&
    (subject === null ||
      (typeof subject === 'string' && subject.length <= MAX.subject && !HAS_BIDI_CONTROL.test(subject))) &&
    isText(field('canonical'), MAX.canonical) &&
    isOneOf(DEATH_KINDS, field('kind')) &&
    isOneOf(LANGS, field('lang')) &&
    typeof url === 'string' &&
    url.length <= MAX.url &&
    (url === '' || HTTP.test(url)) &&
    typeof site === 'string' &&
    site.length <= MAX.site &&
    typeof published === 'string' &&
    isIsoDate(published) &&
    isOneOf(DATE_SOURCES, field('dateSource')) &&
    typeof firstSeen === 'string' &&
    isIsoDateTime(firstSeen)
  );
}

/** Keeps the valid sightings of an untrusted value (storage may hold anything). */
export function validSightings(value: unknown): Sighting[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isSighting);
}

/** Keeps the texts of an untrusted dismissed list. */
export function validDismissed(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((t): t is string => typeof t === 'string') : [];
}
