// STUB (interface only): the tally issue implements the serialised writer.
import type { Detection } from '@/lib/detector/types';
import type { SubjectHistory } from '@/lib/messages';
import type { PublishedDate } from '@/lib/storage/schema';

export interface NewSighting {
  detection: Detection;
  url: string;
  /** Best published date known for the headline; omitted → the day it was seen. */
  date?: PublishedDate;
}

/** Records death claims; serialised, de-duplicated. */
export async function recordSightings(_sightings: NewSighting[]): Promise<void> {}

/** How often each canonical subject has been declared dead (timeline + sightings). */
export async function historiesFor(canonicals: string[]): Promise<Map<string, SubjectHistory>> {
  return new Map(
    canonicals.map((c) => [c, { canonical: c, count: 0, first: null, last: null, since: 2011 }]),
  );
}
