// The shipped timeline's record, timeline.json: known dated death claims with
// their source, kept as data so it can grow by pull request, and its schema,
// checked by the tests and by `npm run timeline:build` / `timeline:index`, which
// derive what the extension loads (timeline-index.json, see timeline-index-format.ts).
import * as v from 'valibot';
import { ARGUMENTS } from '../arguments/vocabulary.ts';
import { DEATH_KINDS, LANGS } from '../detector/types.ts';
import { duplicateId, IsoDateSchema } from '../storage/sighting-schema.ts';
import { entryClaim } from './timeline-index-format.ts';
import type { Claim } from './types.ts';

export const PRECISIONS = ['day', 'month', 'year'] as const;

export const TimelineEntrySchema = v.object({
  /** Stable, unique, kebab-case. */
  id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are kebab-case')),
  /** ISO date; with `precision` 'year' only the year is known (written YYYY-01-01). */
  date: IsoDateSchema,
  precision: v.picklist(PRECISIONS),
  headline: v.pipe(v.string(), v.minLength(1)),
  subject: v.nullable(v.string()),
  canonical: v.pipe(v.string(), v.minLength(1)),
  kind: v.picklist(DEATH_KINDS),
  lang: v.picklist(LANGS),
  url: v.nullable(v.pipe(v.string(), v.url())),
  /** Where the claim and its date come from: a citation a reader can follow. */
  source: v.pipe(v.string(), v.minLength(10)),
  /** Why an entry is counted or dated the way it is, when that is a judgement. */
  note: v.optional(v.string()),
  /** Provenance: 'seed' or 'hand' (written here), or 'timeline-candidates.tsv:<line>'. */
  from: v.pipe(
    v.string(),
    v.regex(/^(?:seed|hand|timeline-candidates\.tsv:\d+)$/, 'from: seed, hand or file:line'),
  ),
  /** The argument the headline names, from lib/arguments (absent when none). */
  argument: v.optional(v.picklist(ARGUMENTS.map((a) => a.id))),
  /** The reason or killer as the source row names it, when it names one. */
  reason: v.optional(v.pipe(v.string(), v.minLength(1))),
  /** The detector read the headline otherwise: what it said, and the decision taken. */
  detector: v.optional(
    v.object({
      kind: v.picklist([...DEATH_KINDS, 'none']),
      canonical: v.nullable(v.string()),
      decision: v.pipe(v.string(), v.minLength(10)),
    }),
  ),
});
export type TimelineEntry = v.InferOutput<typeof TimelineEntrySchema>;

export const TimelineFileSchema = v.object({
  version: v.literal(1),
  claims: v.pipe(
    v.array(TimelineEntrySchema),
    v.check((claims) => !duplicateId(claims), 'timeline ids must be unique'),
  ),
});

export function timelineClaims(file: unknown): Claim[] {
  return v.parse(TimelineFileSchema, file).claims.map(entryClaim);
}
