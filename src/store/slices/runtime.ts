/**
 * What the slices share outside the state: the one dispatch that changes it by
 * name, the turn driver, and the background judging of messages stored without
 * verdicts.
 */
import type { ReplyTarget, SendResult, StopReason } from '../../turns/events';
import type { Dispatch } from '../dispatch';

export interface StoreRuntime {
  readonly dispatch: Dispatch;
  /** Runs a turn in a conversation (turns/runTurn.ts through store/driveTurn.ts). */
  drive(conversationId: string, target: ReplyTarget): Promise<SendResult>;
  /** Stops a conversation's turn, if one is under way. */
  stopTurn(conversationId: string, reason: StopReason): void;
  /** Judges, in the background, user messages stored by older versions without a verdict. */
  backfill(conversationIds: readonly string[]): void;
}
