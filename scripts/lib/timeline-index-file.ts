// Writes lib/tally/timeline-index.json, what the extension loads, from the
// timeline's entries (npm run timeline:build and timeline:index).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { indexText, toIndex } from '../../lib/tally/timeline-index-format.ts';
import type { TimelineEntry } from '../../lib/tally/timeline-schema.ts';

export const INDEX = new URL('../../lib/tally/timeline-index.json', import.meta.url);

export function writeTimelineIndex(entries: readonly TimelineEntry[]): void {
  writeFileSync(INDEX, `${JSON.stringify(indexText(toIndex(entries)))}\n`);
  // In the repo's own format, so `npm run lint` passes on what this wrote.
  execFileSync('npx', ['biome', 'format', '--write', fileURLToPath(INDEX)], { stdio: 'ignore' });
}
