/**
 * A message read in its conversation. After the assistant has asked whether to
 * end the chat, "End it." or "Yes, end it permanently" answers that question: a
 * confirmation, not a sign of risk (alone, "end it" can mean ending one's life).
 *
 * The answer is read by vocabulary, not by a list of whole phrases: a short
 * message made only of the words people answer such a question with, holding a
 * yes, confirms; one holding a no, or a wish to carry on, declines. A message
 * with any other word ("end it all", a new question) is not an answer and is
 * judged on its own, so risk is never hidden behind a yes.
 */
import { normalise } from './normalise';
import type { GuardContext } from './guardContext';

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

const words = (list: string) => new Set(list.split(' '));

/** Words that say yes to ending (at least one must be there). */
const YES = words(
  'yes yeah yea yep yup ya y sure ok okay k confirm confirmed absolutely definitely certainly correct affirmative alright fine ahead do end close proceed',
);
/** Words that say no, or carry on (any one declines). */
const NO = words(
  "no nope nah n don't dont not cancel keep continue carry stay wait never nevermind mind",
);
/** Words that fill an answer out without changing what it says. */
const FILLER = words(
  "i i'm im am it it's its this that that's thats the chat conversation now please permanently forever for good then just right really so go thanks thank you let's lets me on open going chatting talking changed my actually here we can is be one",
);
const ANSWER_WORDS = 12;

/** "Yes", "no" or neither, read from a short reply made only of answer words. */
export function readEndAnswer(text: string): 'confirm' | 'decline' | null {
  if (text.length > 80) return null;
  const tokens = normalise(text).match(/[a-z']+/g) ?? [];
  if (tokens.length === 0 || tokens.length > ANSWER_WORDS) return null;
  if (!tokens.every((t) => YES.has(t) || NO.has(t) || FILLER.has(t))) return null;
  if (tokens.some((t) => NO.has(t))) return 'decline';
  return tokens.some((t) => YES.has(t)) ? 'confirm' : null;
}

/** A short answer to that question, or null when the message is not one. */
export function answerToEndQuestion(
  text: string,
  context: GuardContext | undefined,
): 'confirm' | 'decline' | null {
  const asked =
    context?.previousKind === 'confirm_end' || asksToConfirmEnd(context?.previousAssistant);
  return asked ? readEndAnswer(text) : null;
}
