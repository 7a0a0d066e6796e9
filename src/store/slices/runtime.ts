/**
 * What the store keeps outside its state: how to cancel each streaming reply,
 * which conversations are preparing a reply, and the background judging of
 * messages stored without verdicts. Shared by the slices of one store.
 */
import type { StopReason } from '../../turns/host';

export interface ReplyRuntime {
  readonly controllers: Map<string, AbortController>;
  readonly stopReasons: Map<string, StopReason>;
  /** Conversations whose reply is being prepared (before its node exists). */
  readonly pending: Set<string>;
  /** Judges, in the background, user messages stored by older versions without a verdict. */
  backfill(conversationIds: readonly string[]): void;
}

export function abortReply(runtime: ReplyRuntime, nodeId: string, reason: StopReason) {
  const controller = runtime.controllers.get(nodeId);
  if (!controller || controller.signal.aborted) return;
  runtime.stopReasons.set(nodeId, reason);
  controller.abort();
}
