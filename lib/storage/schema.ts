// The one typed storage schema. Settings are small and live in storage.sync;
// the record of sightings and the corrections live in storage.local.
// Every value read from storage or from an import is validated against these
// schemas and falls back to the defaults, so a bad value never crashes a page.
import * as v from 'valibot';
import { type DeathKind, LANGS, type Lang } from '../detector/types.ts';

/**
 * The record's size cap, in sightings. storage.local holds 10 MiB; a typical
 * sighting takes ~360 bytes stored, so 20,000 fit in the record's 8 MiB share
 * (lib/tally/record.ts prunes by bytes too, for long headlines and links).
 */
export const MIN_SIGHTINGS_CAP = 100;
export const MAX_SIGHTINGS_CAP = 20_000;

export const SITE_MODES = ['everywhere-except', 'only-on'] as const;
export type SiteMode = (typeof SITE_MODES)[number];

export const SiteRuleSchema = v.object({
  /** A host ("example.com") or a pattern ("*.example.com"). */
  pattern: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(253)),
  action: v.picklist(['allow', 'deny']),
});
export type SiteRule = v.InferOutput<typeof SiteRuleSchema>;

export const SettingsSchema = v.object({
  enabled: v.boolean(),
  siteMode: v.picklist(SITE_MODES),
  siteRules: v.array(SiteRuleSchema),
  /** Canonical subjects that never get a badge. */
  mutedSubjects: v.array(v.string()),
  badgeStyle: v.picklist(['full', 'compact']),
  langs: v.array(v.picklist(LANGS)),
  /** The subject the popup opens on. */
  focusSubject: v.string(),
  /** Size cap of the sightings record; the oldest are pruned first. */
  maxSightings: v.pipe(v.number(), v.integer(), v.minValue(MIN_SIGHTINGS_CAP), v.maxValue(MAX_SIGHTINGS_CAP)),
});
export type Settings = v.InferOutput<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  siteMode: 'everywhere-except',
  siteRules: [],
  mutedSubjects: [],
  badgeStyle: 'full',
  langs: ['en', 'fr'],
  focusSubject: 'community management',
  maxSightings: 5000,
};

/** Keeps every valid field of `value` and takes the default for the rest. */
export function sanitizeSettings(value: unknown): Settings {
  const input = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  const out: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const [key, schema] of Object.entries(SettingsSchema.entries)) {
    if (key in input && v.is(schema, input[key])) out[key] = input[key];
  }
  // Caps up to 100,000 were accepted before the record had to fit storage.local: the largest that fits.
  const cap = input.maxSightings;
  if (typeof cap === 'number' && Number.isInteger(cap) && cap > MAX_SIGHTINGS_CAP)
    out.maxSightings = MAX_SIGHTINGS_CAP;
  return out as Settings;
}

/** Where a sighting's published date came from, best first. */
export const DATE_SOURCES = ['card-time', 'json-ld', 'meta', 'url', 'seen'] as const;
export type DateSource = (typeof DATE_SOURCES)[number];

export interface PublishedDate {
  /** ISO date, YYYY-MM-DD. */
  date: string;
  source: DateSource;
}

/** One death claim met while browsing. */
export interface Sighting {
  id: string;
  headline: string;
  subject: string | null;
  canonical: string;
  kind: DeathKind;
  lang: Lang;
  url: string;
  site: string;
  /** ISO date YYYY-MM-DD. */
  published: string;
  dateSource: DateSource;
  /** ISO date-time. */
  firstSeen: string;
}
