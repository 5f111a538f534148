// Counts per subject and year: claims and questions apart from rebuttals.
import type { SubjectHistory } from '../messages.ts';
import type { Claim, SubjectRank, SubjectTally, YearCount } from './types.ts';

/** Where a subject's years start when nothing dates it (the mission's first year). */
export const DEFAULT_SINCE = 2011;

const yearOf = (claim: Claim) => Number(claim.date.slice(0, 4));
const counts = (claim: Claim) => claim.kind !== 'rebuttal';
// reduce, not Math.min(...xs): a record of 100,000 sightings would overflow the argument list.
const minOf = (xs: number[]) => (xs.length ? xs.reduce((a, b) => Math.min(a, b)) : null);
const maxOf = (xs: number[]) => (xs.length ? xs.reduce((a, b) => Math.max(a, b)) : null);

export function claimsOf(claims: readonly Claim[], canonical: string): Claim[] {
  return claims.filter((c) => c.canonical === canonical);
}

export function claimsInYear(claims: readonly Claim[], canonical: string, year: number): Claim[] {
  return claimsOf(claims, canonical)
    .filter((c) => yearOf(c) === year)
    .sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * One subject's tally: a row per year from its earliest dated item (any kind;
 * 2011 when it has none) to now's year, or to a later claim's year.
 * `shipped` and `seen` split the total (claims + questions).
 */
export function tallySubject(
  claims: readonly Claim[],
  canonical: string,
  now: Date = new Date(),
): SubjectTally {
  const own = claimsOf(claims, canonical);
  const years = own.map(yearOf);
  const counted = own.filter(counts);
  const countedYears = counted.map(yearOf);
  const since = minOf(years) ?? DEFAULT_SINCE;
  const until = Math.max(now.getFullYear(), maxOf(years) ?? 0);
  const rows: YearCount[] = [];
  for (let year = since; year <= until; year++) rows.push({ year, claims: 0, questions: 0, rebuttals: 0 });
  for (const claim of own) {
    const row = rows[yearOf(claim) - since];
    if (!row) continue;
    if (claim.kind === 'claim') row.claims++;
    else if (claim.kind === 'question') row.questions++;
    else row.rebuttals++;
  }
  return {
    canonical,
    years: rows,
    total: counted.length,
    rebuttals: own.length - counted.length,
    first: minOf(countedYears),
    last: maxOf(countedYears),
    shipped: counted.filter((c) => c.origin === 'shipped').length,
    seen: counted.filter((c) => c.origin === 'seen').length,
  };
}

// Code-unit order for ties: ~600 subjects tie on small counts, and an ICU
// collator costs the popup milliseconds to set up and to run.
const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Rank order: most often declared dead first (ties: more rebuttals, then by name). */
export function byRank(a: SubjectRank, b: SubjectRank): number {
  return b.total - a.total || b.rebuttals - a.rebuttals || byName(a.canonical, b.canonical);
}

/** Every subject, in rank order. */
export function rankSubjects(claims: readonly Claim[]): SubjectRank[] {
  // One pass, no lists per subject: the popup ranks the shipped timeline's
  // ~570 subjects on every opening, before any of its code is optimised.
  const ranks = new Map<string, SubjectRank>();
  for (const claim of claims) {
    let rank = ranks.get(claim.canonical);
    if (!rank) {
      rank = {
        canonical: claim.canonical,
        total: 0,
        rebuttals: 0,
        first: null,
        last: null,
        shipped: 0,
        seen: 0,
      };
      ranks.set(claim.canonical, rank);
    }
    if (!counts(claim)) {
      rank.rebuttals++;
      continue;
    }
    rank.total++;
    if (claim.origin === 'shipped') rank.shipped++;
    else rank.seen++;
    const year = yearOf(claim);
    if (rank.first === null || year < rank.first) rank.first = year;
    if (rank.last === null || year > rank.last) rank.last = year;
  }
  return [...ranks.values()].sort(byRank);
}

/**
 * What a badge shows: how often, first and last year, counted since when —
 * the mission's 2011, or earlier when a claim predates it ("declared dead
 * once since 2011 — first 2026", never "once since 2026").
 */
export function historyOf(claims: readonly Claim[], canonical: string): SubjectHistory {
  const own = claimsOf(claims, canonical);
  const counted = own.filter(counts).map(yearOf);
  const all = own.map(yearOf);
  return {
    canonical,
    count: counted.length,
    first: minOf(counted),
    last: maxOf(counted),
    since: Math.min(DEFAULT_SINCE, minOf(all) ?? DEFAULT_SINCE),
  };
}
