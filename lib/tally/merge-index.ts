// The popup's history: the shipped index's ranked subjects with the reader's
// sightings and corrections merged in, the same as rankSubjects(mergeClaims(…))
// gives (tested), without splitting the rows of the subjects the reader's
// record leaves as shipped: only those it changes, and the one in focus.
import type { Sighting } from '../storage/schema.ts';
import { byRank, rankSubjects } from './count.ts';
import { betterDated, headlineKey, sightingToClaim } from './merge.ts';
import { normalizeHeadline } from './normalize.ts';
import {
  type IndexSubject,
  keyHash,
  subjectClaims,
  subjectKeyHashes,
  subjectRank,
  type TimelineIndex,
} from './timeline-index-format.ts';
import type { Claim, SubjectRank } from './types.ts';

export interface MergedHistory {
  /** Every subject, shipped and seen, in rank order. */
  ranked: SubjectRank[];
  /** One subject's claims, shipped then seen, as mergeClaims lists them. */
  claimsOf(canonical: string): Claim[];
}

interface Lookup {
  /** Each shipped headline's key hash, and the subjects whose rows may hold it. */
  byHash: Map<string, IndexSubject[]>;
  byName: Map<string, IndexSubject>;
}

const lookups = new WeakMap<TimelineIndex, Lookup>();

/** Built once per index, in one pass. */
function lookup(index: TimelineIndex): Lookup {
  let found = lookups.get(index);
  if (!found) {
    found = { byHash: new Map(), byName: new Map() };
    for (const subject of index.subjects) {
      found.byName.set(subject[0], subject);
      for (const hash of subjectKeyHashes(subject)) {
        const holders = found.byHash.get(hash);
        if (holders) holders.push(subject);
        else found.byHash.set(hash, [subject]);
      }
    }
    lookups.set(index, found);
  }
  return found;
}

/** The subjects whose shipped rows hold this headline key (a hash hit is checked against the rows). */
function shippedWith(index: TimelineIndex, key: string): IndexSubject[] {
  const maybe = lookup(index).byHash.get(keyHash(key));
  return maybe ? maybe.filter((subject) => subjectClaims(subject).some((c) => headlineKey(c) === key)) : [];
}

export function mergeIndex(
  index: TimelineIndex,
  sightings: readonly Sighting[],
  dismissed: readonly string[] = [],
): MergedHistory {
  const hidden = new Set(dismissed.map(normalizeHeadline));
  // Subjects whose figures the record changes: a hidden shipped row, a sighting.
  const changed = new Set<string>();
  for (const key of hidden) for (const subject of shippedWith(index, key)) changed.add(subject[0]);
  // As mergeClaims: a sighting of a shipped headline joins it (the shipped one
  // is always better dated); one seen several times keeps its best-dated sighting.
  const seen = new Map<string, Claim>();
  for (const sighting of sightings) {
    const claim = sightingToClaim(sighting);
    const key = normalizeHeadline(claim.headline);
    if (hidden.has(key) || shippedWith(index, key).length) continue;
    const kept = seen.get(key);
    if (!kept || betterDated(claim, kept)) seen.set(key, claim);
  }
  const seenBy = new Map<string, Claim[]>();
  for (const claim of seen.values()) {
    const own = seenBy.get(claim.canonical);
    if (own) own.push(claim);
    else seenBy.set(claim.canonical, [claim]);
    changed.add(claim.canonical);
  }

  const merged = new Map<string, Claim[]>();
  const claimsOf = (canonical: string): Claim[] => {
    let claims = merged.get(canonical);
    if (!claims) {
      const subject = lookup(index).byName.get(canonical);
      const own = subject ? subjectClaims(subject).filter((c) => !hidden.has(headlineKey(c))) : [];
      claims = [...own, ...(seenBy.get(canonical) ?? [])];
      merged.set(canonical, claims);
    }
    return claims;
  };

  // The index is in rank order: only the changed subjects are ranked (in one
  // pass over their claims), then merged in.
  const shippedRanks: SubjectRank[] = [];
  for (const subject of index.subjects) if (!changed.has(subject[0])) shippedRanks.push(subjectRank(subject));
  const changedRanks = rankSubjects([...changed].flatMap(claimsOf));
  return { ranked: mergeSorted(shippedRanks, changedRanks), claimsOf };
}

/** Two lists in rank order as one (byRank is a total order: names are unique). */
function mergeSorted(a: SubjectRank[], b: SubjectRank[]): SubjectRank[] {
  const out: SubjectRank[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    if (x && (!y || byRank(x, y) <= 0)) {
      out.push(x);
      i++;
    } else if (y) {
      out.push(y);
      j++;
    }
  }
  return out;
}
