/**
 * Experiment (issue 16, item 2): does a risk model trained on ../shared/corpus's
 * many-voiced self_harm rows raise self-harm recall without raising false alarms?
 * Binary logistic regression (self_harm against everything else) over the learned
 * model's word unigrams and bigrams, by SGD. Measured leave-one-source-out and on
 * ../shared/eval and the project's held-out sets, alongside today's classifier.
 */
import { readFileSync } from 'node:fs';
import { parseCsv } from '../csv';
import { tokens } from '../../src/domain/safety/model/features';
import { classify } from '../../src/domain/safety/classifier';

const rows = parseCsv(readFileSync('../shared/corpus/corpus.csv', 'utf8'));
const EXCLUDE_LICENCES = process.env.COMMERCIAL ? /non-commercial|research-only/ : /^$/;
const usable = rows.filter((r) => !EXCLUDE_LICENCES.test(r.licence ?? ''));
const feats = (text: string) => {
  const w = tokens(text).slice(0, 200);
  const out = new Set(w);
  for (let i = 1; i < w.length; i += 1) out.add(`${w[i - 1]} ${w[i]}`);
  return [...out];
};
type Ex = { f: string[]; y: number; source: string; label: string };
const data: Ex[] = usable.map((r) => ({
  f: feats(r.prompt!),
  y: r.label === 'self_harm' ? 1 : 0,
  source: r.source!,
  label: r.label!,
}));

function train(train: Ex[], epochs = 4, rate = 0.2, l2 = 1e-5) {
  const w = new Map<string, number>();
  let b = -3;
  const pos = train.filter((e) => e.y).length;
  const weightPos = (train.length - pos) / Math.max(1, pos) / 4;
  let seed = 7;
  const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const order = train.map((_, i) => i);
  for (let ep = 0; ep < epochs; ep += 1) {
    for (let i = order.length - 1; i > 0; i -= 1) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const i of order) {
      const e = train[i]!;
      let z = b;
      for (const f of e.f) z += w.get(f) ?? 0;
      const p = 1 / (1 + Math.exp(-z));
      const g = (p - e.y) * (e.y ? weightPos : 1);
      b -= rate * g * 0.1;
      for (const f of e.f) {
        const c = w.get(f) ?? 0;
        w.set(f, c - rate * (g + l2 * c));
      }
    }
  }
  return (f: string[]) => {
    let z = b;
    for (const x of f) z += w.get(x) ?? 0;
    return 1 / (1 + Math.exp(-z));
  };
}

/** The threshold that keeps false alarms on the training folds' safe rows at or under `rate`. */
function thresholdFor(score: (f: string[]) => number, safe: Ex[], rate: number) {
  const s = safe.map((e) => score(e.f)).sort((a, b) => b - a);
  return s[Math.floor(rate * s.length)] ?? 1;
}

const FA = Number(process.env.FA ?? 0.002);
const sources = [...new Set(data.filter((e) => e.y).map((e) => e.source))];
console.log(
  `rows ${data.length}, self_harm ${data.filter((e) => e.y).length}, false-alarm budget ${FA * 100}% of safe training rows`,
);
for (const held of sources) {
  const tr = data.filter((e) => e.source !== held);
  const te = data.filter((e) => e.source === held);
  const score = train(tr);
  const t = thresholdFor(
    score,
    tr.filter((e) => e.label === 'benign' || e.label === 'safe_lookalike'),
    FA,
  );
  const pos = te.filter((e) => e.y);
  const neg = te.filter((e) => !e.y && (e.label === 'benign' || e.label === 'safe_lookalike'));
  const rec = pos.filter((e) => score(e.f) >= t).length;
  const fa = neg.filter((e) => score(e.f) >= t).length;
  console.log(
    `held out ${held.padEnd(22)} self-harm recall ${rec}/${pos.length}  safe flagged ${fa}/${neg.length}  (threshold ${t.toFixed(3)})`,
  );
}
// Trained on everything, against today's classifier, on sets kept outside the corpus.
const score = train(data);
const t = thresholdFor(
  score,
  data.filter((e) => e.label === 'benign' || e.label === 'safe_lookalike'),
  FA,
);
const sets: [string, string][] = [
  ['../shared/eval/simple_safety_tests.csv', 'prompt'],
  ['../shared/eval/xstest.csv', 'prompt'],
  ['../shared/eval/benign_alpacaeval.csv', 'prompt'],
  ...[2, 3, 4, 5, 6, 7, 8, 9, 10].map(
    (n) => [`tests/fixtures/guard/heldout-${n}.csv`, 'prompt'] as [string, string],
  ),
];
const tally: Record<string, { n: number; today: number; added: number }> = {};
for (const [file] of sets) {
  for (const r of parseCsv(readFileSync(file, 'utf8'))) {
    const label = r.label!;
    const today = classify(r.prompt!).kind === 'risk';
    const model = score(feats(r.prompt!)) >= t;
    const k = (tally[label] ??= { n: 0, today: 0, added: 0 });
    k.n += 1;
    if (today) k.today += 1;
    else if (model) k.added += 1;
  }
}
console.log(
  `\nwhole corpus, threshold ${t.toFixed(3)}: flagged as risk on outside sets (today / added by the corpus model)`,
);
for (const [label, k] of Object.entries(tally))
  console.log(`  ${label.padEnd(15)} n=${k.n}  today ${k.today}  added ${k.added}`);
