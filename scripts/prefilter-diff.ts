// Checks that a change to the prefilter's code (lib/detector/prefilter.ts)
// leaves every decision as it was: the prefilter of an earlier commit, on the
// word lists of the working tree, against the working tree's, on every
// heading and link text of the saved real pages (raw and collapsed, as the
// page reads them), every row of the corpora and the timeline candidates, and
// each of those texts upper-cased. Prints the counts; exits 1 on any
// difference.
//   node scripts/prefilter-diff.ts [commit]     (default HEAD; needs ../shared)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { hasCue, hasTwoWords, isCandidate } from '../lib/detector/prefilter.ts';
import { inertWindow, PAGES_DIR, requireShared } from '../tests/real/shared.ts';
import { loadAll, SHARED_DIR } from './lib/corpora.ts';

type Prefilter = { hasCue: typeof hasCue; hasTwoWords: typeof hasTwoWords; isCandidate: typeof isCandidate };
const current: Prefilter = { hasCue, hasTwoWords, isCandidate };

const commit = process.argv[2] ?? 'HEAD';
const DATA = resolve('lib/detector/data/prefilter-words.ts');

/** The commit's prefilter.ts, importing the working tree's word lists. */
async function earlier(): Promise<{ prefilter: Prefilter; cleanup(): void }> {
  const source = execFileSync('git', ['show', `${commit}:lib/detector/prefilter.ts`], { encoding: 'utf8' });
  const dir = mkdtempSync(join(tmpdir(), 'ndy-prefilter-'));
  const file = join(dir, 'prefilter.ts');
  writeFileSync(file, source.replace(/from '\.\/data\/prefilter-words(\.ts)?'/, `from '${DATA}'`));
  const prefilter: Prefilter = await import(file);
  return { prefilter, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

const HEADLINES = 'h1, h2, h3, h4, h5, h6, [role="heading"], a';

function pageTexts(): string[] {
  const dir = requireShared(PAGES_DIR);
  const texts: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.html'))) {
    const window = inertWindow();
    const doc = new window.DOMParser().parseFromString(readFileSync(join(dir, file), 'utf8'), 'text/html');
    for (const el of doc.querySelectorAll(HEADLINES)) {
      const raw = el.textContent ?? '';
      texts.push(raw, raw.replace(/\s+/g, ' ').trim());
    }
    window.close();
  }
  return texts;
}

function tsvColumn(path: string, column: string): string[] {
  const [header = '', ...rows] = readFileSync(path, 'utf8').trim().split('\n');
  const at = header.split('\t').indexOf(column);
  if (at < 0) throw new Error(`${path} has no column ${column}`);
  return rows.map((row) => row.split('\t')[at] ?? '');
}

const base = [
  ...pageTexts(),
  ...loadAll().map((row) => row.headline),
  ...tsvColumn(join(SHARED_DIR, 'corpus/timeline-candidates.tsv'), 'headline'),
];
const texts = [...new Set([...base, ...base.map((text) => text.toUpperCase())])];

const { prefilter: before, cleanup } = await earlier();
try {
  const differences: string[] = [];
  let candidates = 0;
  for (const text of texts) {
    for (const test of ['hasCue', 'hasTwoWords', 'isCandidate'] as const) {
      const was = before[test](text);
      const is = current[test](text);
      if (was !== is) differences.push(`${test}: ${was} → ${is}: ${JSON.stringify(text.slice(0, 120))}`);
    }
    if (current.isCandidate(text)) candidates++;
  }
  console.log(
    `prefilter of ${commit} against the working tree: ${texts.length} distinct texts (${candidates} candidates), ${differences.length} different decisions`,
  );
  for (const line of differences.slice(0, 50)) console.log(line);
  if (differences.length) process.exitCode = 1;
} finally {
  cleanup();
}
