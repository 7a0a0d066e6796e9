/** Which branch is on screen, and the modes that choose one (editing, branching after an end). */
import type { StateCreator } from 'zustand/vanilla';
import type { ConversationTree } from '../../domain/tree';
import { noticeOf } from './notices';
import { withTree } from './trees';
import type { ChatStoreState, NavigationSlice } from './types';
import { own } from '../../domain/own';

export const createNavigationSlice: StateCreator<ChatStoreState, [], [], NavigationSlice> = (
  set,
  get,
) => {
  /** Applies `change` to the open conversation's tree; a refusal becomes a notice. */
  const onActive = (change: (tree: ConversationTree) => void) => {
    const id = get().activeId;
    const conv = id ? own(get().conversations, id) : undefined;
    if (!id || !conv) return;
    try {
      const before = conv.tree.version;
      change(conv.tree);
      if (conv.tree.version !== before) set((s) => withTree(s, id, conv.tree));
    } catch (error) {
      set(noticeOf(error instanceof Error ? error.message : String(error)));
    }
  };
  return {
    editingId: null,
    choosingBranch: false,
    missingLink: null,
    setMissingLink: (missingLink) => set({ missingLink }),
    switchBranch: (messageId, offset) => onActive((tree) => tree.switchSibling(messageId, offset)),
    reveal: (messageId) =>
      onActive((tree) => {
        if (tree.has(messageId)) tree.switchTo(messageId);
      }),
    startEditing: (editingId) => set({ editingId }),
    setChoosingBranch: (choosingBranch) => set({ choosingBranch, editingId: null }),
  };
};
