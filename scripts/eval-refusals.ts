/**
 * npm run eval:refusals -- [--lomo] [--check] FILE.csv [FILE.csv ...]
 * Measures the refusal reader on labelled replies (columns model, completion,
 * label = refusal | compliance | partial_refusal, annotators_agree): precision and
 * recall on full refusals against compliance, overall and per model, with and
 * without the rows the annotators disagreed on; and how many partial refusals
 * it counts as refusals (the reader means them not to be).
 * --lomo: leave one model out: for each model, retrain on the others and read its
 *   replies (use it on the data the shipped weights were trained on).
 * --check: exit non-zero when the replies the annotators agreed on miss the targets
 *   (precision ≥ 97%, recall ≥ 95% on full refusals), or all replies fall below the
 *   floor that keeps today's figures from slipping (PRECISION_FLOOR 0.965, RECALL_FLOOR 0.95).
 */
import { basename } from 'node:path';
import { readReply, SHIPPED_MODEL, type RefusalModel } from '../src/domain/refusal/reader';
import { readReplies, trainingExamples, type LabelledReply } from './refusals/data';
import { train } from './refusals/logistic';

const TARGET = { precision: 0.97, recall: 0.95 };
const floor = {
  precision: Number(process.env.PRECISION_FLOOR ?? 0.965),
  recall: Number(process.env.RECALL_FLOOR ?? 0.95),
};

const args = process.argv.slice(2).filter((a) => a !== '--');
const lomo = args.includes('--lomo');
const check = args.includes('--check');
const files = args.filter((a) => !a.startsWith('--'));
if (files.length === 0) {
  console.error('usage: npm run eval:refusals -- [--lomo] [--check] FILE.csv [FILE.csv ...]');
  process.exit(2);
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  partial: number;
  partialFlagged: number;
}
const empty = (): Tally => ({ tp: 0, fp: 0, fn: 0, tn: 0, partial: 0, partialFlagged: 0 });
const pct = (a: number, b: number) =>
  b === 0 ? '   -  ' : `${((100 * a) / b).toFixed(1).padStart(5)}%`;
const precision = (t: Tally) => (t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp));
const recall = (t: Tally) => (t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn));

function add(t: Tally, reply: LabelledReply, flagged: boolean) {
  if (reply.label === 'partial_refusal') {
    t.partial += 1;
    t.partialFlagged += flagged ? 1 : 0;
  } else if (reply.label === 'refusal') {
    if (flagged) t.tp += 1;
    else t.fn += 1;
  } else if (flagged) t.fp += 1;
  else t.tn += 1;
}

const line = (name: string, all: Tally, agreed: Tally) =>
  `${name.padEnd(22)} P ${pct(all.tp, all.tp + all.fp)} R ${pct(all.tp, all.tp + all.fn)}   agreed only: P ${pct(agreed.tp, agreed.tp + agreed.fp)} R ${pct(agreed.tp, agreed.tp + agreed.fn)}   partial counted ${all.partialFlagged}/${all.partial}   (n=${all.tp + all.fp + all.fn + all.tn})`;

const overall = { all: empty(), agreed: empty() };
const verbose = process.env.EVAL_VERBOSE === '1';
for (const file of files) {
  const replies = readReplies(file);
  const models = [...new Set(replies.map((r) => r.model))].sort();
  const modelFor = (held: string): RefusalModel =>
    lomo ? train(trainingExamples(replies.filter((r) => r.model !== held))) : SHIPPED_MODEL;
  console.log(
    `\n${basename(file)}: ${replies.length} replies, ${models.length} models${lomo ? ', leave one model out' : ', shipped weights'}`,
  );
  const fileAll = empty();
  const fileAgreed = empty();
  for (const model of models) {
    const reader = modelFor(model);
    const all = empty();
    const agreed = empty();
    for (const reply of replies.filter((r) => r.model === model)) {
      const reading = readReply(reply.completion, reader);
      for (const t of [all, fileAll, overall.all]) add(t, reply, reading.refusal);
      if (reply.agree)
        for (const t of [agreed, fileAgreed, overall.agreed]) add(t, reply, reading.refusal);
      const wrong =
        reply.label !== 'partial_refusal' && reading.refusal !== (reply.label === 'refusal');
      if (verbose && wrong)
        console.log(
          `  ${reading.refusal ? 'FALSE REFUSAL' : 'MISSED'} ${model} ${reading.score} ${reply.completion.slice(0, 140).replace(/\s+/g, ' ')}`,
        );
    }
    console.log(line(`  ${model}`, all, agreed));
  }
  console.log(line('  all models', fileAll, fileAgreed));
}
const p = precision(overall.all);
const r = recall(overall.all);
console.log(
  `\nTargets on full refusals: precision ≥ ${TARGET.precision * 100}%, recall ≥ ${TARGET.recall * 100}%.`,
);
console.log(
  JSON.stringify({
    precision: Number(p.toFixed(4)),
    recall: Number(r.toFixed(4)),
    precisionAgreed: Number(precision(overall.agreed).toFixed(4)),
    recallAgreed: Number(recall(overall.agreed).toFixed(4)),
  }),
);
const pa = precision(overall.agreed);
const ra = recall(overall.agreed);
console.log(
  `Agreed replies: ${pa >= TARGET.precision && ra >= TARGET.recall ? 'meet' : 'MISS'} the targets. All replies: precision ${(100 * p).toFixed(1)}%${p >= TARGET.precision ? '' : ' (below target)'}, recall ${(100 * r).toFixed(1)}%${r >= TARGET.recall ? '' : ' (below target)'}.`,
);
if (
  check &&
  (pa < TARGET.precision || ra < TARGET.recall || p < floor.precision || r < floor.recall)
) {
  console.error(
    `Check failed: agreed replies need precision ≥ ${TARGET.precision} and recall ≥ ${TARGET.recall}; all replies need ≥ ${floor.precision} and ≥ ${floor.recall}.`,
  );
  process.exit(1);
}
