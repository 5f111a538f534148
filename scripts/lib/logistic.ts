// Logistic regression over binary string features, trained by full-batch
// gradient descent with L2: no randomness and a fixed order, so the same rows
// give the same weights bit for bit.
import type { Model } from '../../lib/detector/model.ts';

export interface Example {
  features: readonly string[];
  positive: boolean;
}

export interface TrainOptions {
  iterations: number;
  rate: number;
  l2: number;
  threshold: number;
  scope: Model['scope'];
  /** Features seen in fewer examples are left out. */
  minCount: number;
}

/** Chosen by leave-one-source-out F1 among a few settings (README, "The detector"). */
export const DEFAULT_TRAINING: TrainOptions = {
  iterations: 1500,
  rate: 4,
  l2: 0.001,
  threshold: 0.5,
  scope: 'all',
  minCount: 5,
};

export function train(examples: readonly Example[], options: TrainOptions = DEFAULT_TRAINING): Model {
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const names = [...counts.keys()].filter((f) => (counts.get(f) ?? 0) >= options.minCount).sort();
  const id = new Map(names.map((f, i) => [f, i]));
  const rows = examples.map((e) => ({
    x: e.features.map((f) => id.get(f)).filter((i): i is number => i !== undefined),
    y: e.positive ? 1 : 0,
  }));
  const w = new Float64Array(names.length);
  let bias = 0;
  const n = Math.max(1, rows.length);
  for (let it = 0; it < options.iterations; it++) {
    const grad = new Float64Array(names.length);
    let gBias = 0;
    for (const r of rows) {
      let z = bias;
      for (const i of r.x) z += w[i] ?? 0;
      const err = 1 / (1 + Math.exp(-z)) - r.y;
      gBias += err;
      for (const i of r.x) grad[i] = (grad[i] ?? 0) + err;
    }
    bias -= (options.rate * gBias) / n;
    for (let i = 0; i < w.length; i++)
      w[i] = (w[i] ?? 0) - options.rate * ((grad[i] ?? 0) / n + options.l2 * (w[i] ?? 0));
  }
  const round = (x: number) => Math.round(x * 1e4) / 1e4;
  const weights: Record<string, number> = {};
  names.forEach((f, i) => {
    const v = round(w[i] ?? 0);
    if (v !== 0) weights[f] = v;
  });
  return {
    bias: round(bias),
    threshold: options.threshold,
    scope: options.scope,
    langs: ['en', 'fr'],
    weights,
  };
}
