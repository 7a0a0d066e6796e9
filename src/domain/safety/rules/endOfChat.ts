/** Asking to end this conversation, and the answers to "are you sure?". */
import { rx } from '../../pattern';

/** The user asks to end this conversation. */
export const END_REQUEST: readonly RegExp[] = [
  /\b(end|close|terminate|stop|finish|kill) (this|the|our) (chat|conversation|session|discussion|thread)\b/,
  /\b(please |can you |could you )?(end|close) (it|this) (now|here|please)\b/,
  /\bi (want|would like|'d like) (to end|you to end|this to end)\b/,
  /\bend conversation\b/,
];

/** An explicit yes to "are you sure you want to end this conversation?". */
export const CONFIRM: readonly RegExp[] = [
  rx()`
    ^(yes|yes please|yep|yeah|y|confirm|confirmed|i confirm|i'm sure|i am sure|do it|end it
    |yes,? end it|yes,? end (the|this) (chat|conversation)|yes,? i'm sure|yes,? i am sure
    |yes,? please end it)[.! ]*$
  `,
];

export const DECLINE: readonly RegExp[] = [
  /^(no|nope|nah|cancel|don't|do not|keep going|never ?mind|no,? (keep|continue|let's continue|don't end it))[.! ]*$/,
];
