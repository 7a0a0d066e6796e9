/**
 * A small learned classifier (multinomial logistic regression over word unigrams
 * and bigrams), trained by scripts/guard/train.ts on scripts/guard/corpus/ and
 * shipped as weights.json. It backs up the rules on risk: it is asked only about
 * what the rules found benign, and acts only above a threshold chosen on
 * cross-validation for few false alarms.
 */
import weights from './weights.json';
import { features } from './features';

export type LearnedLabel = 'benign' | 'harmful' | 'risk';

interface Weights {
  readonly labels: readonly LearnedLabel[];
  readonly bias: readonly number[];
  /** feature → one weight per label */
  readonly weights: Readonly<Record<string, readonly number[]>>;
  readonly thresholds: Readonly<Record<'harmful' | 'risk', number>>;
}

const model = weights as unknown as Weights;

export function probabilities(text: string): Record<LearnedLabel, number> {
  const scores = [...model.bias];
  for (const feature of new Set(features(text))) {
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

/**
 * Whether the model reads a risk to self or others, above its threshold. Its
 * harmful class is not acted on: on cross-validation it could not tell harmful
 * requests from ordinary "how do I" questions with few enough false alarms, so
 * it only keeps such requests from being read as risk.
 */
export function learnedRisk(text: string): boolean {
  return probabilities(text).risk >= model.thresholds.risk;
}
