/** Narrow selectors over the chat state. */
import { activeEnding, activePath, isEmptyTree, siblingInfo } from '../domain/tree';
import type { MessageNode } from '../domain/types';
import type { ChatState } from './slices/types';
import type { Conversation } from './schema';

export const selectActive = (s: ChatState): Conversation | undefined =>
  s.activeId ? s.conversations[s.activeId] : undefined;

/** Ids of the active branch: what the thread renders. */
export const selectPathIds = (s: ChatState): string[] => {
  const conv = selectActive(s);
  return conv ? activePath(conv.tree) : [];
};

export const selectNode =
  (id: string) =>
  (s: ChatState): MessageNode | undefined =>
    selectActive(s)?.tree.nodes[id];

export const selectDraft =
  (id: string) =>
  (s: ChatState): string | undefined =>
    s.drafts[id];

export const selectSiblings =
  (id: string) =>
  (s: ChatState): { index: number; count: number } => {
    const tree = selectActive(s)?.tree;
    return tree?.nodes[id] ? siblingInfo(tree, id) : { index: 1, count: 1 };
  };

/** Conversation ids, most recently active first; a new chat is listed once it has a message. */
export const selectConversationIds = (s: ChatState): string[] =>
  Object.values(s.conversations)
    .filter((c) => !isEmptyTree(c.tree))
    .sort((a, b) => b.updatedAt - a.updatedAt || b.createdAt - a.createdAt)
    .map((c) => c.id);

/** Whether the open conversation holds anything yet (a new chat does not). */
export const selectActiveHasMessages = (s: ChatState): boolean => {
  const conv = selectActive(s);
  return conv !== undefined && !isEmptyTree(conv.tree);
};

export const selectEndingNode = (s: ChatState): MessageNode | null => {
  const conv = selectActive(s);
  return conv ? activeEnding(conv.tree) : null;
};

export const selectIsStreaming = (s: ChatState): boolean => {
  const conv = selectActive(s);
  return conv ? Object.keys(s.drafts).some((id) => conv.tree.nodes[id]) : false;
};

/** Whether any message on the active path signalled risk: the support panel shows and stays. */
export const selectRiskPath = (s: ChatState): boolean => {
  const conv = selectActive(s);
  if (!conv) return false;
  return activePath(conv.tree).some((id) => {
    const node = conv.tree.nodes[id];
    return node?.kind === 'support' || node?.riskFlag !== undefined;
  });
};
