// Trains the detector's model (lib/detector/data/model.json) on every labelled
// headline: the repo corpus and $NDY_SHARED_DIR/corpus/headlines-dev*.tsv. The
// model is kept, per language, only where it beats the rules alone on
// leave-one-source-out F1. Deterministic: the same rows give the same file, byte
// for byte; `--check` retrains and fails if the committed file differs.
// Provenance (files, their SHA-256, row counts, the LOSO figures) goes to
// lib/detector/data/model-provenance.json, which the extension never loads.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { loadTaggers } from '../lib/detector/taggers.ts';
import type { Lang } from '../lib/detector/types.ts';
import { corpusFiles, loadAll } from './lib/corpora.ts';
import { DEFAULT_TRAINING, train } from './lib/logistic.ts';
import { examples, f1, losoVerdicts, noneFor, prepare, scoreWith, verdict } from './lib/loso.ts';

// The NLP taggers are loaded on demand in the extension; a script needs both before detecting.
await loadTaggers(['en', 'fr']);

const root = resolve(import.meta.dirname, '..');
const modelFile = join(root, 'lib/detector/data/model.json');
const provenanceFile = join(root, 'lib/detector/data/model-provenance.json');

const rows = loadAll();
const prepared = prepare(rows);
const loso = losoVerdicts(prepared, DEFAULT_TRAINING);
const figures: Record<string, unknown> = {};
const langs: Lang[] = [];
for (const lang of ['en', 'fr'] as Lang[]) {
  const rules = scoreWith(prepared, (p) => verdict(p, null), lang);
  const model = scoreWith(prepared, (p) => loso.get(p) ?? noneFor(p), lang);
  const won = f1(model) > f1(rules);
  if (won) langs.push(lang);
  const r3 = (x: number) => Math.round(x * 1000) / 1000;
  figures[lang] = {
    rulesAlone: { precision: r3(rules.precision), recall: r3(rules.recall), f1: r3(f1(rules)) },
    withModel: { precision: r3(model.precision), recall: r3(model.recall), f1: r3(f1(model)) },
    kept: won,
  };
}
const model = { ...train(examples(prepared), DEFAULT_TRAINING), langs };
/** JSON as Biome formats it: two spaces, a short array of strings on one line. */
const json = (value: unknown) =>
  `${JSON.stringify(value, null, 2).replace(/\[\s*((?:"[^"\n]*",?\s*)+)\]/g, (_m, items: string) => `[${items.trim().split(/,\s*/).join(', ')}]`)}\n`;
const text = json(model);
const provenance = {
  script: 'scripts/train.ts',
  options: DEFAULT_TRAINING,
  // every row's origin is file:line in one of these
  files: corpusFiles().map(({ path, label }) => ({
    file: label,
    sha256: createHash('sha256').update(readFileSync(path)).digest('hex'),
    rows: rows.filter((r) => r.file === path).length,
  })),
  candidates: examples(prepared).length,
  features: Object.keys(model.weights).length,
  leaveOneSourceOut: figures,
};
const provenanceText = json(provenance);

if (process.argv.includes('--check')) {
  const same =
    readFileSync(modelFile, 'utf8') === text && readFileSync(provenanceFile, 'utf8') === provenanceText;
  console.log(
    same
      ? 'retrained model is identical to the committed one'
      : 'retrained model DIFFERS from the committed one',
  );
  process.exit(same ? 0 : 1);
}
writeFileSync(modelFile, text);
writeFileSync(provenanceFile, provenanceText);
console.log(
  `wrote ${relative(root, modelFile)}: ${provenance.features} weights from ${provenance.candidates} candidates; ${(Buffer.byteLength(text) / 1024).toFixed(1)} KB`,
);
console.log(`leave-one-source-out F1 (rules alone → with model): ${JSON.stringify(figures)}`);
console.log(`model used for: ${langs.join(', ') || 'no language (rules alone everywhere)'}`);
