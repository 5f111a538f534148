// The shipped timeline as the extension loads it: timeline-index.json, built
// from timeline.json by `npm run timeline:build` with only what the badges,
// popup and options use (no sources, provenance or detector notes), one row per
// entry, each subject named once, each headline's key precomputed, all as one
// JSON string. A unit test checks it against timeline.json.
import type { DeathKind, Lang } from '../detector/types.ts';
import { normalizeHeadline } from './normalize.ts';
import type { TimelineEntry } from './timeline.ts';
import indexFile from './timeline-index.json' with { type: 'json' };
import type { Claim } from './types.ts';

/** id, date, kind, subject index, lang, headline, subject as written, url, argument, headline key, site. */
export type IndexRow = [
  string,
  string,
  DeathKind,
  number,
  Lang,
  string,
  string | null,
  string | null,
  string | null,
  string,
  string | null,
];

export interface TimelineIndex {
  version: 1;
  subjects: string[];
  rows: IndexRow[];
}

export function toIndex(entries: readonly TimelineEntry[]): TimelineIndex {
  const subjects = [...new Set(entries.map((e) => e.canonical))].sort();
  const at = new Map(subjects.map((s, i) => [s, i]));
  return {
    version: 1,
    subjects,
    rows: entries.map((e) => [
      e.id,
      e.date,
      e.kind,
      at.get(e.canonical) ?? -1,
      e.lang,
      e.headline,
      e.subject,
      e.url,
      e.argument ?? null,
      // Precomputed: normalising ~700 headlines was the popup's largest cost on opening.
      normalizeHeadline(e.headline),
      // Precomputed too: parsing URLs took 0.4–2 ms of the popup's opening (a CPU profile).
      e.url ? new URL(e.url).hostname : null,
    ]),
  };
}

export function fromIndex(index: TimelineIndex): Claim[] {
  return index.rows.map(([id, date, kind, subject, lang, headline, written, url, argument, key, site]) => ({
    id: `timeline:${id}`,
    headline,
    subject: written,
    canonical: index.subjects[subject] ?? '',
    kind,
    lang,
    url,
    site,
    date,
    origin: 'shipped',
    dateSource: 'timeline',
    argument,
    key,
  }));
}

// The file holds the index as one JSON string: bundled as a string literal and
// parsed here, it loads several times faster than the same data as object literals.
// JSON.parse gives unknown structure; the file is the output of toIndex (tested).
export const TIMELINE: Claim[] = fromIndex(JSON.parse(indexFile) as TimelineIndex);
