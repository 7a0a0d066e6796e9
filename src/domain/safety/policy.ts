/**
 * The termination policy. Its state is a fold over the active path, never a
 * counter kept on the side: a branch taken before the trouble starts clean, and
 * a reload or another tab reproduces the same state from the same messages.
 * It reads the verdicts recorded on user messages when they were sent and never
 * classifies anything itself, so a classifier update changes no past strike.
 */
import type { EndReason, HarmCategory, MessageNode, RecordedVerdict, SafetyMode } from '../types';
import { asksToConfirmEnd } from './context';
import { DEFAULT_POLICY, type PolicyConfig } from './policyConfig';

export { DEFAULT_POLICY, POLICY_LIMITS, validatePolicy, type PolicyConfig } from './policyConfig';

export interface PolicyState {
  /** Turns that count against the user: harmful or abusive messages, and refusals. */
  readonly strikes: number;
  readonly strikeIds: readonly string[];
  readonly harmfulStrikes: number;
  readonly abuseStrikes: number;
  readonly warned: boolean;
  /** Some message on the path signalled risk to self or others: never end it. */
  readonly riskPath: boolean;
  /** Since the last risk signal, a danger that may be now was signalled: replies stay urgent. */
  readonly urgent: boolean;
  /** Since the last risk signal, the person said they are all right: replies answer what is asked. */
  readonly eased: boolean;
  /** The last assistant turn (the client's) asked the user to confirm ending. */
  readonly awaitingEndConfirmation: boolean;
  /** The user asked to end the conversation and has not moved on since. */
  readonly endRequested: boolean;
  /** The user message that confirmed an end request, when it is the latest turn. */
  readonly endConfirmedBy: string | null;
  readonly ended: boolean;
}

export const INITIAL_STATE: PolicyState = {
  strikes: 0,
  strikeIds: [],
  harmfulStrikes: 0,
  abuseStrikes: 0,
  warned: false,
  riskPath: false,
  urgent: false,
  eased: false,
  awaitingEndConfirmation: false,
  endRequested: false,
  endConfirmedBy: null,
  ended: false,
};

/** A verdict that counts as a strike when the client enforces. */
export const isStrikeVerdict = (v: Pick<RecordedVerdict, 'kind'>): boolean =>
  v.kind === 'harmful' || v.kind === 'abuse';

/** Why a branch would end: the commoner of its strikes. */
export type StrikeReason = Exclude<EndReason, 'user_request' | 'model'>;

/** What the assistant does with the next user turn. */
export type Decision =
  | {
      readonly kind: 'answer';
      readonly verdict: RecordedVerdict;
      readonly riskPath: false;
      /** The person said no to "shall I end this chat?": the chat stays open. */
      readonly keptOpen?: true;
    }
  | {
      readonly kind: 'refusal';
      readonly verdict: RecordedVerdict;
      readonly level: number;
      readonly reason: StrikeReason;
      readonly riskPath: false;
    }
  | {
      readonly kind: 'warning';
      readonly verdict: RecordedVerdict;
      readonly reason: StrikeReason;
      /** Strikes on the path, this one included. */
      readonly strikes: number;
      readonly riskPath: false;
    }
  | {
      readonly kind: 'end';
      readonly verdict: RecordedVerdict;
      readonly reason: EndReason;
      readonly by: 'policy' | 'user';
      readonly triggerIds: readonly string[];
      readonly riskPath: false;
      /** An end the person asked for: how they confirmed it. */
      readonly confirmedBy?: 'control' | 'words';
    }
  | { readonly kind: 'confirm_end'; readonly verdict: RecordedVerdict; readonly riskPath: false }
  | {
      readonly kind: 'support';
      readonly verdict: RecordedVerdict;
      readonly riskPath: true;
      /** The danger may be now, said in this message or since the last risk signal. */
      readonly urgent: boolean;
      /** The person said they are all right since the last risk signal: answer what they ask. */
      readonly followsLead: boolean;
    };

/** A user message as the policy sees it: its id and the verdict recorded on it. */
export interface JudgedMessage {
  readonly id: string;
  readonly verdict?: RecordedVerdict;
}

const UNJUDGED: RecordedVerdict = { kind: 'benign', source: 'rules', version: 'none' };

const reasonOf = (harmful: number, abuse: number): StrikeReason =>
  abuse > harmful ? 'abuse' : 'harmful_requests';

/**
 * Decides the reply to `user` given the state of the path before it.
 * On a risk path nothing ends and every turn is met with support. With
 * "model_decides", harm and abuse are the model's to judge: every message is
 * answered by the model, and the client only keeps the risk rules.
 */
export function decide(
  state: PolicyState,
  user: JudgedMessage,
  mode: SafetyMode = 'client_enforces',
  config: PolicyConfig = DEFAULT_POLICY,
): Decision {
  const verdict = user.verdict ?? UNJUDGED;
  if (state.riskPath || verdict.kind === 'risk') return supportive(state, verdict);
  if (state.awaitingEndConfirmation) {
    // The control is unambiguous in every mode; words are the model's to read when it decides.
    const byControl = verdict.via === 'control';
    if (verdict.kind === 'confirm' && (byControl || mode === 'client_enforces')) {
      return {
        kind: 'end',
        verdict,
        reason: 'user_request',
        by: 'user',
        triggerIds: [user.id],
        riskPath: false,
        confirmedBy: byControl ? 'control' : 'words',
      };
    }
    if (verdict.kind === 'decline')
      return { kind: 'answer', verdict, riskPath: false, keptOpen: true };
  }
  if (mode === 'model_decides') return { kind: 'answer', verdict, riskPath: false };

  if (verdict.kind === 'end_request') return { kind: 'confirm_end', verdict, riskPath: false };
  if (!isStrikeVerdict(verdict)) return { kind: 'answer', verdict, riskPath: false };

  const strike = state.strikes + 1;
  const reason = reasonOf(
    state.harmfulStrikes + (verdict.kind === 'abuse' ? 0 : 1),
    state.abuseStrikes + (verdict.kind === 'abuse' ? 1 : 0),
  );
  const warnAt = config.refusalsBeforeWarning + 1;
  const endAt = config.refusalsBeforeWarning + config.strikesAfterWarning + 1;
  if (strike >= endAt) {
    return {
      kind: 'end',
      verdict,
      reason,
      by: 'policy',
      triggerIds: [...state.strikeIds, user.id],
      riskPath: false,
    };
  }
  if (strike === warnAt && config.warningEnabled && !state.warned) {
    return { kind: 'warning', verdict, reason, strikes: strike, riskPath: false };
  }
  return { kind: 'refusal', verdict, level: Math.min(strike, 3), reason, riskPath: false };
}

/**
 * On a risk path every turn is a supportive one and nothing ends; how it reads
 * follows the person: urgent once a danger that may be now was signalled (never
 * calmer after it), answering what is asked once they said the alarm has passed,
 * until a new risk signal brings the support replies back.
 */
function supportive(state: PolicyState, verdict: RecordedVerdict): Decision {
  const risk = verdict.kind === 'risk';
  const followsLead = !risk && (verdict.eases === true || (state.eased && state.riskPath));
  return {
    kind: 'support',
    verdict,
    riskPath: true,
    urgent: !followsLead && (verdict.imminent === true || (state.urgent && state.riskPath)),
    followsLead,
  };
}

type Reply = Pick<MessageNode, 'ending' | 'modelRefused' | 'riskFlag' | 'mode' | 'kind' | 'text'>;

/**
 * Whether the reply to this turn asks the person to confirm ending the chat: the
 * client's own question, or, where the model decides, the model's answer to their request.
 */
function asksToEnd(reply: Reply | undefined, decision: Decision, mode: SafetyMode): boolean {
  if ((reply?.kind ?? decision.kind) === 'confirm_end') return true;
  return (
    mode === 'model_decides' &&
    decision.kind === 'answer' &&
    decision.verdict.kind === 'end_request' &&
    reply?.riskFlag === undefined &&
    asksToConfirmEnd(reply?.text)
  );
}

/** The state after one user turn and the assistant reply that answered it. */
export function step(
  state: PolicyState,
  user: JudgedMessage,
  reply: Reply | undefined,
  config: PolicyConfig = DEFAULT_POLICY,
  /** The mode of a turn with no reply yet; a reply records its own. */
  pendingMode: SafetyMode = 'client_enforces',
): PolicyState {
  const mode = reply ? (reply.mode ?? 'client_enforces') : pendingMode;
  const decision = decide(state, user, mode, config);
  const verdict = decision.verdict;
  // A reply recorded as support made this a risk path, whatever a later reading of the message says.
  const support =
    decision.kind === 'support' || reply?.kind === 'support' || reply?.riskFlag !== undefined;
  // With the client enforcing, a harmful or abusive message is a strike, and so is
  // a model's refusal of a turn the client thought fine (so a model without the
  // end tool still meets refuse, warn, end). With the model deciding, only its refusals count.
  const byClient = mode === 'client_enforces' && isStrikeVerdict(verdict);
  const byModel = reply?.modelRefused === true;
  const isStrikeTurn = (byClient || byModel) && !support && !state.riskPath;
  const abusive = verdict.kind === 'abuse';
  const confirming =
    verdict.kind === 'confirm' && (state.endRequested || state.awaitingEndConfirmation);
  return {
    strikes: state.strikes + (isStrikeTurn ? 1 : 0),
    strikeIds: isStrikeTurn ? [...state.strikeIds, user.id] : state.strikeIds,
    harmfulStrikes: state.harmfulStrikes + (isStrikeTurn && !abusive ? 1 : 0),
    abuseStrikes: state.abuseStrikes + (isStrikeTurn && abusive ? 1 : 0),
    warned: state.warned || decision.kind === 'warning',
    riskPath: state.riskPath || support,
    // A new risk signal resets the lead; urgency only rises until the person says it has passed.
    urgent: decision.kind === 'support' ? decision.urgent : state.urgent,
    eased:
      verdict.kind === 'risk'
        ? false
        : decision.kind === 'support'
          ? decision.followsLead
          : state.eased,
    awaitingEndConfirmation: !support && asksToEnd(reply, decision, mode),
    endRequested: verdict.kind === 'end_request' || (state.endRequested && confirming),
    endConfirmedBy: confirming ? user.id : null,
    ended: state.ended || Boolean(reply?.ending),
  };
}

/** Folds a root-to-leaf path of messages into the policy state after its last turn. */
export function foldPath(
  path: readonly MessageNode[],
  config: PolicyConfig = DEFAULT_POLICY,
  pendingMode: SafetyMode = 'client_enforces',
): PolicyState {
  let state = INITIAL_STATE;
  for (let i = 0; i < path.length; i += 1) {
    const node = path[i]!;
    if (node.role !== 'user') continue;
    const next = path[i + 1];
    state = step(state, node, next?.role === 'assistant' ? next : undefined, config, pendingMode);
  }
  return state;
}

export type EndCall =
  | { readonly honour: true; readonly reason: EndReason; readonly triggerIds: readonly string[] }
  | {
      readonly honour: false;
      /** Why, in words for the person (shown under the reply's "Why?"). */
      readonly reason: string;
      /** What the model is asked to do instead, in the tool result. */
      readonly guidance: string;
    };

/**
 * Whether a model's end_conversation call is honoured, given the state of the
 * path through the reply that made it. The model advises, the client decides:
 * never on a risk path; otherwise only as a last resort, once enough refusals
 * stand on the branch, or when the person asked to end and confirmed.
 */
export function judgeModelEnd(state: PolicyState, config: PolicyConfig = DEFAULT_POLICY): EndCall {
  if (state.riskPath) {
    return {
      honour: false,
      reason:
        'someone in this conversation may be at risk, and such a conversation is never ended.',
      guidance:
        'Stay with them, be supportive, and point to the support resources shown on their screen.',
    };
  }
  if (state.endConfirmedBy)
    return { honour: true, reason: 'user_request', triggerIds: [state.endConfirmedBy] };
  if (state.strikes >= config.refusalsBeforeEnd)
    return { honour: true, reason: 'model', triggerIds: state.strikeIds };
  const n = state.strikes;
  return {
    honour: false,
    reason: `ending is a last resort, allowed after at least ${config.refusalsBeforeEnd} refusals on this branch (${n === 0 ? 'none' : `only ${n}`} so far), or when the person asks to end and confirms.`,
    guidance:
      'Continue the conversation: refuse and redirect if needed, and warn explicitly before ending.',
  };
}

/** The category a harmful verdict names, for words that fit the request. */
export const categoryOf = (v: RecordedVerdict): HarmCategory => v.category ?? 'other';
