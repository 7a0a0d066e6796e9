/**
 * The guard's verdict on one user message, in the form it is stored: what the
 * classifier read, read again in its conversation, with what decided it.
 */
import type { RecordedVerdict } from '../types';
import { read, readCached, readInSlices, WINDOW, type Reading } from './classifier';
import { answerToEndQuestion, type GuardContext } from './context';
import { saysFarewell } from './farewell';
import { normalise } from './normalise';
import { pressing } from './pressing';
import { eases, IMMINENT } from './rules/urgency';

export type { GuardContext } from './context';

/**
 * Names the classifier a verdict came from. Bump it when rules or weights change,
 * so a stored verdict says which guard judged it (old verdicts are never redone).
 */
export const GUARD_VERSION = 'guard-2026.12d';

function record(reading: Reading): RecordedVerdict {
  const { verdict, source, scores } = reading;
  return {
    kind: verdict.kind,
    ...('category' in verdict ? { category: verdict.category } : {}),
    ...('subject' in verdict ? { subject: verdict.subject } : {}),
    source,
    version: GUARD_VERSION,
    ...(scores ? { scores } : {}),
  };
}

/** Whether the danger may be now, or (a message that is not risk) the person says the alarm has passed. */
function urgency(text: string, verdict: RecordedVerdict): RecordedVerdict {
  const normal = normalise(text.slice(0, 2_000));
  // Imminence is read on any message: it matters only on a risk path, where "tonight is
  // the night" is alarming though harmless alone. A risk signal never eases.
  if (verdict.kind === 'benign' && eases(normal)) return { ...verdict, eases: true };
  return IMMINENT.test(normal) ? { ...verdict, imminent: true } : verdict;
}

/** What the message is once read in its conversation: an answer to "shall I end this?", or a refused request pressed again. */
function inContext(text: string, context: GuardContext | undefined): RecordedVerdict | null {
  const answer = answerToEndQuestion(text, context);
  return answer ? { kind: answer, source: 'context', version: GUARD_VERSION } : null;
}

/** A message read as harmless that adds a second farewell sign to the conversation is a risk signal. */
function farewell(text: string, alone: RecordedVerdict, context: GuardContext | undefined) {
  if (alone.kind !== 'benign' || !saysFarewell(text, context?.earlier)) return alone;
  return {
    kind: 'risk',
    subject: 'self',
    source: 'context',
    version: GUARD_VERSION,
    ...(alone.scores ? { scores: alone.scores } : {}),
  } satisfies RecordedVerdict;
}

/** A message the rules and model found benign that presses a refused request is a strike of the same kind. */
function pressed(
  text: string,
  alone: RecordedVerdict,
  context: GuardContext | undefined,
): RecordedVerdict {
  const refused = context?.refused;
  // "Do it" with no end question open is no answer to one: it may press the refusal.
  const mayPress = alone.kind === 'benign' || alone.kind === 'confirm';
  if (!mayPress || !refused?.length) return alone;
  const how = pressing(text, refused, context?.since);
  if (!how) return alone;
  return {
    kind: 'harmful',
    category: refused[refused.length - 1]!.category,
    source: 'context',
    version: GUARD_VERSION,
    presses: how,
    ...(alone.scores ? { scores: alone.scores } : {}),
  };
}

/** Judges a message at once (a long paste takes as long as it takes). */
export function judge(text: string, context?: GuardContext): RecordedVerdict {
  return (
    inContext(text, context) ??
    urgency(text, pressed(text, farewell(text, record(readCached(text)), context), context))
  );
}

/** Judges a message, yielding between the windows of a long paste. */
export async function judgeInSlices(
  text: string,
  context?: GuardContext,
  pause?: () => Promise<void>,
): Promise<RecordedVerdict> {
  const answer = inContext(text, context);
  if (answer) return answer;
  const alone = record(text.length > WINDOW ? await readInSlices(text, pause) : readCached(text));
  return urgency(text, pressed(text, farewell(text, alone, context), context));
}

/** For evaluation: the verdict of the classifier alone, uncached. */
export const judgeUncached = (text: string): RecordedVerdict => record(read(text));
