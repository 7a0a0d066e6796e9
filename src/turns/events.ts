/**
 * Everything a turn can say happened, in the order it happens. A turn
 * (`runTurn`) only yields these; the store applies each one with its reducer
 * (`store/applyTurnEvent.ts`), the one place a turn changes a tree, a draft or
 * a status. In development builds each event shows by its `type` in the store's
 * devtools.
 *
 * One plain reply is: turn/started, turn/judged, reply/started, reply/text…,
 * reply/finished, turn/settled.
 */
import type { ConversationTree } from '../domain/tree';
import type { Ending, MessageNode, RecordedVerdict } from '../domain/types';

/** Why a reply stopped early; it travels as the abort signal's `reason`. */
export type StopReason = 'user' | 'timeout' | 'ended_elsewhere';

/** Where the reply goes: a new node under the user message at the end of the branch, or an existing reply. */
export type ReplyTarget =
  { readonly kind: 'new' } | { readonly kind: 'continue'; readonly nodeId: string };

/** A waiting message shown on a reply, e.g. a rate-limit countdown (`until` is epoch ms). */
export interface WaitingStatus {
  readonly message: string;
  readonly until?: number;
}

/** What a finished reply records on its node. */
export type ReplyOutcome = Pick<
  MessageNode,
  'text' | 'status' | 'error' | 'truncated' | 'modelRefused' | 'refusalBy'
>;

export type TurnEvent =
  /** A turn began: no second turn may start in this conversation until it settles. */
  | { readonly type: 'turn/started'; readonly conversationId: string }
  /** The guard's verdicts on user messages that had none (message id → verdict). */
  | {
      readonly type: 'turn/judged';
      readonly conversationId: string;
      readonly verdicts: Readonly<Record<string, RecordedVerdict>>;
    }
  /** Nothing was answered, and why (the person's text goes back to the composer). */
  | { readonly type: 'turn/refused'; readonly conversationId: string; readonly reason: string }
  /**
   * A new reply node, streaming, under the user message it answers (named, not
   * "the end of the branch": another tab's message may have arrived meanwhile).
   */
  | {
      readonly type: 'reply/started';
      readonly conversationId: string;
      readonly parentId: string;
      readonly node: Omit<MessageNode, 'parentId'>;
    }
  /** An existing reply streams again from its text (Continue). */
  | {
      readonly type: 'reply/resumed';
      readonly conversationId: string;
      readonly nodeId: string;
      readonly text: string;
    }
  /** Text to add to the reply's draft. */
  | { readonly type: 'reply/text'; readonly nodeId: string; readonly text: string }
  | {
      readonly type: 'reply/status';
      readonly nodeId: string;
      readonly status: WaitingStatus | null;
    }
  /** A problem that did not stop the reply, told to the person once. */
  | { readonly type: 'reply/warned'; readonly message: string }
  /** The model flagged risk: support shows and stays on this path. */
  | {
      readonly type: 'reply/risk_flagged';
      readonly conversationId: string;
      readonly nodeId: string;
      readonly at: number;
    }
  /** The model asked to end and the client said no (the model is told why). */
  | {
      readonly type: 'reply/end_declined';
      readonly conversationId: string;
      readonly nodeId: string;
      readonly at: number;
      readonly reason: string;
    }
  /** The model's end was honoured: the branch ends at this reply. */
  | {
      readonly type: 'turn/ended';
      readonly conversationId: string;
      readonly nodeId: string;
      readonly ending: Ending;
    }
  /** The reply is over: its draft becomes its text, with how it ended. */
  | {
      readonly type: 'reply/finished';
      readonly conversationId: string;
      readonly nodeId: string;
      readonly outcome: ReplyOutcome;
    }
  /** The turn is over (also after a failure): the conversation takes a turn again. */
  | { readonly type: 'turn/settled'; readonly conversationId: string };

export type TurnEventType = TurnEvent['type'];

/** What a turn may read of its conversation: the tree, never a way to write it. */
export type ReadonlyTree = Pick<
  ConversationTree,
  'get' | 'has' | 'thread' | 'pathTo' | 'childCount' | 'headId'
>;

/** What the person hears back from one turn. */
export type SendResult = { ok: true; replyError?: string } | { ok: false; reason: string };

/** The result of a turn, from its events as they pass. */
export function resultAfter(result: SendResult, event: TurnEvent): SendResult {
  if (event.type === 'turn/refused') return { ok: false, reason: event.reason };
  if (event.type === 'reply/finished' && event.outcome.status === 'error')
    return { ok: true, replyError: event.outcome.error ?? 'The reply failed.' };
  return result;
}
