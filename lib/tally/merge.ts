// Merges a timeline with the reader's sightings into one list of claims, each
// headline counted once. No timeline is imported here, so the popup can load
// the shipped one apart, while it reads storage (claims.ts gives the default).
import type { DateSource, Sighting } from '../storage/schema.ts';
import { normalizeHeadline } from './normalize.ts';
import type { Claim } from './types.ts';

export function sightingToClaim(s: Sighting): Claim {
  return {
    id: s.id,
    headline: s.headline,
    subject: s.subject,
    canonical: s.canonical,
    kind: s.kind,
    lang: s.lang,
    url: s.url || null,
    site: s.site || null,
    date: s.published,
    origin: 'seen',
    dateSource: s.dateSource,
  };
}

const keys = new WeakMap<Claim, string>();

/**
 * normalizeHeadline(claim.headline), once per claim: the shipped claims are
 * the same objects at every merge, and normalising ~700 headlines each time
 * would cost milliseconds.
 */
export function headlineKey(claim: Claim): string {
  let key = keys.get(claim);
  if (key === undefined) {
    key = normalizeHeadline(claim.headline);
    keys.set(claim, key);
  }
  return key;
}

/** Date sources, most trustworthy first; 'timeline' was checked by hand. */
const DATE_RANK: Record<DateSource | 'timeline', number> = {
  timeline: 0,
  'card-time': 1,
  'json-ld': 2,
  meta: 3,
  url: 4,
  seen: 5,
};

/** True when `a` should be kept over `b` for the same headline. */
export function betterDated(a: Pick<Claim, 'dateSource' | 'date'>, b: Pick<Claim, 'dateSource' | 'date'>) {
  const rank = DATE_RANK[a.dateSource] - DATE_RANK[b.dateSource];
  return rank < 0 || (rank === 0 && a.date < b.date);
}

/**
 * The timeline plus the sightings, one claim per normalised headline: a
 * headline both shipped and seen stays the shipped one; a headline seen
 * several times keeps its best-dated sighting.
 */
export function mergeClaims(
  sightings: readonly Sighting[],
  timeline: readonly Claim[],
  dismissed: readonly string[] = [],
): Claim[] {
  const hidden = new Set(dismissed.map(normalizeHeadline));
  const byKey = new Map<string, Claim>();
  for (const claim of [...timeline, ...sightings.map(sightingToClaim)]) {
    const headline = headlineKey(claim);
    if (hidden.has(headline)) continue;
    // Two shipped obituaries may share a title ("Is Facebook dead?", 2018 and
    // 2019, two sites): both count; a sighting of it joins the first.
    const taken = byKey.get(headline);
    const key =
      claim.origin === 'shipped' && taken?.origin === 'shipped' ? `${headline}\n${claim.id}` : headline;
    const kept = byKey.get(key);
    if (!kept || betterDated(claim, kept)) byKey.set(key, claim);
  }
  return [...byKey.values()];
}
