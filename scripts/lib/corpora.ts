// The labelled headlines the model learns from and is scored on: the repo's
// corpus and the shared development sets, each row with the source group it
// is held out with (a dataset repository, or a web host).
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type LabelledHeadline, parseCorpus } from '../../lib/detector/scoring.ts';

export interface SourcedHeadline extends LabelledHeadline {
  /** Where the row was read from: file and line. */
  origin: string;
  file: string;
  /** What a leave-one-source-out fold holds out together. */
  group: string;
}

const root = resolve(import.meta.dirname, '../..');
export const SHARED_DIR = resolve(process.env.NDY_SHARED_DIR ?? join(root, '../shared'));
export const SHARED_FILES = ['corpus/headlines-dev.tsv', 'corpus/headlines-dev2.tsv'] as const;

/**
 * A source group: `owner/repo` for a dataset (`RSS-Link-Database-2021` and `-2022` are one
 * dataset split by year), the host for a web page. The repo corpus, written for this project
 * from many sites, is one group.
 */
export function sourceGroup(source: string): string {
  if (/^https?:\/\//.test(source)) return new URL(source).host.replace(/^www\./, '');
  return (source.split(':')[0] ?? source).replace(/-\d{4}$/, '');
}

function load(path: string, label: string, group: (row: LabelledHeadline) => string): SourcedHeadline[] {
  return parseCorpus(readFileSync(path, 'utf8')).map((row, i) => ({
    ...row,
    origin: `${label}:${i + 2}`,
    file: path,
    group: group(row),
  }));
}

/** The files read, repo corpus first, each with the name its rows' origin gives. */
export function corpusFiles(): { path: string; label: string }[] {
  return [
    { path: join(root, 'tests/corpus/headlines.tsv'), label: 'tests/corpus/headlines.tsv' },
    ...SHARED_FILES.map((f) => ({ path: join(SHARED_DIR, f), label: `shared/${f}` })),
  ];
}

/** Every labelled row; throws when the shared files are missing (set NDY_SHARED_DIR). */
export function loadAll(): SourcedHeadline[] {
  return corpusFiles().flatMap(({ path, label }, i) => {
    if (!existsSync(path)) throw new Error(`${path} not found: set NDY_SHARED_DIR to the shared folder`);
    return load(path, label, i === 0 ? () => 'repo corpus' : (row) => sourceGroup(row.note));
  });
}
