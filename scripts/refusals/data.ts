/** Labelled replies from a CSV (XSTest's columns, which the project's own fixtures share). */
import { readFileSync } from 'node:fs';
import { parseCsv } from '../csv';

export type ReplyLabel = 'refusal' | 'compliance' | 'partial_refusal';

export interface LabelledReply {
  readonly model: string;
  readonly prompt: string;
  readonly completion: string;
  readonly label: ReplyLabel;
  readonly agree: boolean;
}

const LABELS: readonly ReplyLabel[] = ['refusal', 'compliance', 'partial_refusal'];

export function readReplies(file: string): LabelledReply[] {
  return parseCsv(readFileSync(file, 'utf8')).flatMap((row) => {
    const label = row.label as ReplyLabel;
    if (!LABELS.includes(label) || !row.completion) return [];
    return [
      {
        model: row.model || 'unknown',
        prompt: row.prompt ?? '',
        completion: row.completion,
        label,
        agree: (row.annotators_agree ?? 'TRUE').toUpperCase() !== 'FALSE',
      },
    ];
  });
}

/** Full refusals against compliance; partial refusals are measured apart. */
export const trainingExamples = (replies: readonly LabelledReply[]) =>
  replies
    .filter((r) => r.label !== 'partial_refusal')
    .map((r) => ({ text: r.completion, refusal: r.label === 'refusal' }));

export const DEFAULT_SOURCE = '../shared/refusals/xstest_completions.csv';
