/** Writing one conversation into the state: its tree changed in place, or replaced whole. */
import type { Conversation } from '../../domain/conversation';
import { own } from '../../domain/own';
import type { ConversationTree } from '../../domain/tree';
import type { ChatState } from './types';

/** One conversation's tree replaced in the state (and its metadata patched), or nothing when it is gone. */
export const withTree = (
  s: ChatState,
  id: string,
  tree: ConversationTree,
  patch: Partial<Conversation> = {},
): Partial<ChatState> => {
  const current = own(s.conversations, id);
  return current
    ? { conversations: { ...s.conversations, [id]: { ...current, ...patch, tree } } }
    : {};
};

/**
 * Applies `write` to a conversation's tree (a domain operation) and hands the
 * state a new conversation object; nothing changes when it is gone, or when
 * neither the tree nor the metadata did.
 */
export function onTree(
  s: ChatState,
  conversationId: string,
  write: (tree: ConversationTree) => void,
  patch: Partial<Conversation> = {},
): Partial<ChatState> {
  const conv = own(s.conversations, conversationId);
  if (!conv) return {};
  const before = conv.tree.version;
  write(conv.tree);
  if (conv.tree.version === before && Object.keys(patch).length === 0) return {};
  return { conversations: { ...s.conversations, [conversationId]: { ...conv, ...patch } } };
}

export const without = <T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> => {
  const { [key]: _gone, ...rest } = record;
  return rest;
};
