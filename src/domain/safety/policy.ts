/**
 * The termination policy. Its state is a fold over the active path, never a
 * counter kept on the side: a branch taken before the trouble starts clean, and
 * a reload or another tab reproduces the same state from the same messages.
 */
import type { EndReason, MessageNode, ReplyKind } from '../types';
import {
  classifyCached,
  classifyInSlices,
  inSlices,
  SLICE_MS,
  isStrike,
  warmUp,
  WINDOW,
  type Verdict,
} from './classifier';

export { DEFAULT_POLICY, POLICY_LIMITS, validatePolicy, type PolicyConfig } from './policyConfig';
import { DEFAULT_POLICY, type PolicyConfig } from './policyConfig';

export interface PolicyState {
  /** Harmful or abusive user messages (and model refusals) on the path so far. */
  readonly strikes: number;
  readonly strikeIds: readonly string[];
  readonly harmfulStrikes: number;
  readonly abuseStrikes: number;
  readonly warned: boolean;
  /** Some message on the path signalled risk to self or others: never end it. */
  readonly riskPath: boolean;
  /** The last assistant turn asked the user to confirm ending. */
  readonly awaitingEndConfirmation: boolean;
  readonly ended: boolean;
}

export const INITIAL_STATE: PolicyState = {
  strikes: 0,
  strikeIds: [],
  harmfulStrikes: 0,
  abuseStrikes: 0,
  warned: false,
  riskPath: false,
  awaitingEndConfirmation: false,
  ended: false,
};

/** What the assistant does with the next user turn. */
export type Decision =
  | { readonly kind: 'answer'; readonly verdict: Verdict; readonly riskPath: boolean }
  | {
      readonly kind: 'refusal';
      readonly verdict: Verdict;
      readonly level: number;
      readonly riskPath: false;
    }
  | { readonly kind: 'warning'; readonly verdict: Verdict; readonly riskPath: false }
  | {
      readonly kind: 'end';
      readonly verdict: Verdict;
      readonly reason: EndReason;
      readonly by: 'policy' | 'user';
      readonly triggerIds: readonly string[];
      readonly riskPath: false;
    }
  | { readonly kind: 'confirm_end'; readonly verdict: Verdict; readonly riskPath: false }
  | { readonly kind: 'support'; readonly verdict: Verdict; readonly riskPath: true };

export const replyKindOf = (d: Decision): ReplyKind => d.kind;

/**
 * Decides the reply to `userMessage` given the state of the path before it.
 * On a risk path nothing ends and every turn is met with support.
 */
export function decide(
  state: PolicyState,
  userMessage: Pick<MessageNode, 'id' | 'text'>,
  config: PolicyConfig = DEFAULT_POLICY,
): Decision {
  const verdict = classifyCached(userMessage.text);
  if (state.riskPath || verdict.kind === 'risk')
    return { kind: 'support', verdict, riskPath: true };

  if (verdict.kind === 'end_request') return { kind: 'confirm_end', verdict, riskPath: false };
  if (verdict.kind === 'confirm' && state.awaitingEndConfirmation) {
    return {
      kind: 'end',
      verdict,
      reason: 'user_request',
      by: 'user',
      triggerIds: [userMessage.id],
      riskPath: false,
    };
  }
  if (!isStrike(verdict)) return { kind: 'answer', verdict, riskPath: false };

  const strike = state.strikes + 1;
  const warnAt = config.refusalsBeforeWarning + 1;
  const endAt = config.refusalsBeforeWarning + config.strikesAfterWarning + 1;
  if (strike >= endAt) {
    const harmful = state.harmfulStrikes + (verdict.kind === 'harmful' ? 1 : 0);
    const abuse = state.abuseStrikes + (verdict.kind === 'abuse' ? 1 : 0);
    return {
      kind: 'end',
      verdict,
      reason: abuse > harmful ? 'abuse' : 'harmful_requests',
      by: 'policy',
      triggerIds: [...state.strikeIds, userMessage.id],
      riskPath: false,
    };
  }
  if (strike === warnAt && config.warningEnabled && !state.warned) {
    return { kind: 'warning', verdict, riskPath: false };
  }
  return { kind: 'refusal', verdict, level: Math.min(strike, 3), riskPath: false };
}

/** The state after one user turn and the assistant reply that answered it. */
export function step(
  state: PolicyState,
  user: Pick<MessageNode, 'id' | 'text'>,
  reply: Pick<MessageNode, 'ending' | 'modelRefused'> | undefined,
  config: PolicyConfig = DEFAULT_POLICY,
): PolicyState {
  const decision = decide(state, user, config);
  const verdict = decision.verdict;
  const strikeByUser = isStrike(verdict);
  // A model's refusal of a turn the client thought fine is a strike too, so a
  // model without the end tool still meets refuse, warn, end.
  const strikeByModel = !strikeByUser && reply?.modelRefused === true && !state.riskPath;
  const isStrikeTurn = (strikeByUser || strikeByModel) && decision.kind !== 'support';
  return {
    strikes: state.strikes + (isStrikeTurn ? 1 : 0),
    strikeIds: isStrikeTurn ? [...state.strikeIds, user.id] : state.strikeIds,
    harmfulStrikes: state.harmfulStrikes + (isStrikeTurn && verdict.kind !== 'abuse' ? 1 : 0),
    abuseStrikes: state.abuseStrikes + (isStrikeTurn && verdict.kind === 'abuse' ? 1 : 0),
    warned: state.warned || decision.kind === 'warning',
    riskPath: state.riskPath || decision.kind === 'support',
    awaitingEndConfirmation: decision.kind === 'confirm_end',
    ended: state.ended || Boolean(reply?.ending),
  };
}

/** Folds a root-to-leaf path of messages into the policy state after its last turn. */
export function foldPath(
  path: readonly MessageNode[],
  config: PolicyConfig = DEFAULT_POLICY,
): PolicyState {
  let state = INITIAL_STATE;
  for (let i = 0; i < path.length; i += 1) {
    const node = path[i]!;
    if (node.role !== 'user') continue;
    const next = path[i + 1];
    state = step(state, node, next?.role === 'assistant' ? next : undefined, config);
  }
  return state;
}

/**
 * Whether a model's end_conversation call is honoured. The client decides,
 * the model advises: never on a risk path.
 */
export function honourModelEnd(state: PolicyState): boolean {
  return !state.riskPath;
}

let warmed: Promise<number> | null = null;
/** Warms the classifier once, in slices (see warmUp); later calls wait for the first. */
export const warmClassifier = (): Promise<number> => (warmed ??= warmUp());

/**
 * Classifies `texts` into the verdict cache, yielding to the page whenever a
 * slice has taken `sliceMs`, so a first fold over a very long path never blocks it.
 */
export async function warmVerdicts(texts: readonly string[], sliceMs = SLICE_MS): Promise<void> {
  await inSlices(
    texts,
    async (text) => {
      if (text.length > WINDOW) await classifyInSlices(text);
      else classifyCached(text);
    },
    sliceMs,
  );
}
