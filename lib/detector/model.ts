// The learned model: logistic regression over features.ts, trained by
// `npm run train` (scripts/train.ts) and shipped as data/model.json. It decides
// whether a rule candidate is a death claim; the rules still find the cue, the
// subject and the kind.
import shipped from './data/model.json' with { type: 'json' };
import type { Lang } from './types.ts';

export interface Model {
  bias: number;
  threshold: number;
  /** 'checked': the model may only drop what the rules' checks passed; 'all': it may also keep a hit they vetoed. */
  scope: 'checked' | 'all';
  /** The languages it won on, held out by source; the others keep the rules alone. */
  langs: Lang[];
  weights: Record<string, number>;
}

/** Reads a model file, refusing one of another shape (a bad file must fail loudly in tests, not detect nothing). */
export function parseModel(json: {
  bias: number;
  threshold: number;
  scope: string;
  langs: string[];
  weights: Record<string, number>;
}): Model {
  const { scope, langs } = json;
  if (scope !== 'checked' && scope !== 'all') throw new Error(`model: unknown scope ${scope}`);
  const known = langs.filter((l): l is Lang => l === 'en' || l === 'fr');
  if (known.length !== langs.length) throw new Error(`model: unknown language in ${langs.join(',')}`);
  return { ...json, scope, langs: known };
}

export const MODEL: Model = parseModel(shipped);

export function probability(model: Model, feats: readonly string[]): number {
  let z = model.bias;
  for (const f of feats) z += model.weights[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
}
