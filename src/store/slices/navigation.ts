/** Which branch is on screen, and the modes that choose one (editing, branching after an end). */
import type { StateCreator } from 'zustand/vanilla';
import { activate, switchSibling, type ConversationTree } from '../../domain/tree';
import { noticeOf } from './notices';
import { withTree } from './trees';
import type { ChatStoreState, NavigationSlice } from './types';

export const createNavigationSlice: StateCreator<ChatStoreState, [], [], NavigationSlice> = (
  set,
  get,
) => {
  /** Applies `change` to the open conversation's tree; a refusal becomes a notice. */
  const onActive = (change: (tree: ConversationTree) => ConversationTree | null) => {
    const id = get().activeId;
    const conv = id ? get().conversations[id] : undefined;
    if (!id || !conv) return;
    try {
      const tree = change(conv.tree);
      if (tree) set((s) => withTree(s, id, tree));
    } catch (error) {
      set(noticeOf(error instanceof Error ? error.message : String(error)));
    }
  };
  return {
    editingId: null,
    choosingBranch: false,
    missingLink: null,
    setMissingLink: (missingLink) => set({ missingLink }),
    switchBranch: (messageId, offset) => onActive((tree) => switchSibling(tree, messageId, offset)),
    reveal: (messageId) =>
      onActive((tree) => (tree.nodes[messageId] ? activate(tree, messageId) : null)),
    startEditing: (editingId) => set({ editingId }),
    setChoosingBranch: (choosingBranch) => set({ choosingBranch, editingId: null }),
  };
};
