// The shipped timeline: its record's schema (timeline-schema.ts) and every
// shipped claim as the extension loads them, from timeline-index.json.
import { SHIPPED_INDEX } from './timeline-index.ts';
import { fromIndex } from './timeline-index-format.ts';
import type { Claim } from './types.ts';

export * from './timeline-schema.ts';

/** Every shipped claim, in timeline.json's order. */
export const TIMELINE: Claim[] = fromIndex(SHIPPED_INDEX);
