// The tally's vocabulary.
import type { DateSource, Sighting } from '../storage/schema.ts';

/** One dated death claim, shipped in the timeline or seen while browsing. */
export interface Claim extends Pick<Sighting, 'id' | 'headline' | 'subject' | 'canonical' | 'kind' | 'lang'> {
  url: string | null;
  site: string | null;
  /** ISO date YYYY-MM-DD (the published date when known). */
  date: string;
  origin: 'shipped' | 'seen';
  dateSource: DateSource | 'timeline';
  /** The argument named (lib/arguments), when known: shipped entries only. */
  argument?: string | null;
}

export interface YearCount {
  year: number;
  claims: number;
  questions: number;
  rebuttals: number;
}

/** A subject's totals, as the ranked lists show them. */
export interface SubjectRank {
  canonical: string;
  /** Claims + questions (rebuttals apart). */
  total: number;
  rebuttals: number;
  first: number | null;
  last: number | null;
  shipped: number;
  seen: number;
}

/** A subject's totals and its rows per year. */
export interface SubjectTally extends SubjectRank {
  /** One entry per year from the first claim (or 2011) to the current year. */
  years: YearCount[];
}
