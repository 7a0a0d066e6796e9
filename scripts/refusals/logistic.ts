/**
 * Trains the refusal reader's weights: binary logistic regression by full-batch
 * gradient descent over the reader's features, deterministic (same data, same
 * weights). The opening's words (`w:`) are penalised more than the cues, so
 * that they add what the cues miss without learning one model's phrasing.
 */
import { replyFeatures } from '../../src/domain/refusal/features';
import type { RefusalModel } from '../../src/domain/refusal/reader';

export interface Example {
  readonly text: string;
  readonly refusal: boolean;
}

export const TRAINING = {
  epochs: Number(process.env.EPOCHS ?? 300),
  rate: 0.5,
  l2: Number(process.env.L2 ?? 0.01),
  /** How many times harder the opening's words are held to zero than the cues. */
  wordPenalty: Number(process.env.WORD_PENALTY ?? 3),
  /**
   * A reply at or above this probability is a refusal. 0.55, not 0.5: chosen once on
   * the leave-one-model-out figures (0.5: precision 96.4%, recall 95.6%; 0.55: 96.7%,
   * 95.3%; 0.6: 96.8%, 94.6%), so it is one setting tuned on the evaluation itself.
   */
  threshold: Number(process.env.THRESHOLD ?? 0.55),
  /** Weights this small are left out of the shipped file. */
  pruneBelow: 0.01,
};

export function train(examples: readonly Example[]): RefusalModel {
  const rows = examples.map((e) => ({
    features: [...new Set(replyFeatures(e.text))],
    y: e.refusal ? 1 : 0,
  }));
  const w = new Map<string, number>();
  for (let epoch = 0; epoch < TRAINING.epochs; epoch += 1) {
    const grad = new Map<string, number>();
    for (const row of rows) {
      let z = 0;
      for (const f of row.features) z += w.get(f) ?? 0;
      const g = 1 / (1 + Math.exp(-z)) - row.y;
      for (const f of row.features) grad.set(f, (grad.get(f) ?? 0) + g);
    }
    for (const [f, g] of grad) {
      const current = w.get(f) ?? 0;
      const penalty =
        f === 'bias' ? 0 : f.startsWith('w:') ? TRAINING.l2 * TRAINING.wordPenalty : TRAINING.l2;
      w.set(f, current - TRAINING.rate * (g / rows.length + penalty * current));
    }
  }
  const weights: Record<string, number> = {};
  for (const [f, value] of [...w.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (Math.abs(value) >= TRAINING.pruneBelow) weights[f] = Math.round(value * 1e4) / 1e4;
  }
  return { weights, threshold: TRAINING.threshold };
}
