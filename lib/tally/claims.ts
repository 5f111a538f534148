// The shipped timeline plus the reader's sightings, one claim per headline
// (the merge itself is in merge.ts).
import type { Sighting } from '../storage/schema.ts';
import { mergeClaims } from './merge.ts';
import { TIMELINE } from './timeline.ts';
import type { Claim } from './types.ts';

export { betterDated, mergeClaims, sightingToClaim } from './merge.ts';

export function claimsFrom(
  sightings: readonly Sighting[],
  timeline: readonly Claim[] = TIMELINE,
  dismissed: readonly string[] = [],
): Claim[] {
  return mergeClaims(sightings, timeline, dismissed);
}
