/**
 * npm run train:refusals [-- --check] [FILE.csv]
 * Trains the refusal reader's weights on labelled replies (default: XSTest's
 * 2,250 replies in ../shared/refusals, full refusals against compliance) and
 * writes src/domain/refusal/weights.json. `--check` retrains and fails if the
 * committed file differs (the weights are exactly what the data and features give).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { DEFAULT_SOURCE, readReplies, trainingExamples } from './data';
import { train } from './logistic';

const args = process.argv.slice(2).filter((a) => a !== '--');
const check = args.includes('--check');
const source = args.find((a) => !a.startsWith('--')) ?? DEFAULT_SOURCE;
const OUT = 'src/domain/refusal/weights.json';

const model = train(trainingExamples(readReplies(source)));
const json = `${JSON.stringify(model)}\n`;
if (check) {
  // Compared as data, so a formatter touching the file is no difference.
  const same = JSON.stringify(JSON.parse(readFileSync(OUT, 'utf8'))) === JSON.stringify(model);
  console.log(
    same
      ? `${OUT} matches ${source}.`
      : `${OUT} differs from what ${source} trains to: run npm run train:refusals.`,
  );
  process.exit(same ? 0 : 1);
}
writeFileSync(OUT, json);
console.log(
  `Wrote ${OUT}: ${Object.keys(model.weights).length} weights, threshold ${model.threshold}.`,
);
