// Scores the detector on the shared dev set (../shared/corpus/headlines-dev.tsv,
// or $NDY_SHARED_DIR/corpus/headlines-dev.tsv). `--errors` lists every miss.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { detect } from '../lib/detector/index.ts';
import { formatScore, parseCorpus, type ScoredRow, score, subjectMatches } from '../lib/detector/scoring.ts';
import { loadTaggers } from '../lib/detector/taggers.ts';
import { LANGS } from '../lib/detector/types.ts';

const sharedDir = resolve(process.env.NDY_SHARED_DIR ?? '../shared');
const path = join(sharedDir, 'corpus/headlines-dev.tsv');
if (!existsSync(path)) {
  console.error(`dev set not found at ${path}: set NDY_SHARED_DIR to the shared folder`);
  process.exit(2);
}
await loadTaggers(LANGS);
const rows = parseCorpus(readFileSync(path, 'utf8'));
const scored: ScoredRow[] = rows.map((row) => {
  const got = detect(row.headline);
  return { row, got, subject: subjectMatches(row.subject, got) };
});
console.log(`dev set: ${path} (${rows.length} headlines)`);
console.log(
  'subject match: expected vs our subject/canonical after folding case, accents, articles, plural;',
);
console.log('  exact = equal or same alias entry; loose = also when one is a whole-word part of the other');
for (const lang of ['en', 'fr', 'all'] as const) console.log(formatScore(score(scored, lang)));

if (process.argv.includes('--errors')) {
  console.log('\n--- errors (label → got)');
  for (const { row, got, subject } of scored) {
    const kindWrong = row.label !== got.kind;
    const subjWrong = row.label !== 'none' && got.kind !== 'none' && !subject.loose;
    if (!kindWrong && !subjWrong) continue;
    console.log(
      `${row.lang} ${row.label} → ${got.kind}  ${row.headline}  [want "${row.subject}" got "${got.subject ?? ''}" / ${got.canonical ?? ''}; cue "${got.cue ?? ''}"]`,
    );
  }
}
