// The entries written by hand (the seed's and Wired's), as a small fixed
// timeline for tally tests: the shipped file grows, these numbers do not.
import { timelineClaims } from '@/lib/tally/timeline';
import timelineFile from '@/lib/tally/timeline.json' with { type: 'json' };

export const SEED_TIMELINE = timelineClaims({
  version: 1,
  claims: timelineFile.claims.filter((c) => c.from === 'seed' || c.from === 'hand'),
});
