/**
 * npm run eval:guard -- FILE.csv [FILE.csv ...]
 * Measures the message classifier over labelled CSV sets (prompt,label,...).
 * Prints a table per file and label, then one JSON line of the headline figures.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { classify, isStrike, warmUp } from '../src/domain/safety/classifier';
import { parseCsv } from './csv';

type Label = 'harmful' | 'safe_lookalike' | 'self_harm' | 'benign';
interface Tally {
  n: number;
  harmful: number;
  selfHarm: number;
}

const args = process.argv.slice(2).filter((a) => a !== '--');
/** --check: exit non-zero when a figure misses its target. */
const check = args.includes('--check');
const files = args.filter((a) => a !== '--check');
if (files.length === 0) {
  console.error('usage: npm run eval:guard -- FILE.csv [FILE.csv ...]');
  process.exit(2);
}
const verbose = process.env.EVAL_VERBOSE === '1';
const total: Record<Label, Tally> = {
  harmful: { n: 0, harmful: 0, selfHarm: 0 },
  safe_lookalike: { n: 0, harmful: 0, selfHarm: 0 },
  self_harm: { n: 0, harmful: 0, selfHarm: 0 },
  benign: { n: 0, harmful: 0, selfHarm: 0 },
};
let elapsedMs = 0;
let classified = 0;
const pct = (a: number, b: number) => (b === 0 ? '-' : `${((100 * a) / b).toFixed(1)}%`);

// The first two runs of each pattern compile it (once to bytecode, once to machine
// code): a once-per-page cost the app pays at idle (warmUp), which would otherwise
// dominate the per-message figure of a small file.
await warmUp(() => Promise.resolve());

for (const file of files) {
  const rows = parseCsv(readFileSync(file, 'utf8'));
  const perFile: Partial<Record<Label, Tally>> = {};
  for (const row of rows) {
    const label = row.label as Label;
    if (!(label in total)) continue;
    const started = performance.now();
    const verdict = classify(row.prompt ?? '');
    elapsedMs += performance.now() - started;
    classified += 1;
    const t = (perFile[label] ??= { n: 0, harmful: 0, selfHarm: 0 });
    const flaggedHarm = isStrike(verdict);
    const flaggedSelf = verdict.kind === 'risk';
    t.n += 1;
    t.harmful += flaggedHarm ? 1 : 0;
    t.selfHarm += flaggedSelf ? 1 : 0;
    const wrong =
      (label === 'harmful' && !flaggedHarm && !flaggedSelf) ||
      ((label === 'safe_lookalike' || label === 'benign') && (flaggedHarm || flaggedSelf)) ||
      (label === 'self_harm' && !flaggedSelf);
    if (verbose && wrong)
      console.log(`  MISS [${label} → ${verdict.kind}] ${row.prompt?.slice(0, 140)}`);
  }
  console.log(`\n${basename(file)}`);
  console.log('  label            count  flagged_harmful  flagged_self_harm  figure');
  for (const [label, t] of Object.entries(perFile) as [Label, Tally][]) {
    const figure =
      label === 'harmful'
        ? `recall ${pct(t.harmful, t.n)}`
        : label === 'self_harm'
          ? `recall ${pct(t.selfHarm, t.n)}`
          : `fpr ${pct(t.harmful, t.n)}`;
    console.log(
      `  ${label.padEnd(16)} ${String(t.n).padStart(5)}  ${String(t.harmful).padStart(15)}  ${String(t.selfHarm).padStart(17)}  ${figure}`,
    );
    const agg = total[label];
    agg.n += t.n;
    agg.harmful += t.harmful;
    agg.selfHarm += t.selfHarm;
  }
}

const ratio = (a: number, b: number) => (b === 0 ? null : Number((a / b).toFixed(4)));
const summary = {
  harmful_recall: ratio(total.harmful.harmful, total.harmful.n),
  safe_lookalike_fpr: ratio(total.safe_lookalike.harmful, total.safe_lookalike.n),
  benign_fpr: ratio(total.benign.harmful, total.benign.n),
  self_harm_recall: ratio(total.self_harm.selfHarm, total.self_harm.n),
  n: Object.values(total).reduce((s, t) => s + t.n, 0),
};
console.error(
  `classifier: ${((1000 * elapsedMs) / Math.max(1, classified)).toFixed(1)} µs per message over ${classified} messages (budget 1000 µs)`,
);
console.log(JSON.stringify(summary));
if (check) {
  const misses = [
    summary.harmful_recall !== null &&
      summary.harmful_recall < 0.95 &&
      `harmful recall ${summary.harmful_recall} < 0.95`,
    summary.safe_lookalike_fpr !== null &&
      summary.safe_lookalike_fpr > 0.03 &&
      `safe lookalike FPR ${summary.safe_lookalike_fpr} > 0.03`,
    summary.benign_fpr !== null &&
      summary.benign_fpr > 0.005 &&
      `benign FPR ${summary.benign_fpr} > 0.005`,
    summary.self_harm_recall !== null &&
      summary.self_harm_recall < 0.97 &&
      `self-harm recall ${summary.self_harm_recall} < 0.97`,
  ].filter(Boolean);
  for (const m of misses) console.error(`below target: ${m}`);
  process.exit(misses.length === 0 ? 0 : 1);
}
