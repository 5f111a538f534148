// Scores the detector on every labelled headline (the repo's corpus and the
// shared dev sets in $NDY_SHARED_DIR/corpus), per language: the naive regex
// baseline, the rules alone, and the rules with the learned model, both as
// tuned (model trained on every row) and leave-one-source-out (the model, and
// its threshold, trained without the held-out source). `--groups` prints each
// held-out source; `--errors` lists the LOSO misses.

import { features } from '../lib/detector/features.ts';
import { decide, findCandidate } from '../lib/detector/index.ts';
import type { Model } from '../lib/detector/model.ts';
import { type LangScore, type ScoredRow, score, subjectMatches } from '../lib/detector/scoring.ts';
import type { Detection, Lang } from '../lib/detector/types.ts';
import { naiveDetect } from './lib/baseline.ts';
import { loadAll, type SourcedHeadline } from './lib/corpora.ts';
import { DEFAULT_TRAINING, train } from './lib/logistic.ts';

const rows = loadAll();
const prepared = rows.map((row) => {
  const { lang, candidate } = findCandidate(row.headline);
  const drop = (process.env.NDY_DROP ?? '').split(',').filter(Boolean);
  const feats = candidate ? features(candidate, lang).filter((f) => !drop.some((d) => f.startsWith(d))) : [];
  return { row, lang, candidate, features: feats };
});
type Prepared = (typeof prepared)[number];

const none = (p: Prepared): Detection => ({ ...naiveDetect('', p.lang), text: p.row.headline, kind: 'none' });
const verdict = (p: Prepared, model: Model | null): Detection =>
  p.candidate && decide(p.candidate, p.lang, model) ? p.candidate.detection : none(p);
const examples = (list: Prepared[]) =>
  list.filter((p) => p.candidate).map((p) => ({ features: p.features, positive: p.row.label !== 'none' }));
const scored = (row: SourcedHeadline, got: Detection): ScoredRow => ({
  row,
  got,
  subject: subjectMatches(row.subject, got),
});

const groups = [...new Set(rows.map((r) => r.group))].sort();
const tuned = train(examples(prepared));
const loso = new Map<Prepared, Detection>();
const perGroup: { group: string; rows: ScoredRow[] }[] = [];
for (const g of groups) {
  const model = train(examples(prepared.filter((p) => p.row.group !== g)));
  const held = prepared.filter((p) => p.row.group === g);
  for (const p of held) loso.set(p, verdict(p, model));
  perGroup.push({ group: g, rows: held.map((p) => scored(p.row, loso.get(p) ?? none(p))) });
}

const configs: { name: string; rows: ScoredRow[] }[] = [
  { name: 'naive regex', rows: prepared.map((p) => scored(p.row, naiveDetect(p.row.headline, p.row.lang))) },
  { name: 'rules alone', rows: prepared.map((p) => scored(p.row, verdict(p, null))) },
  { name: 'rules + model, tuned', rows: prepared.map((p) => scored(p.row, verdict(p, tuned))) },
  { name: 'rules + model, LOSO', rows: prepared.map((p) => scored(p.row, loso.get(p) ?? none(p))) },
];

const f = (x: number) => x.toFixed(3);
const line = (name: string, s: LangScore) =>
  `| ${name.padEnd(28)} | ${s.lang} | ${String(s.n).padStart(5)} | ${f(s.precision)} | ${f(s.recall)} | ${f(s.kindAccuracy)} | ${f(s.subjectExact)} | ${f(s.subjectLoose)} |`;
console.log(
  `${rows.length} labelled headlines in ${groups.length} source groups (training: ${DEFAULT_TRAINING.iterations} iterations, threshold ${DEFAULT_TRAINING.threshold}, scope ${DEFAULT_TRAINING.scope})`,
);
console.log(
  '| configuration                | lang |     n | precision | recall | kind accuracy | subject exact | subject loose |',
);
console.log(
  '| ---------------------------- | ---- | ----- | --------- | ------ | ------------- | ------------- | ------------- |',
);
for (const lang of ['en', 'fr'] as Lang[])
  for (const c of configs) console.log(line(c.name, score(c.rows, lang)));

if (process.argv.includes('--groups')) {
  console.log('\nleave-one-source-out, per held-out source (rules alone → rules + model):');
  for (const { group, rows: held } of perGroup) {
    for (const lang of ['en', 'fr'] as Lang[]) {
      if (!held.some((r) => r.row.lang === lang)) continue;
      const rulesAlone = score(
        held.map((r) =>
          scored(r.row as SourcedHeadline, verdict(prepared.find((p) => p.row === r.row) as Prepared, null)),
        ),
        lang,
      );
      const s = score(held, lang);
      console.log(
        `  ${group} [${lang}] n=${s.n}: P ${f(rulesAlone.precision)} → ${f(s.precision)}, R ${f(rulesAlone.recall)} → ${f(s.recall)}, kind ${f(rulesAlone.kindAccuracy)} → ${f(s.kindAccuracy)}`,
      );
    }
  }
}
if (process.argv.includes('--errors')) {
  console.log('\n--- LOSO errors (label → got)');
  for (const p of prepared) {
    const got = loso.get(p) ?? none(p);
    const subject = subjectMatches(p.row.subject, got);
    if (p.row.label === got.kind && (got.kind === 'none' || subject.loose)) continue;
    console.log(
      `${p.row.lang} ${p.row.label} → ${got.kind}  ${p.row.headline}  [want "${p.row.subject}" got "${got.subject ?? ''}"; cue "${got.cue ?? ''}"] ${p.row.group}`,
    );
  }
}
