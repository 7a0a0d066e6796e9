/** Which branch is on screen, and the modes that choose one (editing, branching after an end). */
import type { StateCreator } from 'zustand/vanilla';
import type { StoreRuntime } from './runtime';
import type { ChatStoreState, NavigationSlice } from './types';
import { own } from '../../domain/own';

export const createNavigationSlice =
  (runtime: StoreRuntime): StateCreator<ChatStoreState, [], [], NavigationSlice> =>
  (set, get) => {
    /** Shows a branch of the open conversation (a refusal becomes a notice). */
    const show = (nodeId: string, how: 'through' | 'previous' | 'next') => {
      const id = get().activeId;
      if (id && own(get().conversations, id)?.tree.has(nodeId))
        runtime.dispatch({ type: 'branch/shown', conversationId: id, nodeId, how });
    };
    return {
      editingId: null,
      choosingBranch: false,
      missingLink: null,
      setMissingLink: (missingLink) => set({ missingLink }),
      switchBranch: (messageId, offset) => show(messageId, offset < 0 ? 'previous' : 'next'),
      reveal: (messageId) => show(messageId, 'through'),
      startEditing: (editingId) => set({ editingId }),
      setChoosingBranch: (choosingBranch) => set({ choosingBranch, editingId: null }),
    };
  };
