/**
 * What the turn runner needs of the store: read a conversation, write its tree,
 * and keep the streaming state (drafts, waiting messages, cancellation) of a
 * reply. The store implements it; the runner never imports the store.
 */
import type { ConversationTree } from '../domain/tree';
import type { MessageNode } from '../domain/types';

export interface HostedConversation {
  readonly id: string;
  readonly tree: ConversationTree;
}

export type StopReason = 'user' | 'timeout' | 'ended_elsewhere';

export interface TurnHost {
  conversation(id: string): HostedConversation | undefined;
  putTree(conversationId: string, tree: ConversationTree): void;
  /** Says why nothing was sent (the text goes back to the composer). */
  refuse(reason: string): { ok: false; reason: string };
  /** Tells the person something that did not stop the reply. */
  tell(text: string): void;
  /** While a turn is under way (from judging to the recorded reply), no second turn may start. */
  setPending(conversationId: string, on: boolean): void;
  /**
   * Registers a streaming reply with its starting text; returns what cancels it
   * (already aborted when the person pressed Stop while the turn was being prepared).
   */
  startReply(conversationId: string, nodeId: string, text: string): AbortController;
  setDraft(nodeId: string, text: string): void;
  setStatus(
    nodeId: string,
    value: { readonly message: string; readonly until?: number } | null,
  ): void;
  abortReply(nodeId: string, reason: StopReason): void;
  stopReason(nodeId: string): StopReason | undefined;
  /**
   * Ends the streaming state of a reply and writes `patch` to its node, at once.
   * False when the reply had already been dropped (its branch ended in another tab).
   */
  finishReply(conversationId: string, nodeId: string, patch: Partial<MessageNode>): boolean;
}
