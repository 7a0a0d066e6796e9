/** Narrow selectors over the chat state. */
import { foldPath } from '../domain/safety/policy';
import type { MessageNode } from '../domain/types';
import type { ChatState } from './slices/types';
import type { Conversation } from './schema';
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

export const selectEndingNode = (s: ChatState): MessageNode | null => {
  const conv = selectActive(s);
  return conv ? conv.tree.ending() : null;
};

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
export const isReplying = (s: ChatState, conversationId: string): boolean => {
  if (own(s.replying, conversationId)) return true;
  const conv = own(s.conversations, conversationId);
  return conv ? Object.keys(s.drafts).some((id) => conv.tree.has(id)) : false;
};

/** Whether a turn is under way in the open conversation (see `isReplying`). */
export const selectIsStreaming = (s: ChatState): boolean =>
  s.activeId ? isReplying(s, s.activeId) : false;

const riskByThread = new WeakMap<readonly MessageNode[], boolean>();

/**
 * Whether any message on the active path signalled risk: the support panel shows and stays.
 * Every store change runs every selector (a streamed reply changes it 30 times a second),
 * so the walk over the path is kept per thread array, which the tree replaces when the path changes.
 */
export const selectRiskPath = (s: ChatState): boolean => {
  const conv = selectActive(s);
  if (!conv) return false;
  const thread = conv.tree.thread();
  let risk = riskByThread.get(thread);
  if (risk === undefined) {
    risk = thread.some((node) => node.kind === 'support' || node.riskFlag !== undefined);
    riskByThread.set(thread, risk);
  }
  return risk;
};

const questionByThread = new WeakMap<readonly MessageNode[], string | null>();

/**
 * The reply that asks "shall I end this chat?" and is still waiting for an answer
 * (the branch's last message, done), or null: where End this chat and Keep chatting show.
 */
export const selectOpenEndQuestion = (s: ChatState): string | null => {
  const conv = selectActive(s);
  if (!conv || isReplying(s, conv.id)) return null;
  const thread = conv.tree.thread();
  let id = questionByThread.get(thread);
  if (id === undefined) {
    const last = thread[thread.length - 1];
    const open =
      last?.role === 'assistant' &&
      last.status === 'done' &&
      !last.ending &&
      foldPath(thread).awaitingEndConfirmation;
    id = open ? last.id : null;
    questionByThread.set(thread, id);
  }
  return id;
};
