/** One conversation's tree replaced in the state (and its metadata patched), or nothing when it is gone. */
import type { ConversationTree } from '../../domain/tree';
import type { Conversation } from '../schema';
import type { ChatStoreState } from './types';
import { own } from '../../domain/own';

export const withTree = (
  s: ChatStoreState,
  id: string,
  tree: ConversationTree,
  patch: Partial<Conversation> = {},
): Partial<ChatStoreState> => {
  const current = own(s.conversations, id);
  return current
    ? { conversations: { ...s.conversations, [id]: { ...current, ...patch, tree } } }
    : s;
};
