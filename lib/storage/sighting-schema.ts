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

export const IsoDateTimeSchema = v.pipe(
  v.string('must be a date-time such as 2016-05-24T10:00:00Z'),
  v.check(
    (s) => ISO_DATE_TIME.test(s) && isIsoDate(s.slice(0, 10)) && !Number.isNaN(Date.parse(s)),
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

export const SightingSchema = v.object({
  id: text(200),
  headline: text(1000),
  subject: v.nullable(v.pipe(v.string(), v.maxLength(500), noBidi)),
  canonical: text(200),
  kind: v.picklist(DEATH_KINDS, (issue) => `unknown kind ${JSON.stringify(issue.input)}`),
  lang: v.picklist(LANGS, (issue) => `unknown language ${JSON.stringify(issue.input)}`),
  // Links are opened from the popup: web pages only, never javascript:, data: or file:.
  url: v.pipe(
    v.string(),
    v.maxLength(4096),
    v.check((s) => s === '' || /^https?:\/\//i.test(s), 'must be an http(s) address'),
  ),
  site: v.pipe(v.string(), v.maxLength(253)),
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

/** Keeps the valid sightings of an untrusted value (storage may hold anything). */
export function validSightings(value: unknown): Sighting[] {
  if (!Array.isArray(value)) return [];
  return value.filter((item): item is Sighting => v.is(SightingSchema, item));
}

/** Keeps the texts of an untrusted dismissed list. */
export function validDismissed(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((t): t is string => typeof t === 'string') : [];
}
