// The learned model: logistic regression over features.ts, trained by
// `npm run train` (scripts/train.ts) and shipped as data/model.json. It decides
// whether a rule candidate is a death claim; the rules still find the cue, the
// subject and the kind.
import shipped from './data/model.json' with { type: 'json' };

export interface Model {
  bias: number;
  threshold: number;
  /** 'checked': the model may only drop what the rules' checks passed; 'all': it may also keep a hit they vetoed. */
  scope: 'checked' | 'all';
  weights: Record<string, number>;
}

// the JSON's scope is a plain string to TypeScript; the format test checks it is one of the two
export const MODEL: Model = shipped as Model;

export function probability(model: Model, feats: readonly string[]): number {
  let z = model.bias;
  for (const f of feats) z += model.weights[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
}
