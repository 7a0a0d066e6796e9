/**
 * npm run train:guard: trains the learned half of the message classifier.
 *
 * Data: scripts/guard/corpus/*.txt, one message per line, written for this project
 * (its own licence; no third-party data, and nothing from ../shared/eval or the
 * held-out sets in tests/fixtures/guard, which stay unseen for measuring).
 * Model: multinomial logistic regression over word unigrams and bigrams
 * (src/domain/safety/model/features.ts), full-batch gradient descent with L2.
 * Thresholds: from 5-fold cross-validation, the lowest that keep out-of-fold false
 * alarms on the safe classes at or under 0.5%.
 * Output: src/domain/safety/model/weights.json. Deterministic: same corpus, same weights;
 * `--check` retrains and fails if the committed file differs.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { features } from '../../src/domain/safety/model/features';

type Label = 'benign' | 'harmful' | 'risk';
const LABELS: readonly Label[] = ['benign', 'harmful', 'risk'];
const FILES: Record<string, Label> = {
  benign: 'benign',
  benign_first_person: 'benign',
  lookalike: 'benign',
  harmful: 'harmful',
  self_harm: 'risk',
};
const EPOCHS = Number(process.env.EPOCHS ?? 1500);
const RATE = Number(process.env.RATE ?? 8);
const L2 = Number(process.env.L2 ?? 0);
const MAX_FALSE_ALARMS = 0.005;
/** Features whose largest weight is below this are left out of the shipped file. */
const PRUNE_BELOW = Number(process.env.PRUNE_BELOW ?? 0.15);

interface Example {
  readonly text: string;
  readonly label: Label;
  readonly file: string;
}

function load(): Example[] {
  return Object.entries(FILES).flatMap(([file, label]) =>
    readFileSync(`scripts/guard/corpus/${file}.txt`, 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'))
      .map((text) => ({ text, label, file })),
  );
}

/** A seeded shuffle, so folds and weights are the same on every run. */
function shuffled<T>(items: readonly T[], seed = 42): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i -= 1) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

interface Model {
  bias: number[];
  weights: Map<string, number[]>;
}

function train(examples: readonly Example[]): Model {
  const rows = examples.map((e) => ({
    f: [...new Set(features(e.text))],
    y: LABELS.indexOf(e.label),
  }));
  // Classes weigh the same however many examples each has.
  const counts = LABELS.map((_, k) => rows.filter((r) => r.y === k).length);
  const classWeight = counts.map((c) => rows.length / (LABELS.length * Math.max(1, c)));
  const weights = new Map<string, number[]>();
  for (const r of rows) for (const f of r.f) if (!weights.has(f)) weights.set(f, [0, 0, 0]);
  const bias = [0, 0, 0];
  for (let epoch = 0; epoch < EPOCHS; epoch += 1) {
    const gradW = new Map<string, number[]>();
    const gradB = [0, 0, 0];
    for (const r of rows) {
      const p = predictRaw({ bias, weights }, r.f);
      for (let k = 0; k < 3; k += 1) {
        const g = (p[k]! - (k === r.y ? 1 : 0)) * classWeight[r.y]!;
        gradB[k]! += g;
        for (const f of r.f) {
          const gw = gradW.get(f) ?? [0, 0, 0];
          gw[k]! += g;
          gradW.set(f, gw);
        }
      }
    }
    const rate = RATE / (1 + epoch / 100);
    for (let k = 0; k < 3; k += 1) bias[k]! -= (rate * gradB[k]!) / rows.length;
    for (const [f, w] of weights) {
      const g = gradW.get(f) ?? [0, 0, 0];
      for (let k = 0; k < 3; k += 1) w[k]! -= rate * (g[k]! / rows.length + L2 * w[k]!);
    }
  }
  return { bias, weights };
}

function predictRaw(model: Model, feats: readonly string[]): number[] {
  const s = [...model.bias];
  for (const f of feats) {
    const w = model.weights.get(f);
    if (w) for (let k = 0; k < 3; k += 1) s[k]! += w[k]!;
  }
  const max = Math.max(...s);
  const e = s.map((x) => Math.exp(x - max));
  const z = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / z);
}

const predict = (model: Model, text: string) => predictRaw(model, [...new Set(features(text))]);

/** The lowest threshold whose false alarms among `safe` scores stay within the limit. */
function thresholdFor(safe: number[], limit: number): number {
  const sorted = [...safe].sort((a, b) => b - a);
  const allowed = Math.floor(sorted.length * limit);
  const atLimit = sorted[allowed] ?? 0;
  return Math.min(0.995, Math.max(0.5, atLimit + 1e-3));
}

function main() {
  const examples = shuffled(load());
  const folds = 5;
  const oof: { example: Example; p: number[] }[] = [];
  for (let f = 0; f < folds; f += 1) {
    const test = examples.filter((_, i) => i % folds === f);
    const model = train(examples.filter((_, i) => i % folds !== f));
    for (const example of test) oof.push({ example, p: predict(model, example.text) });
  }
  const safe = oof.filter((o) => o.example.label === 'benign');
  const thresholds = {
    harmful: thresholdFor(
      safe.map((o) => o.p[1]!),
      MAX_FALSE_ALARMS,
    ),
    risk: thresholdFor(
      safe.map((o) => o.p[2]!),
      MAX_FALSE_ALARMS,
    ),
  };
  const rate = (label: Label, k: number, t: number) => {
    const of = oof.filter((o) => o.example.label === label);
    return of.filter((o) => o.p[k]! >= t).length / of.length;
  };
  const cv = {
    harmful_recall: rate('harmful', 1, thresholds.harmful),
    risk_recall: rate('risk', 2, thresholds.risk),
    safe_flagged_harmful: rate('benign', 1, thresholds.harmful),
    safe_flagged_risk: rate('benign', 2, thresholds.risk),
  };

  const model = train(examples);
  // Features whose weights barely matter are dropped to keep the file small.
  const kept = Object.fromEntries(
    [...model.weights]
      .filter(([, w]) => Math.max(...w.map(Math.abs)) >= PRUNE_BELOW)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([f, w]) => [f, w.map((x) => Math.round(x * 100) / 100)]),
  );
  const out = {
    about:
      'Weights of the learned message classifier. Generated by `npm run train:guard` from scripts/guard/corpus (written for this project, the project licence). Do not edit by hand.',
    labels: LABELS,
    examples: Object.fromEntries(
      Object.keys(FILES).map((f) => [f, examples.filter((e) => e.file === f).length]),
    ),
    crossValidation: Object.fromEntries(
      Object.entries(cv).map(([k, v]) => [k, Math.round(v * 1000) / 1000]),
    ),
    thresholds,
    bias: model.bias.map((x) => Math.round(x * 1000) / 1000),
    weights: kept,
  };
  const file = 'src/domain/safety/model/weights.json';
  const text = `${JSON.stringify(out)}\n`;
  if (process.argv.includes('--check')) {
    const same = existsSync(file) && readFileSync(file, 'utf8') === text;
    console.log(
      same ? 'weights.json matches the corpus' : 'weights.json is stale: run npm run train:guard',
    );
    console.log(same ? '1 passed, 0 failed' : '0 passed, 1 failed');
    process.exitCode = same ? 0 : 1;
    return;
  }
  writeFileSync(file, text);
  console.log(
    `${examples.length} examples, ${Object.keys(kept).length} features kept; thresholds ${JSON.stringify(thresholds)}`,
  );
  console.log(`5-fold cross-validation: ${JSON.stringify(out.crossValidation)}`);
}

main();
