/** The conversations, which one is open, and taking in copies saved elsewhere. */
import type { StateCreator } from 'zustand/vanilla';
import { planImport } from '../../domain/importPlan';
import { emptyTree, mergeTrees } from '../../domain/tree';
import { settleInterrupted, type Conversation } from '../../domain/conversation';
import type { StoreRuntime } from './runtime';
import { withTree, without } from './trees';
import type { ChatStoreState, ConversationsSlice } from './types';
import { own } from '../../domain/own';

export const DEFAULT_TITLE = 'New chat';

const newest = (byId: Readonly<Record<string, Conversation>>): string | null =>
  Object.values(byId).sort((a, b) => b.updatedAt - a.updatedAt)[0]?.id ?? null;

export const createConversationsSlice =
  (
    runtime: StoreRuntime,
    ids: { newId: () => string; now: () => number },
  ): StateCreator<ChatStoreState, [], [], ConversationsSlice> =>
  (set, get) => ({
    hydrated: false,
    conversations: {},
    activeId: null,

    hydrate(conversations, setAside, activeId) {
      const byId: Record<string, Conversation> = {};
      for (const c of conversations) byId[c.id] = settleInterrupted(c);
      set({
        hydrated: true,
        conversations: byId,
        setAside: [...setAside],
        activeId: activeId && byId[activeId] ? activeId : newest(byId),
      });
      runtime.backfill(Object.keys(byId));
    },

    newConversation() {
      const activeId = get().activeId;
      const active = activeId ? own(get().conversations, activeId) : undefined;
      if (active?.tree.isEmpty) {
        set({ editingId: null, choosingBranch: false });
        return active.id;
      }
      const id = ids.newId();
      const at = ids.now();
      set((s) => ({
        conversations: {
          ...s.conversations,
          [id]: { id, title: DEFAULT_TITLE, createdAt: at, updatedAt: at, tree: emptyTree() },
        },
        activeId: id,
        editingId: null,
        choosingBranch: false,
      }));
      return id;
    },

    select(id) {
      if (!own(get().conversations, id)) return;
      set({ activeId: id, editingId: null, choosingBranch: false });
    },

    rename(id, title) {
      const clean = title.trim().slice(0, 200);
      const conv = own(get().conversations, id);
      if (!conv || !clean) return;
      set((s) => withTree(s, id, conv.tree, { title: clean }));
    },

    remove(id) {
      const conv = own(get().conversations, id);
      if (!conv) return;
      runtime.stopTurn(id, 'user');
      set((s) => {
        const { [id]: _gone, ...rest } = s.conversations;
        const drafts = Object.fromEntries(
          Object.entries(s.drafts).filter(([n]) => !conv.tree.has(n)),
        );
        return {
          conversations: rest,
          drafts,
          activeId: s.activeId === id ? newest(rest) : s.activeId,
        };
      });
    },

    adoptRemote(remote) {
      const local = own(get().conversations, remote.id);
      if (!local) {
        set((s) => ({ conversations: { ...s.conversations, [remote.id]: remote } }));
        runtime.backfill([remote.id]);
        return;
      }
      const tree = mergeTrees(local.tree, remote.tree);
      // Stop any reply this tab was streaming into a branch that has since ended elsewhere.
      for (const nodeId of Object.keys(get().drafts)) {
        if (local.tree.has(nodeId) && !tree.has(nodeId)) {
          runtime.stopTurn(remote.id, 'ended_elsewhere');
          set((s) => ({ drafts: without(s.drafts, nodeId) }));
        }
      }
      const title = remote.updatedAt > local.updatedAt ? remote.title : local.title;
      set((s) =>
        withTree(s, remote.id, tree, {
          title,
          updatedAt: Math.max(local.updatedAt, remote.updatedAt),
        }),
      );
    },

    importConversations(imported) {
      // Worked out whole first: an import only adds, and a file applies whole or not at all.
      const stored = new Map(Object.entries(get().conversations));
      const unreadable = new Set(get().setAside.map((r) => r.key));
      const plan = planImport(stored, imported, ids.newId, unreadable);
      const placed = Object.fromEntries(plan.conversations.map((c) => [c.id, c] as const));
      set((s) => ({ conversations: { ...s.conversations, ...placed } }));
      runtime.backfill(plan.conversations.map((c) => c.id));
      const first = imported[0] && (own(placed, imported[0].id) ?? plan.conversations[0]);
      if (first) get().select(first.id);
      return { refused: plan.refused, added: plan.added, copies: plan.copies };
    },
  });
