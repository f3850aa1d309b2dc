/**
 * Logistic regression: the engine's learned parts (is this clause a claim;
 * how likely is the matched entry's level right) are small linear models
 * over named features, trained by scripts/engine/train.ts on the labelled
 * corpus and checked in as JSON. Pure and dependency-free so the engine can
 * carry it into the service worker and the CLI alike.
 */
export interface Logistic {
  features: readonly string[];
  weights: readonly number[];
  bias: number;
}

export type FeatureVector = Readonly<Record<string, number>>;

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Each model's weights by feature name, built once: rows are sparse, models have hundreds of words. */
const weightMaps = new WeakMap<Logistic, ReadonlyMap<string, number>>();
function weightsOf(model: Logistic): ReadonlyMap<string, number> {
  let m = weightMaps.get(model);
  if (!m) {
    m = new Map(model.features.map((f, i) => [f, model.weights[i] as number]));
    weightMaps.set(model, m);
  }
  return m;
}

/** P(y = 1 | x). Features the model does not know are ignored; missing ones count as 0. */
export function predict(model: Logistic, x: FeatureVector): number {
  const weights = weightsOf(model);
  let z = model.bias;
  for (const f in x) {
    const w = weights.get(f);
    if (w !== undefined) z += w * (x[f] as number);
  }
  return sigmoid(z);
}

export interface TrainingRow {
  x: FeatureVector;
  y: 0 | 1;
  /** Row weight (default 1). */
  w?: number;
}

export interface TrainOptions {
  /** L2 penalty on the weights (not the bias). */
  l2?: number;
  epochs?: number;
  learningRate?: number;
}

/**
 * Full-batch gradient descent with L2, over sparse rows (most features of a
 * row are 0). Deterministic (no shuffling, zero start), so the same rows
 * always give the same weights.
 */
export function train(rows: readonly TrainingRow[], features: readonly string[], options: TrainOptions = {}): Logistic {
  const { l2 = 0.01, epochs = 600, learningRate = 0.5 } = options;
  const d = features.length;
  const position = new Map(features.map((f, i) => [f, i]));
  const X = rows.map(r => {
    const idx: number[] = [];
    const val: number[] = [];
    for (const [f, v] of Object.entries(r.x)) {
      const j = position.get(f);
      if (j !== undefined && v !== 0) {
        idx.push(j);
        val.push(v);
      }
    }
    return { idx, val };
  });
  const w = new Float64Array(d);
  let b = 0;
  const total = rows.reduce((s, r) => s + (r.w ?? 1), 0) || 1;
  const g = new Float64Array(d);
  for (let epoch = 0; epoch < epochs; epoch++) {
    g.fill(0);
    let gb = 0;
    for (let i = 0; i < rows.length; i++) {
      const { idx, val } = X[i] as { idx: number[]; val: number[] };
      let z = b;
      for (let k = 0; k < idx.length; k++) z += (w[idx[k] as number] as number) * (val[k] as number);
      const err = (sigmoid(z) - (rows[i] as TrainingRow).y) * ((rows[i] as TrainingRow).w ?? 1);
      for (let k = 0; k < idx.length; k++)
        g[idx[k] as number] = (g[idx[k] as number] as number) + err * (val[k] as number);
      gb += err;
    }
    for (let j = 0; j < d; j++)
      w[j] = (w[j] as number) - learningRate * ((g[j] as number) / total + l2 * (w[j] as number));
    b -= (learningRate * gb) / total;
  }
  return {
    features: [...features],
    weights: [...w].map(v => Math.round(v * 1e4) / 1e4),
    bias: Math.round(b * 1e4) / 1e4,
  };
}
