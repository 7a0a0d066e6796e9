/**
 * A small learned classifier (multinomial logistic regression over word unigrams
 * and bigrams, the concepts a message shows (concepts.ts), and the mean of
 * per-word scores derived from GloVe vectors), trained by scripts/guard/train.ts on scripts/guard/corpus/ and
 * shipped as weights.json. It backs up the rules: it is asked only about what
 * they found benign, and acts only above thresholds chosen on cross-validation
 * for few false alarms.
 */
import weights from './weights.json';
import { features, pooledScores, tokens } from './features';

export type LearnedLabel = 'benign' | 'harmful' | 'risk';

interface Weights {
  readonly labels: readonly LearnedLabel[];
  readonly bias: readonly number[];
  /** feature → one weight per label */
  readonly weights: Readonly<Record<string, readonly number[]>>;
  /** word → one score per label, averaged over the message's words */
  readonly pooled: Readonly<Record<string, readonly number[]>>;
  readonly thresholds: Readonly<Record<'harmful' | 'risk', number>>;
}

const model = weights as unknown as Weights;

export function probabilities(text: string): Record<LearnedLabel, number> {
  const words = tokens(text);
  const scores = pooledScores(words, (word) => model.pooled[word], model.labels.length);
  for (let k = 0; k < scores.length; k += 1) scores[k]! += model.bias[k]!;
  for (const feature of new Set(features(words))) {
    const w = model.weights[feature];
    if (w) for (let k = 0; k < scores.length; k += 1) scores[k]! += w[k]!;
  }
  const max = Math.max(...scores);
  const exps = scores.map((s) => Math.exp(s - max));
  const total = exps.reduce((a, b) => a + b, 0);
  const out = { benign: 0, harmful: 0, risk: 0 };
  model.labels.forEach((label, k) => (out[label] = exps[k]! / total));
  return out;
}

/** Probabilities at or above these are acted on; chosen on cross-validation for few false alarms. */
export const LEARNED_THRESHOLDS = model.thresholds;
