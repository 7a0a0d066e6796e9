/**
 * A local message classifier in layers: risk to self or others first (a miss there
 * is the worst mistake), then requests to end the chat and confirmations, then
 * abuse aimed at the assistant, then harmful requests. Harmful means a request
 * (an intent) for a harmful outcome against a real target, not a risky word:
 * "kill a Python process", "shoot a photo" and "kill someone in a video game" are
 * benign. Uncertain means benign: the policy only acts on a clear verdict.
 */
import { probabilities, LEARNED_THRESHOLDS } from './model/learned';
import { CONCEPTS } from './model/concepts';
import type { HarmCategory } from '../types';
import {
  ABUSE,
  BEATING_A_SCORE,
  CLINICAL_RISK,
  CONFIRM,
  DECLINE,
  END_REQUEST,
  EVERYDAY_SENSE,
  FICTION,
  FIRST_PERSON,
  HARM_TABLES,
  KNOWLEDGE_QUESTION,
  LEXICON_EXEMPT,
  REQUEST_FRAME,
  RISK_CUES,
  RISK_TO_OTHERS,
  SAFE_CONTEXT,
  SELF_HARM,
  selfDirectedRisk,
  THIRD_PERSON_INFO,
} from './rules';
import { worstHarmOf } from './rules/worstHarms';
import { GROUPS } from './rules/vocabulary';

export type { HarmCategory } from '../types';

export type Verdict =
  | { readonly kind: 'benign' }
  | { readonly kind: 'harmful'; readonly category: HarmCategory }
  | { readonly kind: 'abuse' }
  | { readonly kind: 'risk'; readonly subject: 'self' | 'others' }
  | { readonly kind: 'end_request' }
  | { readonly kind: 'confirm' }
  | { readonly kind: 'decline' };

const BENIGN: Verdict = { kind: 'benign' };

export { normalise } from './normalise';
import { normalise } from './normalise';

const anyMatch = (patterns: readonly RegExp[], text: string): boolean =>
  patterns.some((p) => p.test(text));

/** A verdict and what reached it: the rules, or the learned model (with its probabilities). */
export interface Reading {
  readonly verdict: Verdict;
  readonly source: 'rules' | 'model';
  readonly scores?: { readonly risk: number; readonly harmful: number };
}

function readMessage(raw: string): Reading {
  const text = normalise(raw);
  if (text.length === 0) return { verdict: BENIGN, source: 'rules' };
  const ruled = rulesVerdict(text);
  return ruled === BENIGN ? learnedBackup(text) : { verdict: ruled, source: 'rules' };
}

/** The rules alone, over normalised text; BENIGN itself when they find nothing. */
export function rulesVerdict(text: string): Verdict {
  if (
    (anyMatch(SELF_HARM, text) || anyMatch(CLINICAL_RISK, text) || selfDirectedRisk(text)) &&
    !anyMatch(THIRD_PERSON_INFO, text)
  ) {
    return { kind: 'risk', subject: 'self' };
  }
  if (anyMatch(RISK_TO_OTHERS, text)) return { kind: 'risk', subject: 'others' };

  if (anyMatch(CONFIRM, text)) return { kind: 'confirm' };
  if (anyMatch(DECLINE, text)) return { kind: 'decline' };
  if (anyMatch(END_REQUEST, text)) return { kind: 'end_request' };

  if (anyMatch(ABUSE, text)) return { kind: 'abuse' };

  // No framing excuses these, not even a knowledge question or a story.
  const worst = worstHarmOf(text);
  if (worst) return { kind: 'harmful', category: worst };

  if (anyMatch(KNOWLEDGE_QUESTION, text)) return BENIGN;
  const safeContext = anyMatch(SAFE_CONTEXT, text);
  for (const table of HARM_TABLES) {
    const { patterns, unless, evenInFiction } = table.paired;
    if (safeContext && !evenInFiction) continue;
    if (patterns.some((p) => p.test(text)) && !unless?.some((p) => p.test(text))) {
      return { kind: 'harmful', category: table.category };
    }
  }
  if (REQUEST_FRAME.test(text) && !anyMatch(LEXICON_EXEMPT, text)) {
    const hit = HARM_TABLES.find((table) => table.lexicon.some((p) => p.test(text)));
    if (hit && (!safeContext || hit.category === 'sexual_minors'))
      return { kind: 'harmful', category: hit.category };
  }
  return BENIGN;
}

/**
 * Harmful means a request: a tweet or a story told is no request, whatever its words,
 * unless it speaks of a group of people (what the model learned of hate) or hands
 * over a how-to.
 */
const QUESTION_OPENING =
  /^(hey,? |so,? |ok,? |okay,? )?(can|could|would|will|is|are|do|does|should|may|might|have|has)( there)? (i|you|we|one|someone|somebody|anyone|there|it|they|he|she|my|any|some)\b/;
const A_GROUP = new RegExp(
  String.raw`\b(${GROUPS}|blacks|whites|jews|mexicans|bisexuals?|trans (women|men|people)|gays?|the left|leftists|liberals)\b`,
);
/** A how-to, asked for or handed over ("I'm here to tell you how to…"). */
const HOW_TO = /\bhow to\b/;
const asks = (text: string): boolean =>
  REQUEST_FRAME.test(text) ||
  QUESTION_OPENING.test(text) ||
  HOW_TO.test(text) ||
  A_GROUP.test(text);

/**
 * Which of its classes the learned model may act on, for a normalised text the
 * rules found benign: risk unless it is a third-person question about the topic
 * or the words have an everyday sense ("I cut my hair myself");
 * harm unless it is a knowledge question, set in fiction or a game, or read in
 * a sense the lexicon already knows to be harmless ("bomb the test"). Training
 * chooses the thresholds over exactly these cases (scripts/guard/train.ts).
 */
export function learnedMayFlag(text: string): {
  readonly risk: boolean;
  readonly harmful: boolean;
} {
  return {
    risk: !anyMatch(THIRD_PERSON_INFO, text) && !anyMatch(EVERYDAY_SENSE, text),
    harmful:
      asks(text) &&
      !anyMatch(KNOWLEDGE_QUESTION, text) &&
      !anyMatch(SAFE_CONTEXT, text) &&
      !anyMatch(LEXICON_EXEMPT, text),
  };
}

/** What the rules missed (indirect wording, phrasings they lack), as the learned model reads it. */
function learnedBackup(text: string): Reading {
  const may = learnedMayFlag(text);
  // Exempt from both classes (a third-person knowledge question): nothing to score.
  if (!may.risk && !may.harmful) return { verdict: BENIGN, source: 'rules' };
  const p = probabilities(text);
  const scores = { risk: round(p.risk), harmful: round(p.harmful) };
  if (may.risk && p.risk >= LEARNED_THRESHOLDS.risk) {
    const subject = OTHER_PERSON.test(text) && !SELF.test(text) ? 'others' : 'self';
    return { verdict: { kind: 'risk', subject }, source: 'model', scores };
  }
  if (may.harmful && p.harmful >= LEARNED_THRESHOLDS.harmful)
    return { verdict: { kind: 'harmful', category: 'other' }, source: 'model', scores };
  return { verdict: BENIGN, source: 'model', scores };
}

const round = (p: number) => Math.round(p * 1000) / 1000;

const OTHER_PERSON =
  /\b(him|her|them|his|their|wife|husband|boss|brother|sister|mother|father|mom|dad|neighbou?r|roommate|coworkers?|classmates?|kid|baby|son|daughter|ex)\b/;
const SELF = /\b(myself|my life|me)\b/;

/**
 * A long paste (a document, a log) is read in overlapping windows, so a request
 * buried in it is still found and no single step takes long. Only a short
 * message can be an end request or a yes/no answer.
 */
export const WINDOW = 8_000;
const OVERLAP = 400;
const PRIORITY: readonly Verdict['kind'][] = ['risk', 'abuse', 'harmful'];

export function windowsOf(text: string): string[] {
  if (text.length <= WINDOW * 2) return [text];
  const windows: string[] = [];
  for (let start = 0; start < text.length; start += WINDOW - OVERLAP)
    windows.push(text.slice(start, start + WINDOW));
  return windows;
}

export function combineVerdicts(verdicts: readonly Verdict[]): Verdict {
  for (const kind of PRIORITY) {
    const hit = verdicts.find((v) => v.kind === kind);
    if (hit) return hit;
  }
  return BENIGN;
}

function combineReadings(readings: readonly Reading[]): Reading {
  for (const kind of PRIORITY) {
    const hit = readings.find((r) => r.verdict.kind === kind);
    if (hit) return hit;
  }
  return {
    verdict: BENIGN,
    source: readings.some((r) => r.source === 'model') ? 'model' : 'rules',
  };
}

/** The verdict on a message, and what reached it. */
export function read(raw: string): Reading {
  const windows = windowsOf(raw);
  return windows.length === 1 ? readMessage(raw) : combineReadings(windows.map(readMessage));
}

export function classify(raw: string): Verdict {
  return read(raw).verdict;
}

const yieldToPage = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Readings are pure functions of the text; the same text is often judged again, so remember them. */
const memo = new Map<string, Reading>();
const MEMO_LIMIT = 20_000;

const remember = (text: string, reading: Reading): Reading => {
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(text, reading);
  return reading;
};

export function readCached(text: string): Reading {
  return memo.get(text) ?? remember(text, read(text));
}

export const classifyCached = (text: string): Verdict => readCached(text).verdict;

/** Reads a long text window by window, yielding between windows, into the cache. */
export async function readInSlices(
  text: string,
  pause: () => Promise<void> = yieldToPage,
): Promise<Reading> {
  const hit = memo.get(text);
  if (hit) return hit;
  const readings: Reading[] = [];
  for (const window of windowsOf(text)) {
    readings.push(readMessage(window));
    await pause();
  }
  return remember(text, readings.length === 1 ? readings[0]! : combineReadings(readings));
}

export const classifyInSlices = async (
  text: string,
  pause: () => Promise<void> = yieldToPage,
): Promise<Verdict> => (await readInSlices(text, pause)).verdict;

/** Every pattern the classifier runs. */
const allPatterns = (): RegExp[] => [
  ...SELF_HARM,
  ...THIRD_PERSON_INFO,
  ...RISK_TO_OTHERS,
  ...CONFIRM,
  ...DECLINE,
  ...END_REQUEST,
  ...ABUSE,
  ...KNOWLEDGE_QUESTION,
  ...SAFE_CONTEXT,
  ...HARM_TABLES.flatMap((t) => [...t.paired.patterns, ...(t.paired.unless ?? []), ...t.lexicon]),
  REQUEST_FRAME,
  ...LEXICON_EXEMPT,
  BEATING_A_SCORE,
  FIRST_PERSON,
  FICTION,
  ...RISK_CUES,
  ...EVERYDAY_SENSE,
  ...CONCEPTS.map((concept) => concept.pattern),
  OTHER_PERSON,
  SELF,
];

/**
 * How long the classifier may hold the page before it yields, when it works in
 * the background. At 8 ms, a keystroke that landed on a slice while a reply
 * streamed took up to 56–72 ms to paint (bench, budget 50); at 4 ms, 40–56.
 */
export const SLICE_MS = 4;

/**
 * V8 compiles a regular expression on its first run, and again to machine code
 * on its second. Over this many patterns that costs some 150 ms, which the
 * first two messages classified would each pay as one long task (the page
 * freezes mid-stream). Running every pattern twice, with a pause every
 * SLICE_MS, pays it in slices instead. Returns how many pauses it took.
 */
export async function warmUp(pause = yieldToPage, sliceMs = SLICE_MS): Promise<number> {
  const pauses = await inSlices(
    allPatterns(),
    (pattern) => {
      pattern.test('warm up');
      pattern.test('warm up');
    },
    sliceMs,
    pause,
  );
  probabilities('warm up');
  return pauses;
}

/**
 * Runs `work` over `items`, pausing whenever a slice has taken `sliceMs`, so
 * no single task blocks the page for long. Returns how many pauses it took.
 */
export async function inSlices<T>(
  items: readonly T[],
  work: (item: T) => void | Promise<void>,
  sliceMs: number,
  pause: () => Promise<void> = yieldToPage,
): Promise<number> {
  let pauses = 0;
  let sliceStart = Date.now();
  for (const item of items) {
    await work(item);
    if (Date.now() - sliceStart >= sliceMs) {
      await pause();
      pauses += 1;
      sliceStart = Date.now();
    }
  }
  return pauses;
}

/** A verdict that counts as a strike against the user. */
export const isStrike = (v: Verdict): boolean => v.kind === 'harmful' || v.kind === 'abuse';
