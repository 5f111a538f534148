// Rewrites lib/tally/timeline-index.json from lib/tally/timeline.json alone
// (no detector, no corpus): after a hand edit or a merge of timeline.json.
// Run: npm run timeline:index
import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { TimelineFileSchema } from '../lib/tally/timeline-schema.ts';
import { writeTimelineIndex } from './lib/timeline-index-file.ts';

const file = v.parse(
  TimelineFileSchema,
  JSON.parse(readFileSync(new URL('../lib/tally/timeline.json', import.meta.url), 'utf8')),
);
writeTimelineIndex(file.claims);
console.log(`${file.claims.length} entries → lib/tally/timeline-index.json`);
