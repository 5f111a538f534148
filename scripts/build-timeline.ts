// Builds lib/tally/timeline.json from ../shared/corpus/timeline-candidates.tsv
// plus the entries written by hand (the seed's, Wired's), which are kept as
// they are. Each candidate row records where it came from (`from`: file and
// line), its argument from the vocabulary, and, when the detector reads the
// headline differently, what the detector said and the decision taken.
// Run: npm run timeline:build [-- path/to/timeline-candidates.tsv]
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { argumentOf } from '../lib/arguments/index.ts';
import { canonicalize, detect } from '../lib/detector/index.ts';
import { loadTaggers } from '../lib/detector/taggers.ts';
import type { TimelineEntry } from '../lib/tally/timeline-schema.ts';
import { TimelineFileSchema } from '../lib/tally/timeline-schema.ts';
import { readCandidates } from './lib/timeline-candidates.ts';
import { writeTimelineIndex } from './lib/timeline-index-file.ts';

// The NLP taggers are loaded on demand in the extension; a script needs both before detecting.
await loadTaggers(['en', 'fr']);

const CANDIDATES =
  process.argv[2] ?? new URL('../../shared/corpus/timeline-candidates.tsv', import.meta.url).pathname;
const OUT = new URL('../lib/tally/timeline.json', import.meta.url);
const FROM = 'timeline-candidates.tsv';

/** Why a row the detector reads otherwise is shipped as labelled. */
const DECISION = {
  none: 'kept as labelled: a person read this headline as a death claim; the detector misses it',
  kind: 'kept the hand-given kind: the headline was read whole by a person',
  canonical: 'kept the hand-given subject: it groups this row with the others about the same thing',
} as const;

function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .split('-')
    .slice(0, 8)
    .join('-');
}

const current = v.parse(TimelineFileSchema, JSON.parse(readFileSync(OUT, 'utf8')));
const byHand = current.claims.filter((c) => !c.from.startsWith(FROM));
// A row is the same obituary as another when both title and source match.
const seen = new Set(byHand.map((c) => `${c.headline.toLowerCase()}\n${c.url}`));
const ids = new Set(byHand.map((c) => c.id));

const built: TimelineEntry[] = [];
for (const row of readCandidates(readFileSync(CANDIDATES, 'utf8'))) {
  const same = `${row.headline.toLowerCase()}\n${row.source}`;
  if (seen.has(same)) continue;
  seen.add(same);
  const lang = row.lang;
  // The alias table's name when it knows the hand-given one ("the web" → "web").
  const canonical = canonicalize(row.canonical, lang);
  const detection = detect(row.headline);
  let id = `${row.date.slice(0, 4)}-${slug(row.headline)}`;
  for (let n = 2; ids.has(id); n++) id = `${row.date.slice(0, 4)}-${slug(row.headline)}-${n}`;
  ids.add(id);
  const argument = argumentOf(row.argument) ?? argumentOf(detection.kind === 'none' ? null : detection.agent);
  const disagreement =
    detection.kind === 'none'
      ? DECISION.none
      : detection.kind !== row.kind
        ? DECISION.kind
        : detection.canonical !== canonical
          ? DECISION.canonical
          : null;
  const url = /^https?:\/\//.test(row.source) ? row.source : null;
  built.push({
    id,
    date: row.date,
    precision: row.precision,
    headline: row.headline,
    subject: row.subject || null,
    canonical,
    kind: row.kind,
    lang,
    url,
    source: `${row.source} (date: ${row.dateSource})`,
    from: `${FROM}:${row.line}`,
    ...(argument ? { argument } : {}),
    ...(row.argument ? { reason: row.argument } : {}),
    ...(disagreement
      ? { detector: { kind: detection.kind, canonical: detection.canonical, decision: disagreement } }
      : {}),
  });
}

const claims = [...byHand, ...built].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
const file = v.parse(TimelineFileSchema, { version: 1, claims });
writeFileSync(OUT, `${JSON.stringify(file, null, 1)}\n`);
// In the repo's own format, so `npm run lint` passes on what this wrote.
execFileSync('npx', ['biome', 'format', '--write', fileURLToPath(OUT)], { stdio: 'ignore' });
writeTimelineIndex(file.claims);
console.log(
  `${claims.length} entries (${byHand.length} by hand, ${built.length} from ${FROM}) → lib/tally/timeline.json, timeline-index.json`,
);
