/**
 * What the store keeps outside its state: how to cancel each streaming reply,
 * which turns were stopped before their reply began, and the background judging of
 * messages stored without verdicts. Shared by the slices of one store.
 */
import type { StopReason } from '../../turns/host';

export interface ReplyRuntime {
  readonly controllers: Map<string, AbortController>;
  readonly stopReasons: Map<string, StopReason>;
  /** Conversations whose Stop came while their reply was being prepared (before it existed). */
  readonly stopOnStart: Set<string>;
  /** Judges, in the background, user messages stored by older versions without a verdict. */
  backfill(conversationIds: readonly string[]): void;
}

export function abortReply(runtime: ReplyRuntime, nodeId: string, reason: StopReason) {
  const controller = runtime.controllers.get(nodeId);
  if (!controller || controller.signal.aborted) return;
  runtime.stopReasons.set(nodeId, reason);
  controller.abort();
}
