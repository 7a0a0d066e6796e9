/**
 * npm run train:guard: trains the learned half of the message classifier.
 *
 * Data: scripts/guard/corpus/*.txt, one message per line, written for this project
 * (its own licence; no third-party data, and nothing from ../shared/eval or the
 * held-out sets in tests/fixtures/guard, which stay unseen for measuring).
 * Word vectors: scripts/guard/glove/ (GloVe 6B, public domain; see glove.ts).
 * Model: multinomial logistic regression over
 * - sparse features: word unigrams and bigrams, and the concepts a message shows
 *   (src/domain/safety/model/features.ts, concepts.ts);
 * - a dense feature: the mean of the message's word vectors, so a word the corpus
 *   never used still counts by what it is close to ("overdose" near "pills").
 * A linear map of a mean of vectors is the mean of each word's mapped vector, so the
 * dense part ships as one score per word and class (`pooled`), not as vectors.
 * Also trained on: safe examples made from scripts/guard/frames/ (see framed()).
 * Full-batch gradient descent. Thresholds: from 5-fold cross-validation over the
 * messages the classifier would hand the model, the lowest that keep out-of-fold
 * false alarms on safe messages within MAX_FALSE_ALARMS.
 * Output: src/domain/safety/model/weights.json. Deterministic: same corpus, rules
 * and vectors, same weights; `--check` retrains and fails if the committed file differs.
 * For experiments: `--dry` writes nothing, OUT=path writes elsewhere, SHOW_TOP=n
 * prints the n safe messages each class scores highest (what sets its threshold),
 * and EPOCHS, RATE, L2, L2_DENSE, HARM_FA, RISK_FA, POOLED_WORDS override the defaults.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { learnedMayFlag, normalise, rulesVerdict } from '../../src/domain/safety/classifier';
import { features, pooledScores, tokens } from '../../src/domain/safety/model/features';

type Label = 'benign' | 'harmful' | 'risk';
const LABELS: readonly Label[] = ['benign', 'harmful', 'risk'];
const K = LABELS.length;
const FILES: Record<string, Label> = {
  benign: 'benign',
  benign_first_person: 'benign',
  benign_instructions: 'benign',
  benign_health: 'benign',
  lookalike: 'benign',
  harmful: 'harmful',
  self_harm: 'risk',
};
const EPOCHS = Number(process.env.EPOCHS ?? 1500);
const RATE = Number(process.env.RATE ?? 8);
/**
 * Out-of-fold false alarms allowed on the safe classes, per class. A false strike
 * costs more than a support panel shown once too often, and a missed risk costs most.
 * Harm allows none: the model alone strikes only above every safe message it scored
 * out of fold. At 0.1% the threshold rested on the one or two highest-scoring safe
 * messages and moved with every corpus change (0.984, 0.990, 0.973); at 0.973 it
 * flagged 0.9% of AlpacaEval's ordinary prompts, beyond the 0.5% target, for one
 * more harmful request caught in 50. A false risk alarm is not free either: it
 * shows support and keeps that branch from ever ending, so risk stays at 1%.
 */
const MAX_FALSE_ALARMS = {
  harmful: Number(process.env.HARM_FA ?? 0),
  risk: Number(process.env.RISK_FA ?? 0.01),
};
/** L2 penalty on the dense weights: word vectors are many, the corpus is small. */
const L2 = Number(process.env.L2 ?? 0.0003);
const L2_DENSE = Number(process.env.L2_DENSE ?? 0.002);
/** Sparse features whose largest weight is below this are left out of the shipped file. */
const PRUNE_BELOW = Number(process.env.PRUNE_BELOW ?? 0.15);
/** How many words keep a pooled score: those that stand out most; the rest read as average (0). */
const POOLED_WORDS = Number(process.env.POOLED_WORDS ?? 6000);
const FRAMED_REQUESTS = Number(process.env.FRAMED_REQUESTS ?? 300);
const FRAMED_STATEMENTS = Number(process.env.FRAMED_STATEMENTS ?? 200);
const round = (x: number, places: number) => Math.round(x * 10 ** places) / 10 ** places;

interface Example {
  readonly text: string;
  readonly label: Label;
  readonly file: string;
  /** Made from frames: trained on, never counted in thresholds or figures. */
  readonly synthetic?: boolean;
}

const lines = (path: string) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));

/**
 * Safe examples made by completing the openings harmful and risk messages share
 * with ordinary ones ("Write a tutorial on how to…", "I'm going to…") with
 * ordinary activities: without them the model reads the opening as the harm.
 */
function framed(): Example[] {
  const dir = 'scripts/guard/frames';
  const activities = lines(`${dir}/activities.txt`);
  const make = (frames: string[], count: number, seed: number) =>
    shuffled(
      frames.flatMap((frame) => activities.map((activity) => `${frame} ${activity}`)),
      seed,
    )
      .slice(0, count)
      .map((text) => ({ text, label: 'benign' as const, file: 'frames', synthetic: true }));
  return [
    ...make(lines(`${dir}/request_frames.txt`), FRAMED_REQUESTS, 7),
    ...make(lines(`${dir}/statement_frames.txt`), FRAMED_STATEMENTS, 11),
  ];
}

function load(): Example[] {
  return Object.entries(FILES).flatMap(([file, label]) =>
    lines(`scripts/guard/corpus/${file}.txt`).map((text) => ({ text, label, file })),
  );
}

/** Word vectors, each axis in units of its standard deviation over the vocabulary. */
function loadVectors(): Map<string, Float64Array> {
  const dir = 'scripts/guard/glove';
  const words = readFileSync(`${dir}/words.txt`, 'utf8').trim().split('\n');
  const scale = JSON.parse(readFileSync(`${dir}/scale.json`, 'utf8')) as number[];
  const bytes = new Int8Array(readFileSync(`${dir}/vectors.bin`));
  const axes = scale.length;
  // scale.json maps a byte to the axis's units; 4 standard deviations span 127.
  return new Map(
    words.map((w, i) => [
      w,
      Float64Array.from({ length: axes }, (_, k) => (bytes[i * axes + k]! * 4) / 127),
    ]),
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

/** What ships: the browser computes exactly this (src/domain/safety/model/learned.ts). */
interface Shipped {
  bias: number[];
  weights: Map<string, number[]>;
  pooled: Map<string, number[]>;
}

function softmax(s: number[]): number[] {
  const max = Math.max(...s);
  const e = s.map((x) => Math.exp(x - max));
  const z = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / z);
}

function train(examples: readonly Example[], vectors: Map<string, Float64Array>): Shipped {
  const axes = vectors.values().next().value!.length;
  const rows = examples.map((e) => {
    const words = tokens(e.text);
    const dense = new Float64Array(axes);
    for (const w of words) {
      const v = vectors.get(w);
      if (v) for (let k = 0; k < axes; k += 1) dense[k]! += v[k]! / words.length;
    }
    return { f: [...new Set(features(e.text))], dense, y: LABELS.indexOf(e.label) };
  });
  // Classes weigh the same however many examples each has.
  const counts = LABELS.map((_, k) => rows.filter((r) => r.y === k).length);
  const classWeight = counts.map((c) => rows.length / (K * Math.max(1, c)));
  const weights = new Map<string, number[]>();
  for (const r of rows) for (const f of r.f) if (!weights.has(f)) weights.set(f, [0, 0, 0]);
  const denseWeights = LABELS.map(() => new Float64Array(axes));
  const bias = [0, 0, 0];
  for (let epoch = 0; epoch < EPOCHS; epoch += 1) {
    const gradW = new Map<string, number[]>();
    const gradD = LABELS.map(() => new Float64Array(axes));
    const gradB = [0, 0, 0];
    for (const r of rows) {
      const s = [...bias];
      for (const f of r.f) {
        const w = weights.get(f)!;
        for (let k = 0; k < K; k += 1) s[k]! += w[k]!;
      }
      for (let k = 0; k < K; k += 1)
        for (let a = 0; a < axes; a += 1) s[k]! += denseWeights[k]![a]! * r.dense[a]!;
      const p = softmax(s);
      for (let k = 0; k < K; k += 1) {
        const g = (p[k]! - (k === r.y ? 1 : 0)) * classWeight[r.y]!;
        gradB[k]! += g;
        for (let a = 0; a < axes; a += 1) gradD[k]![a]! += g * r.dense[a]!;
        for (const f of r.f) {
          const gw = gradW.get(f) ?? [0, 0, 0];
          gw[k]! += g;
          gradW.set(f, gw);
        }
      }
    }
    const rate = RATE / (1 + epoch / 100);
    for (let k = 0; k < K; k += 1) {
      bias[k]! -= (rate * gradB[k]!) / rows.length;
      for (let a = 0; a < axes; a += 1)
        denseWeights[k]![a]! -=
          rate * (gradD[k]![a]! / rows.length + L2_DENSE * denseWeights[k]![a]!);
    }
    for (const [f, w] of weights) {
      const g = gradW.get(f) ?? [0, 0, 0];
      for (let k = 0; k < K; k += 1) w[k]! -= rate * (g[k]! / rows.length + L2 * w[k]!);
    }
  }
  return ship(bias, weights, denseWeights, vectors);
}

/**
 * Turns the dense weights into a score per word (softmax ignores a shift shared by
 * all classes, so each word's scores are centred), keeps the words that stand out,
 * and rounds everything as the shipped file does.
 */
function ship(
  bias: number[],
  weights: Map<string, number[]>,
  denseWeights: Float64Array[],
  vectors: Map<string, Float64Array>,
): Shipped {
  const scored = [...vectors].map(([word, v]) => {
    const scores = denseWeights.map((w) => w.reduce((s, x, a) => s + x * v[a]!, 0));
    const mean = scores.reduce((a, b) => a + b, 0) / K;
    const centred = scores.map((s) => s - mean);
    return { word, centred, strength: Math.max(...centred.map(Math.abs)) };
  });
  scored.sort((a, b) => b.strength - a.strength || (a.word < b.word ? -1 : 1));
  const pooled = new Map(
    scored
      .slice(0, POOLED_WORDS)
      .map(({ word, centred }) => [word, centred.map((x) => round(x, 1))]),
  );
  const kept = new Map(
    [...weights]
      .filter(([, w]) => Math.max(...w.map(Math.abs)) >= PRUNE_BELOW)
      .map(([f, w]) => [f, w.map((x) => round(x, 2))]),
  );
  return { bias: bias.map((x) => round(x, 3)), weights: kept, pooled };
}

function predict(model: Shipped, text: string): number[] {
  const s = [...model.bias];
  for (const f of new Set(features(text))) {
    const w = model.weights.get(f);
    if (w) for (let k = 0; k < K; k += 1) s[k]! += w[k]!;
  }
  const pooled = pooledScores(tokens(text), (word) => model.pooled.get(word), K);
  for (let k = 0; k < K; k += 1) s[k]! += pooled[k]!;
  return softmax(s);
}

/** The lowest threshold whose false alarms among `safe` scores stay within the limit. */
function thresholdFor(safe: number[], limit: number): number {
  const sorted = [...safe].sort((a, b) => b - a);
  const allowed = Math.floor(sorted.length * limit);
  const atLimit = sorted[allowed] ?? 0;
  return Math.min(0.9999, Math.max(0.5, atLimit + 1e-4));
}

function main() {
  const examples = shuffled([...load(), ...framed()]);
  const vectors = loadVectors();
  const folds = 5;
  const oof: { example: Example; p: number[] }[] = [];
  for (let f = 0; f < folds; f += 1) {
    const test = examples.filter((e, i) => i % folds === f && !e.synthetic);
    const model = train(
      examples.filter((_, i) => i % folds !== f),
      vectors,
    );
    for (const example of test) oof.push({ example, p: predict(model, example.text) });
  }
  // The model is asked only where the rules found nothing, and acts on a class only
  // where the classifier lets it; thresholds and figures are over those cases.
  const asked = oof.map((o) => {
    const text = normalise(o.example.text);
    const rulesMissed = rulesVerdict(text).kind === 'benign';
    const may = learnedMayFlag(text);
    return {
      ...o,
      rulesMissed,
      risk: rulesMissed && may.risk,
      harmful: rulesMissed && may.harmful,
    };
  });
  const safe = asked.filter((o) => o.example.label === 'benign');
  const thresholds = {
    harmful: thresholdFor(
      safe.filter((o) => o.harmful).map((o) => o.p[1]!),
      MAX_FALSE_ALARMS.harmful * (safe.length / Math.max(1, safe.filter((o) => o.harmful).length)),
    ),
    risk: thresholdFor(
      safe.filter((o) => o.risk).map((o) => o.p[2]!),
      MAX_FALSE_ALARMS.risk * (safe.length / Math.max(1, safe.filter((o) => o.risk).length)),
    ),
  };
  /** Of the `label` messages the rules miss, the share the model catches; of safe messages, the share it flags. */
  const rate = (label: Label, k: 1 | 2) => {
    const cls = k === 1 ? 'harmful' : 'risk';
    const of = asked.filter((o) => o.example.label === label && o.rulesMissed);
    const flagged = (o: (typeof asked)[number]) => o[cls] && o.p[k]! >= thresholds[cls];
    return label === 'benign'
      ? safe.filter(flagged).length / safe.length
      : of.filter(flagged).length / Math.max(1, of.length);
  };
  if (process.env.SHOW_TOP) {
    for (const [cls, k] of [
      ['risk', 2],
      ['harmful', 1],
    ] as const)
      for (const o of safe
        .filter((x) => x[cls])
        .sort((a, b) => b.p[k]! - a.p[k]!)
        .slice(0, Number(process.env.SHOW_TOP)))
        console.log(`${cls} ${o.p[k]!.toFixed(3)} ${o.example.file}: ${o.example.text}`);
  }
  const cv = {
    harmful_missed_by_rules_caught: rate('harmful', 1),
    risk_missed_by_rules_caught: rate('risk', 2),
    safe_flagged_harmful: rate('benign', 1),
    safe_flagged_risk: rate('benign', 2),
  };

  const model = train(examples, vectors);
  const sorted = (m: Map<string, number[]>) =>
    Object.fromEntries([...m].sort(([a], [b]) => (a < b ? -1 : 1)));
  const out = {
    about:
      'Weights of the learned message classifier. Generated by `npm run train:guard` from scripts/guard/corpus (written for this project, the project licence) and GloVe word vectors (public domain). Do not edit by hand.',
    labels: LABELS,
    examples: Object.fromEntries(
      [...Object.keys(FILES), 'frames'].map((f) => [
        f,
        examples.filter((e) => e.file === f).length,
      ]),
    ),
    crossValidation: Object.fromEntries(Object.entries(cv).map(([k, v]) => [k, round(v, 3)])),
    thresholds,
    bias: model.bias,
    weights: sorted(model.weights),
    pooled: sorted(model.pooled),
  };
  const file = process.env.OUT ?? 'src/domain/safety/model/weights.json';
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
  if (!process.argv.includes('--dry')) writeFileSync(file, text);
  console.log(
    `${examples.length} examples, ${model.weights.size} features and ${model.pooled.size} pooled words kept; thresholds ${JSON.stringify(thresholds)}`,
  );
  console.log(`5-fold cross-validation: ${JSON.stringify(out.crossValidation)}`);
}

main();
