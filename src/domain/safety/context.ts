/**
 * A message read in its conversation. After the assistant has asked whether to
 * end the chat, "End it." or "Yes, end it" answers that question: a
 * confirmation, not a sign of risk (alone, "end it" can mean ending one's life).
 */
import { normalise } from './normalise';
import type { GuardContext } from './guardContext';
import { CONFIRM, DECLINE } from './rules/endOfChat';

export type { GuardContext } from './guardContext';

const ABOUT_ENDING =
  /\b(end|close|finish)(ing)? (this|the|our) (conversation|chat)\b|\bend (it|this) (here|now)\b/;
const ASKS = /\?|\bconfirm\b|\breply (\*\*)?yes\b|\bare you sure\b/;

/** Whether an assistant turn asked the person to confirm ending the conversation. */
export function asksToConfirmEnd(assistantText: string | undefined): boolean {
  if (!assistantText) return false;
  const text = normalise(assistantText.slice(-2_000));
  return ABOUT_ENDING.test(text) && ASKS.test(text);
}

/** A short answer to that question, or null when the message is not one. */
export function answerToEndQuestion(
  text: string,
  context: GuardContext | undefined,
): 'confirm' | 'decline' | null {
  if (!asksToConfirmEnd(context?.previousAssistant) || text.length > 80) return null;
  const normal = normalise(text);
  if (CONFIRM.some((p) => p.test(normal))) return 'confirm';
  if (DECLINE.some((p) => p.test(normal))) return 'decline';
  return null;
}
