// Scores the detector on every labelled headline (the repo's corpus and the
// shared dev sets in $NDY_SHARED_DIR/corpus), per language: the naive regex
// baseline, the rules alone, and the rules with the learned model, both as
// tuned (model trained on every row) and leave-one-source-out (the model
// trained without the held-out source group). `--groups` prints each held-out
// source; `--errors` lists the misses of the shipped configuration, held out;
// `--subjects` its hits whose subject is not the labelled one.
import { MODEL } from '../lib/detector/model.ts';
import type { LangScore } from '../lib/detector/scoring.ts';
import { loadTaggers } from '../lib/detector/taggers.ts';
import type { Lang } from '../lib/detector/types.ts';
import { naiveDetect } from './lib/baseline.ts';
import { loadAll } from './lib/corpora.ts';
import { DEFAULT_TRAINING, train } from './lib/logistic.ts';
import {
  examples,
  f1,
  losoVerdicts,
  noneFor,
  type Prepared,
  prepare,
  scored,
  scoreWith,
  verdict,
} from './lib/loso.ts';

// The NLP taggers are loaded on demand in the extension; a script needs both before detecting.
await loadTaggers(['en', 'fr']);

const rows = loadAll();
const prepared = prepare(rows);
const tuned = train(examples(prepared), DEFAULT_TRAINING);
const loso = losoVerdicts(prepared, DEFAULT_TRAINING);
const held = (p: Prepared) => loso.get(p) ?? noneFor(p);
// what ships: the model only for the languages `npm run train` kept it for
const shipped = (p: Prepared) => (MODEL.langs.includes(p.lang) ? held(p) : verdict(p, null));

const configs: { name: string; decide: (p: Prepared) => ReturnType<typeof verdict> }[] = [
  { name: 'naive regex', decide: (p) => naiveDetect(p.row.headline, p.row.lang) },
  { name: 'rules alone', decide: (p) => verdict(p, null) },
  { name: 'rules + model, tuned', decide: (p) => verdict(p, tuned) },
  { name: 'rules + model, LOSO', decide: held },
  { name: `shipped (model: ${MODEL.langs.join('+') || 'none'}), LOSO`, decide: shipped },
];

const groups = [...new Set(rows.map((r) => r.group))];
const n = (x: number) => x.toFixed(3);
const line = (name: string, s: LangScore) =>
  `| ${name.padEnd(30)} | ${s.lang}   | ${String(s.n).padStart(5)} | ${n(s.precision)}     | ${n(s.recall)} | ${n(f1(s))} | ${n(s.kindAccuracy)}         | ${n(s.subjectExact)}         | ${n(s.subjectLoose)}         |`;
console.log(
  `${rows.length} labelled headlines from ${groups.length} source groups (datasets by owner/repo, web pages by host, the repo corpus as one)`,
);
console.log(
  '| configuration                  | lang |     n | precision | recall | F1    | kind accuracy | subject exact | subject loose |',
);
console.log(
  '| ------------------------------ | ---- | ----- | --------- | ------ | ----- | ------------- | ------------- | ------------- |',
);
for (const lang of ['en', 'fr'] as Lang[])
  for (const c of configs) console.log(line(c.name, scoreWith(prepared, c.decide, lang)));

if (process.argv.includes('--groups')) {
  console.log('\nheld-out sources of 20 rows or more (rules alone → rules + model, LOSO):');
  for (const g of groups.sort()) {
    const inGroup = prepared.filter((p) => p.row.group === g);
    for (const lang of ['en', 'fr'] as Lang[]) {
      const mine = inGroup.filter((p) => p.lang === lang || p.row.lang === lang);
      if (inGroup.filter((p) => p.row.lang === lang).length < 20) continue;
      const a = scoreWith(mine, (p) => verdict(p, null), lang);
      const b = scoreWith(mine, held, lang);
      console.log(
        `  ${g} [${lang}] n=${a.n}: P ${n(a.precision)} → ${n(b.precision)}, R ${n(a.recall)} → ${n(b.recall)}, kind ${n(a.kindAccuracy)} → ${n(b.kindAccuracy)}, subject ${n(a.subjectExact)} → ${n(b.subjectExact)}`,
      );
    }
  }
}
if (process.argv.includes('--errors')) {
  console.log('\n--- errors of the shipped configuration, held out (label → got)');
  for (const p of prepared) {
    const got = shipped(p);
    if (p.row.label === got.kind) continue;
    console.log(
      `${p.row.lang} ${p.row.label} → ${got.kind}  ${p.row.headline}  [got "${got.subject ?? ''}"; cue "${got.cue ?? ''}"] ${p.row.group}`,
    );
  }
}
if (process.argv.includes('--subjects')) {
  console.log('\n--- hits of the shipped configuration with another subject (labelled → got)');
  for (const p of prepared) {
    const got = shipped(p);
    if (p.row.label === 'none' || got.kind === 'none' || scored(p, got).subject.exact) continue;
    console.log(
      `${p.row.lang} "${p.row.subject}" → "${got.subject ?? ''}"  ${p.row.headline}  [${p.row.group}]`,
    );
  }
}
