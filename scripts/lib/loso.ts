// Leave-one-source-out: for each source group, a model trained on every other
// group decides that group's rows. Shared by `npm run train` (which keeps the
// model only for the languages it wins on this way) and `npm run eval:dev`.
import { features } from '../../lib/detector/features.ts';
import { decide, findCandidate } from '../../lib/detector/index.ts';
import type { Model } from '../../lib/detector/model.ts';
import { type LangScore, type ScoredRow, score, subjectMatches } from '../../lib/detector/scoring.ts';
import type { Detection, Lang } from '../../lib/detector/types.ts';
import type { SourcedHeadline } from './corpora.ts';
import { type Example, type TrainOptions, train } from './logistic.ts';

export interface Prepared {
  row: SourcedHeadline;
  lang: Lang;
  candidate: ReturnType<typeof findCandidate>['candidate'];
  features: string[];
}

/** Runs the rules once per row; the folds only retrain the model. */
export function prepare(rows: readonly SourcedHeadline[]): Prepared[] {
  return rows.map((row) => {
    const { lang, candidate } = findCandidate(row.headline);
    return { row, lang, candidate, features: candidate ? features(candidate, lang) : [] };
  });
}

export function noneFor(p: Prepared): Detection {
  return {
    text: p.row.headline,
    kind: 'none',
    subject: null,
    canonical: null,
    lang: p.lang,
    cue: null,
    span: null,
    agent: null,
    renewal: null,
  };
}

export function verdict(p: Prepared, model: Model | null): Detection {
  return p.candidate && decide(p.candidate, p.lang, model) ? p.candidate.detection : noneFor(p);
}

export function examples(list: readonly Prepared[]): Example[] {
  return list
    .filter((p) => p.candidate)
    .map((p) => ({ features: p.features, positive: p.row.label !== 'none' }));
}

export function scored(p: Prepared, got: Detection): ScoredRow {
  return { row: p.row, got, subject: subjectMatches(p.row.subject, got) };
}

/** Each row decided by a model trained without its source group (for every language it was trained on). */
export function losoVerdicts(prepared: readonly Prepared[], options: TrainOptions): Map<Prepared, Detection> {
  const out = new Map<Prepared, Detection>();
  const groups = [...new Set(prepared.map((p) => p.row.group))].sort();
  for (const g of groups) {
    const model = train(examples(prepared.filter((p) => p.row.group !== g)), options);
    for (const p of prepared) if (p.row.group === g) out.set(p, verdict(p, model));
  }
  return out;
}

export const f1 = (s: LangScore) =>
  s.precision + s.recall === 0 ? 0 : (2 * s.precision * s.recall) / (s.precision + s.recall);

export function scoreWith(
  prepared: readonly Prepared[],
  decideRow: (p: Prepared) => Detection,
  lang: Lang,
): LangScore {
  return score(
    prepared.map((p) => scored(p, decideRow(p))),
    lang,
  );
}
