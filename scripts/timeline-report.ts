// Prints what the shipped timeline holds: entries per subject, year, language
// and kind, the most-declared subjects, and the rows the detector reads
// differently today (run live, so a detector change shows here).
// Run: npm run timeline:report [-- --all] (--all lists every differing row)

import { readFileSync, statSync } from 'node:fs';
import { argumentLabel } from '../lib/arguments/index.ts';
import { detect } from '../lib/detector/index.ts';
import { loadTaggers } from '../lib/detector/taggers.ts';
import { argumentsOf } from '../lib/tally/arguments.ts';
import { rankSubjects } from '../lib/tally/count.ts';
import { TIMELINE } from '../lib/tally/timeline.ts';
import { fromIndex, readIndex } from '../lib/tally/timeline-index-format.ts';

// The NLP taggers are loaded on demand in the extension; a script needs both before detecting.
await loadTaggers(['en', 'fr']);

const all = process.argv.includes('--all');

function table(header: string[], rows: (string | number)[][]): string {
  const lines = [header, header.map(() => '---'), ...rows.map((r) => r.map(String))];
  return lines.map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const out = new Map<string, number>();
  for (const item of items) out.set(key(item), (out.get(key(item)) ?? 0) + 1);
  return out;
}

const kinds = ['claim', 'question', 'rebuttal'] as const;
const ranked = rankSubjects(TIMELINE);
const withThree = ranked.filter((s) => s.total + s.rebuttals >= 3);

console.log(
  `# Shipped timeline: ${TIMELINE.length} entries, ${ranked.length} subjects, ${withThree.length} with 3 or more\n`,
);

console.log('## Per language and kind\n');
const byLang = (lang: string) => TIMELINE.filter((c) => c.lang === lang);
console.log(
  table(
    ['lang', ...kinds, 'total'],
    ['en', 'fr'].map((lang) => [
      lang,
      ...kinds.map((k) => byLang(lang).filter((c) => c.kind === k).length),
      byLang(lang).length,
    ]),
  ),
);

console.log('\n## Per year\n');
const years = countBy(TIMELINE, (c) => c.date.slice(0, 4));
console.log(
  table(
    ['year', 'entries'],
    [...years].sort(([a], [b]) => a.localeCompare(b)),
  ),
);

console.log('\n## Most declared dead (subjects with 3 or more entries)\n');
console.log(
  table(
    ['subject', 'claims + questions', 'rebuttals', 'first', 'last', 'arguments'],
    withThree.map((s) => [
      s.canonical,
      s.total,
      s.rebuttals,
      s.first ?? '',
      s.last ?? '',
      argumentsOf(TIMELINE, s.canonical)
        .map((a) => `${argumentLabel(a.id, 'en')} ${a.years.join(', ')}`)
        .join('; '),
    ]),
  ),
);
const rest = countBy(
  ranked.filter((s) => s.total + s.rebuttals < 3),
  (s) => String(s.total + s.rebuttals),
);
console.log(`\nOther subjects: ${[...rest].map(([n, k]) => `${k} with ${n}`).join(', ')}.`);

console.log('\n## Arguments\n');
const args = countBy(
  TIMELINE.filter((c) => c.argument),
  (c) => c.argument ?? '',
);
console.log(
  table(
    ['argument', 'entries'],
    [...args].sort((a, b) => b[1] - a[1]),
  ),
);

const differing = TIMELINE.flatMap((c) => {
  const d = detect(c.headline);
  const why =
    d.kind === 'none'
      ? 'no claim'
      : d.kind !== c.kind
        ? `kind ${d.kind}`
        : d.canonical !== c.canonical
          ? 'subject'
          : '';
  return why ? [{ c, d, why }] : [];
});
console.log(`\n## Rows the detector reads differently: ${differing.length} of ${TIMELINE.length}\n`);
console.log(
  table(
    ['reading', 'rows'],
    [...countBy(differing, (r) => (r.why.startsWith('kind') ? 'another kind' : r.why))],
  ),
);
const shown = all ? differing : differing.slice(0, 25);
console.log(`\n${all ? 'All' : 'First 25 (--all for every one)'}:\n`);
console.log(
  table(
    ['date', 'headline', 'shipped as', 'detector'],
    shown.map(({ c, d }) => [
      c.date,
      c.headline.replaceAll('|', '\\|'),
      `${c.kind} · ${c.canonical}`,
      d.kind === 'none' ? 'none' : `${d.kind} · ${d.canonical ?? '?'}`,
    ]),
  ),
);

// What the extension loads: the index, read and turned into claims (as the
// background does: readIndex, then fromIndex), median of 21 runs.
const indexPath = new URL('../lib/tally/timeline-index.json', import.meta.url);
const text = JSON.parse(readFileSync(indexPath, 'utf8')) as string;
const runs: number[] = [];
for (let i = 0; i < 21; i++) {
  const start = performance.now();
  fromIndex(readIndex(text));
  runs.push(performance.now() - start);
}
runs.sort((a, b) => a - b);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log('\n## Size and load time\n');
console.log(
  table(
    ['file', 'on disk', 'in the bundle (minified)', 'load (parse + claims), median of 21'],
    [
      [
        'timeline.json (the record, not shipped)',
        kb(statSync(new URL('../lib/tally/timeline.json', import.meta.url)).size),
        '–',
        '–',
      ],
      [
        'timeline-index.json (shipped)',
        kb(statSync(indexPath).size),
        kb(Buffer.byteLength(text)),
        `${runs[10]?.toFixed(2)} ms (Node ${process.versions.node})`,
      ],
    ],
  ),
);
