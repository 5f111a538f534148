// Loads the repo's own labelled corpus (tests/corpus), never ../shared.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCorpus } from '@/lib/detector/scoring';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export function loadCorpus() {
  return parseCorpus(readFileSync(`${ROOT}tests/corpus/headlines.tsv`, 'utf8'));
}

/** The canonical column of a corpus row (the parser keeps it in `note` only for dev-style files). */
export function canonicalColumn(): Map<string, string> {
  const lines = readFileSync(`${ROOT}tests/corpus/headlines.tsv`, 'utf8').split('\n').filter(Boolean);
  const header = (lines.shift() ?? '').split('\t');
  const h = header.indexOf('headline');
  const c = header.indexOf('canonical');
  return new Map(lines.map((l) => [l.split('\t')[h] ?? '', l.split('\t')[c] ?? '']));
}

export function ordinaryHeadlines(): string[] {
  return readFileSync(`${ROOT}tests/corpus/ordinary.txt`, 'utf8').split('\n').filter(Boolean);
}
