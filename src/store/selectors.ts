/** Narrow selectors over the chat state. */
import { foldPath, type PolicyState } from '../domain/safety/policy';
import type { MessageNode } from '../domain/types';
import type { ChatState } from './slices/types';
import type { Conversation } from '../domain/conversation';
import { own } from '../domain/own';

export const selectActive = (s: ChatState): Conversation | undefined =>
  s.activeId ? own(s.conversations, s.activeId) : undefined;

const NO_IDS: readonly string[] = [];

/** Ids of the active branch: what the thread renders (the same array until the branch changes). */
export const selectPathIds = (s: ChatState): readonly string[] =>
  selectActive(s)?.tree.threadIds() ?? NO_IDS;

export const selectNode =
  (id: string) =>
  (s: ChatState): MessageNode | undefined =>
    selectActive(s)?.tree.get(id);

export const selectDraft =
  (id: string) =>
  (s: ChatState): string | undefined =>
    own(s.drafts, id);

export const selectSiblings =
  (id: string) =>
  (s: ChatState): { index: number; count: number } => {
    const tree = selectActive(s)?.tree;
    return tree?.has(id) ? tree.siblingInfo(id) : { index: 1, count: 1 };
  };

/** Conversation ids, most recently active first; a new chat is listed once it has a message. */
export const selectConversationIds = (s: ChatState): string[] =>
  Object.values(s.conversations)
    .filter((c) => !c.tree.isEmpty)
    .sort((a, b) => b.updatedAt - a.updatedAt || b.createdAt - a.createdAt)
    .map((c) => c.id);

/** Whether the open conversation holds anything yet (a new chat does not). */
export const selectActiveHasMessages = (s: ChatState): boolean => {
  const conv = selectActive(s);
  return conv !== undefined && !conv.tree.isEmpty;
};

/** The reply that ended the open branch, or null while it takes messages. */
export const selectEndingNode = (s: ChatState): MessageNode | null => {
  const conv = selectActive(s);
  return conv ? conv.tree.ending() : null;
};

/** Whether the branch shown in conversation `id` has ended (its list entry says so). */
export const selectConversationEnded =
  (id: string) =>
  (s: ChatState): boolean =>
    own(s.conversations, id)?.tree.ending() != null;

const NO_MESSAGES: readonly MessageNode[] = [];

/** The messages that led to the visible branch's end (those in the tree), for `useChatShallow`. */
export const selectEndingTriggers = (s: ChatState): readonly MessageNode[] => {
  const tree = selectActive(s)?.tree;
  const ending = tree?.ending()?.ending;
  if (!ending) return NO_MESSAGES;
  return ending.triggerIds.flatMap((id) => tree.get(id) ?? []);
};

/**
 * Whether a turn is under way in a conversation: from the moment the person's
 * message is placed (while the guard judges it, before any reply exists) until
 * the reply is recorded. The one definition the composer, the message actions
 * and the store's own refusals share.
 */
export const isReplying = (s: ChatState, conversationId: string): boolean =>
  own(s.replying, conversationId) === true;

/** Whether a turn is under way in the open conversation (see `isReplying`). */
export const selectIsStreaming = (s: ChatState): boolean =>
  s.activeId ? isReplying(s, s.activeId) : false;

/** Whether this reply is streaming now: it has a draft, which the store writes into it when it ends. */
export const selectReplyStreaming =
  (id: string) =>
  (s: ChatState): boolean =>
    own(s.drafts, id) !== undefined;

const foldByThread = new WeakMap<readonly MessageNode[], PolicyState>();

/**
 * The policy's reading of the open branch. Every store change runs every selector
 * (a streamed reply changes it 30 times a second), so the fold is kept per thread
 * array, which the tree replaces when the path changes.
 */
function activeFold(s: ChatState): { thread: readonly MessageNode[]; state: PolicyState } | null {
  const conv = selectActive(s);
  if (!conv) return null;
  const thread = conv.tree.thread();
  let state = foldByThread.get(thread);
  if (!state) {
    state = foldPath(thread);
    foldByThread.set(thread, state);
  }
  return { thread, state };
}

/** Whether the open branch is a risk path (the policy's word): the support panel shows and stays. */
export const selectRiskPath = (s: ChatState): boolean => activeFold(s)?.state.riskPath ?? false;

/**
 * The reply that asks "shall I end this chat?" and is still waiting for an answer
 * (the branch's last message, done), or null: where End this chat and Keep chatting show.
 */
export const selectOpenEndQuestion = (s: ChatState): string | null => {
  const fold = activeFold(s);
  if (!fold || isReplying(s, s.activeId!)) return null;
  const last = fold.thread[fold.thread.length - 1];
  const open =
    last?.role === 'assistant' &&
    last.status === 'done' &&
    !last.ending &&
    fold.state.awaitingEndConfirmation;
  return open ? last.id : null;
};
