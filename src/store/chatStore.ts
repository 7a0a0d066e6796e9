/**
 * The chat store: conversations, the active one, and streaming drafts.
 * Actions are thin: the tree and the policy decide, the store only sequences.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Assistant, AssistantEvent } from '../assistants/types';
import type { Decision } from '../domain/safety/policy';
import { DEFAULT_POLICY, type PolicyConfig } from '../domain/safety/policyConfig';
import {
  activate,
  activeMessages,
  addSibling,
  append,
  appendRefusal,
  emptyTree,
  endBranchAt,
  mergeTrees,
  switchSibling,
  updateNode,
  type ConversationTree,
} from '../domain/tree';
import type { MessageNode } from '../domain/types';
import type { Conversation } from './schema';
import type { SetAside } from './storage';

export const DEFAULT_TITLE = 'New chat';

export interface ChatDeps {
  /** The configured backend: answers ordinary turns and, on a risk path, supportive ones. */
  readonly assistant: () => Assistant;
  /** Writes what the policy decided (refusal, warning, end, confirmation) in the client's own words. */
  readonly policyVoice?: () => Assistant;
  readonly policy: () => PolicyConfig;
  readonly now?: () => number;
  readonly newId?: () => string;
}

/** A message for the user about something the store refused or that failed. */
export interface Notice {
  readonly id: number;
  readonly text: string;
}

export interface ChatState {
  readonly hydrated: boolean;
  readonly conversations: Readonly<Record<string, Conversation>>;
  readonly activeId: string | null;
  /** Streaming text by assistant node id; committed to the tree when the stream ends. */
  readonly drafts: Readonly<Record<string, string>>;
  /** The user message whose inline editor is open. */
  readonly editingId: string | null;
  /** "Branch from an earlier message": each earlier user message offers a branch. */
  readonly choosingBranch: boolean;
  readonly notice: Notice | null;
  readonly setAside: readonly SetAside[];
  /** Waiting states by assistant node id, e.g. a rate-limit countdown. */
  readonly status: Readonly<Record<string, { readonly message: string; readonly until?: number }>>;
}

/**
 * `ok: false`: nothing was sent (refused), so the text goes back to the composer.
 * A reply that failed after the message was sent is `ok: true` with `replyError`.
 */
export type SendResult = { ok: true; replyError?: string } | { ok: false; reason: string };

export interface ChatActions {
  hydrate(
    conversations: readonly Conversation[],
    setAside: readonly SetAside[],
    activeId?: string | null,
  ): void;
  newConversation(): string;
  select(id: string): void;
  rename(id: string, title: string): void;
  remove(id: string): void;
  send(text: string): Promise<SendResult>;
  editMessage(id: string, text: string): Promise<SendResult>;
  regenerate(id: string): Promise<SendResult>;
  /** Asks the model to carry on a reply that was cut off, stopped or broke. */
  continueReply(id: string): Promise<SendResult>;
  switchBranch(id: string, offset: -1 | 1): void;
  /** Shows the branch holding `id` (e.g. a turn named by the "Why?" list). */
  reveal(id: string): void;
  stop(): void;
  startEditing(id: string | null): void;
  setChoosingBranch(on: boolean): void;
  dismissNotice(): void;
  /** Takes in a version of a conversation saved elsewhere (another tab): the union wins. */
  adoptRemote(conversation: Conversation): void;
  /**
   * Adds imported conversations; one that is already here is merged with it (the
   * tree only grows, an ending holds). Returns how many messages were left out
   * because they would continue an ended branch.
   */
  importConversations(conversations: readonly Conversation[]): { refused: number };
  /** Tells the user something in the notice area (e.g. how an import went). */
  announce(text: string): void;
}

export type ChatStore = StoreApi<ChatState & ChatActions>;

/** Silence from a backend: after this long the user is told, and after the limit the reply stops. */
export const STALL_NOTICE_MS = 15_000;
export const STALL_LIMIT_MS = 120_000;

/** How often streamed text reaches the screen. */
const FRAME_MS = 32;

/** The policy and its classifier load after the first screen (preloadPolicy) or with the first reply. */
let policyModule: Promise<typeof import('../domain/safety/policy')> | null = null;
const loadPolicy = () => (policyModule ??= import('../domain/safety/policy'));

/** Loads and warms the classifier while the page is idle, so the first reply finds it ready. */
export const preloadPolicy = (): Promise<unknown> =>
  loadPolicy().then((policy) => policy.warmClassifier());

const randomId = () =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

const titleFrom = (text: string) => {
  const line = text.trim().split('\n')[0] ?? '';
  return line.length > 60 ? `${line.slice(0, 57)}…` : line || DEFAULT_TITLE;
};

export function createChatStore(deps: ChatDeps): ChatStore {
  const now = deps.now ?? Date.now;
  const newId = deps.newId ?? randomId;
  const controllers = new Map<string, AbortController>();
  /** Conversations whose reply is being prepared (before its node exists): no second send meanwhile. */
  const pending = new Set<string>();
  let noticeSeq = 0;

  return createStore<ChatState & ChatActions>()((set, get) => {
    const conversation = (id: string | null) => (id ? get().conversations[id] : undefined);

    const putTree = (id: string, tree: ConversationTree, patch: Partial<Conversation> = {}) =>
      set((s) => {
        const current = s.conversations[id];
        if (!current) return s;
        return { conversations: { ...s.conversations, [id]: { ...current, ...patch, tree } } };
      });

    const refuse = (reason: string): SendResult => {
      noticeSeq += 1;
      set({ notice: { id: noticeSeq, text: reason } });
      return { ok: false, reason };
    };

    const isStreaming = (conversationId: string) => {
      if (pending.has(conversationId)) return true;
      const tree = conversation(conversationId)?.tree;
      return tree ? Object.keys(get().drafts).some((id) => tree.nodes[id]) : false;
    };

    const finish = (conversationId: string, nodeId: string, patch: Partial<MessageNode>) => {
      const { [nodeId]: text, ...drafts } = get().drafts;
      controllers.delete(nodeId);
      const conv = conversation(conversationId);
      set({ drafts });
      if (!conv?.tree.nodes[nodeId]) return;
      putTree(conversationId, updateNode(conv.tree, nodeId, { text: text ?? '', ...patch }));
    };

    const setStatus = (nodeId: string, value: ChatState['status'][string] | null) =>
      set((s) => {
        if (!value && !(nodeId in s.status)) return s;
        const { [nodeId]: _old, ...rest } = s.status;
        return { status: value ? { ...rest, [nodeId]: value } : rest };
      });

    /** Policy-written turns use the client's own words; the rest go to the configured backend. */
    const voiceFor = (decision: Decision): Assistant =>
      decision.kind === 'answer' || decision.kind === 'support'
        ? deps.assistant()
        : (deps.policyVoice ?? deps.assistant)();

    /** Runs the assistant for the user message at the active leaf of `conversationId`. */
    async function respond(conversationId: string, siblingOf?: string): Promise<SendResult> {
      pending.add(conversationId);
      try {
        return await respondNow(conversationId, siblingOf);
      } finally {
        pending.delete(conversationId);
      }
    }

    async function respondNow(conversationId: string, siblingOf?: string): Promise<SendResult> {
      const { decide, foldPath, warmClassifier, warmVerdicts } = await loadPolicy();
      await warmClassifier();
      const before = conversation(conversationId);
      if (before) {
        const texts = activeMessages(before.tree)
          .filter((m) => m.role === 'user')
          .map((m) => m.text);
        await warmVerdicts(texts);
      }
      const conv = conversation(conversationId);
      if (!conv) return refuse('That conversation no longer exists.');
      const path = activeMessages(conv.tree);
      const user = path[path.length - 1];
      if (!user || user.role !== 'user') return refuse('There is no message to answer.');
      const config = deps.policy();
      const decision = decide(foldPath(path.slice(0, -1), config), user, config);
      const assistant = voiceFor(decision);
      const nodeId = newId();
      const node: Omit<MessageNode, 'parentId'> = {
        id: nodeId,
        role: 'assistant',
        text: '',
        createdAt: now(),
        status: 'streaming',
        kind: decision.kind,
        author: { backend: assistant.backend, model: assistant.model },
        ...(decision.kind === 'end'
          ? {
              ending: {
                by: decision.by,
                reason: decision.reason,
                at: now(),
                triggerIds: decision.triggerIds,
              },
            }
          : {}),
      };
      const tree = siblingOf ? addSibling(conv.tree, siblingOf, node) : append(conv.tree, node);
      putTree(conversationId, tree);
      return stream(conversationId, nodeId, assistant, decision, path, '');
    }

    /**
     * Streams `assistant`'s reply into node `nodeId`, after `prefix` (a partial
     * reply being continued), then applies what the model asked for.
     */
    async function stream(
      conversationId: string,
      nodeId: string,
      assistant: Assistant,
      decision: Decision,
      path: readonly MessageNode[],
      prefix: string,
    ): Promise<SendResult> {
      const config = deps.policy();
      set((s) => ({ drafts: { ...s.drafts, [nodeId]: prefix } }));
      const controller = new AbortController();
      controllers.set(nodeId, controller);
      let endRequested = false;
      let refused = false;
      let outcome: Partial<MessageNode> = { status: 'done' };
      // Chunks can arrive hundreds a second; the screen needs them once a frame.
      let buffered = '';
      let flushTimer: ReturnType<typeof setTimeout> | null = null;
      const flushText = () => {
        if (flushTimer) clearTimeout(flushTimer);
        flushTimer = null;
        if (!buffered) return;
        const text = buffered;
        buffered = '';
        set((s) =>
          nodeId in s.drafts ? { drafts: { ...s.drafts, [nodeId]: s.drafts[nodeId] + text } } : s,
        );
      };
      const appendText = (text: string) => {
        buffered += text;
        flushTimer ??= setTimeout(flushText, FRAME_MS);
      };
      // A server that goes quiet: say so after a while, give up after longer (partial text kept).
      let stalled = false;
      let timedOut = false;
      let watchdog: ReturnType<typeof setTimeout> | undefined;
      const watch = (quietFor = STALL_NOTICE_MS) => {
        clearTimeout(watchdog);
        if (stalled) setStatus(nodeId, null);
        stalled = false;
        watchdog = setTimeout(() => {
          stalled = true;
          setStatus(nodeId, {
            message: `Nothing received for ${STALL_NOTICE_MS / 1000} s. Still waiting; Stop keeps what has arrived.`,
          });
          watchdog = setTimeout(() => {
            timedOut = true;
            controller.abort();
          }, STALL_LIMIT_MS - STALL_NOTICE_MS);
        }, quietFor);
      };
      watch();
      try {
        const turns = path.map((m) => ({
          role: m.role,
          text: m.text,
          refused: m.modelRefused === true,
        }));
        const request = {
          turns: prefix ? [...turns, { role: 'assistant' as const, text: prefix }] : turns,
          decision,
          signal: controller.signal,
        };
        for await (const event of assistant.stream(request) as AsyncIterable<AssistantEvent>) {
          if (controller.signal.aborted) break;
          // A rate-limit wait is announced silence: the watchdog waits it out too.
          watch(
            event.type === 'status' && event.until
              ? event.until - Date.now() + STALL_NOTICE_MS
              : STALL_NOTICE_MS,
          );
          if (event.type === 'text') appendText(event.text);
          else if (event.type === 'refusal') {
            refused = true;
            if (event.text) appendText(event.text);
          } else if (event.type === 'end_request') endRequested = true;
          else if (event.type === 'status') {
            setStatus(
              nodeId,
              event.message ? { message: event.message, until: event.until } : null,
            );
          } else if (event.type === 'warning') refuse(event.message);
          else if (event.type === 'done') {
            if (event.truncated) outcome = { status: 'done', truncated: true };
          } else if (event.type === 'error') {
            outcome = { status: 'error', error: event.message };
            break;
          }
        }
      } catch (error) {
        outcome = {
          status: 'error',
          error: error instanceof Error ? error.message : String(error),
        };
      }
      flushText();
      clearTimeout(watchdog);
      if (timedOut)
        outcome = {
          status: 'error',
          error: `The server sent nothing for ${STALL_LIMIT_MS / 1000} seconds, so the reply was stopped. What arrived is kept.`,
        };
      else if (controller.signal.aborted) outcome = { status: 'stopped' };
      setStatus(nodeId, null);
      if (!(nodeId in get().drafts)) return { ok: true };
      finish(conversationId, nodeId, {
        truncated: false,
        error: undefined,
        ...outcome,
        ...(refused ? { modelRefused: true } : {}),
      });

      const after = conversation(conversationId);
      if (endRequested && after && decision.kind !== 'end') {
        const { foldPath, honourModelEnd } = await loadPolicy();
        const state = foldPath(activeMessages(after.tree), config);
        if (honourModelEnd(state) && !after.tree.children[nodeId]?.length) {
          putTree(
            conversationId,
            endBranchAt(after.tree, nodeId, {
              by: 'model',
              reason: 'model',
              at: now(),
              triggerIds: state.strikeIds,
            }),
          );
        }
      }
      return outcome.status === 'error'
        ? { ok: true, replyError: outcome.error ?? 'The reply failed.' }
        : { ok: true };
    }

    return {
      hydrated: false,
      status: {},
      conversations: {},
      activeId: null,
      drafts: {},
      editingId: null,
      choosingBranch: false,
      notice: null,
      setAside: [],

      hydrate(conversations, setAside, activeId) {
        const byId: Record<string, Conversation> = {};
        for (const c of conversations) {
          // A reply that was streaming when the page closed keeps its text, marked stopped.
          let tree = c.tree;
          for (const n of Object.values(tree.nodes)) {
            if (n.status === 'streaming') tree = updateNode(tree, n.id, { status: 'stopped' });
          }
          byId[c.id] = tree === c.tree ? c : { ...c, tree };
        }
        const fallback =
          Object.values(byId).sort((a, b) => b.updatedAt - a.updatedAt)[0]?.id ?? null;
        set({
          hydrated: true,
          conversations: byId,
          setAside: [...setAside],
          activeId: activeId && byId[activeId] ? activeId : fallback,
        });
      },

      newConversation() {
        const active = conversation(get().activeId);
        if (active && Object.keys(active.tree.nodes).length === 0) {
          set({ editingId: null, choosingBranch: false });
          return active.id;
        }
        const id = newId();
        const at = now();
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
        if (!get().conversations[id]) return;
        set({ activeId: id, editingId: null, choosingBranch: false });
      },

      rename(id, title) {
        const conv = conversation(id);
        const clean = title.trim().slice(0, 200);
        if (!conv || !clean) return;
        set((s) => ({ conversations: { ...s.conversations, [id]: { ...conv, title: clean } } }));
      },

      remove(id) {
        const conv = conversation(id);
        if (!conv) return;
        for (const nodeId of Object.keys(conv.tree.nodes)) controllers.get(nodeId)?.abort();
        set((s) => {
          const { [id]: _gone, ...rest } = s.conversations;
          const drafts = Object.fromEntries(
            Object.entries(s.drafts).filter(([n]) => !conv.tree.nodes[n]),
          );
          const next =
            s.activeId === id
              ? (Object.values(rest).sort((a, b) => b.updatedAt - a.updatedAt)[0]?.id ?? null)
              : s.activeId;
          return { conversations: rest, drafts, activeId: next };
        });
      },

      async send(text) {
        if (!get().hydrated) return refuse('Your conversations are still loading.');
        if (text.trim().length === 0) return refuse('An empty message cannot be sent.');
        const id =
          get().activeId && conversation(get().activeId)
            ? get().activeId!
            : get().newConversation();
        const conv = conversation(id)!;
        const why = appendRefusal(conv.tree, conv.tree.activeLeafId);
        if (why) return refuse(`Message not sent: ${why}.`);
        if (isStreaming(id))
          return refuse('Wait for the reply to finish, or stop it, before sending.');
        const at = now();
        const first = Object.keys(conv.tree.nodes).length === 0 && conv.title === DEFAULT_TITLE;
        const tree = append(conv.tree, {
          id: newId(),
          role: 'user',
          text,
          createdAt: at,
          status: 'done',
        });
        putTree(id, tree, { updatedAt: at, ...(first ? { title: titleFrom(text) } : {}) });
        return respond(id);
      },

      async editMessage(messageId, text) {
        const id = get().activeId;
        const conv = conversation(id);
        if (!id || !conv) return refuse('No conversation is open.');
        const original = conv.tree.nodes[messageId];
        if (!original || original.role !== 'user')
          return refuse('Only your own messages can be edited.');
        if (text.trim().length === 0) return refuse('An empty message cannot be sent.');
        if (isStreaming(id))
          return refuse('Wait for the reply to finish, or stop it, before editing.');
        const why = appendRefusal(conv.tree, original.parentId);
        if (why) return refuse(`Edit not saved: ${why}.`);
        const at = now();
        const tree = addSibling(conv.tree, messageId, {
          id: newId(),
          role: 'user',
          text,
          createdAt: at,
          status: 'done',
        });
        putTree(id, tree, { updatedAt: at });
        set({ editingId: null, choosingBranch: false });
        return respond(id);
      },

      async regenerate(messageId) {
        const id = get().activeId;
        const conv = conversation(id);
        if (!id || !conv) return refuse('No conversation is open.');
        const original = conv.tree.nodes[messageId];
        if (!original || original.role !== 'assistant')
          return refuse('Only replies can be regenerated.');
        if (original.ending) {
          return refuse(
            'This reply ended the conversation. Branch from an earlier message to continue.',
          );
        }
        if (isStreaming(id)) return refuse('Wait for the reply to finish, or stop it, first.');
        // Answer the same user message again, as a sibling of this reply.
        const atParent = activate(conv.tree, original.parentId ?? messageId);
        putTree(id, { ...atParent, activeLeafId: original.parentId });
        return respond(id, messageId);
      },

      async continueReply(messageId) {
        const id = get().activeId;
        const conv = conversation(id);
        if (!id || !conv) return refuse('No conversation is open.');
        const node = conv.tree.nodes[messageId];
        if (!node || node.role !== 'assistant') return refuse('Only replies can be continued.');
        if (node.ending) return refuse('This reply ended the conversation.');
        if ((conv.tree.children[messageId] ?? []).length > 0) {
          return refuse('Only the last reply of a branch can be continued.');
        }
        if (isStreaming(id)) return refuse('Wait for the reply to finish, or stop it, first.');
        const tree = activate(conv.tree, messageId);
        const path = activeMessages(tree).slice(0, -1);
        const user = path[path.length - 1];
        if (!user) return refuse('There is no message to answer.');
        const config = deps.policy();
        const { decide, foldPath } = await loadPolicy();
        const decision = decide(foldPath(path.slice(0, -1), config), user, config);
        putTree(id, updateNode(tree, messageId, { status: 'streaming' }));
        return stream(id, messageId, voiceFor(decision), decision, path, node.text);
      },

      switchBranch(messageId, offset) {
        const id = get().activeId;
        const conv = conversation(id);
        if (!id || !conv) return;
        try {
          putTree(id, switchSibling(conv.tree, messageId, offset));
        } catch (error) {
          refuse(error instanceof Error ? error.message : String(error));
        }
      },

      reveal(messageId) {
        const id = get().activeId;
        const conv = conversation(id);
        if (id && conv?.tree.nodes[messageId]) putTree(id, activate(conv.tree, messageId));
      },

      stop() {
        const conv = conversation(get().activeId);
        if (!conv) return;
        for (const nodeId of Object.keys(get().drafts)) {
          if (conv.tree.nodes[nodeId]) controllers.get(nodeId)?.abort();
        }
      },

      startEditing(editingId) {
        set({ editingId });
      },

      setChoosingBranch(choosingBranch) {
        set({ choosingBranch, editingId: null });
      },

      dismissNotice() {
        set({ notice: null });
      },

      adoptRemote(remote) {
        const local = conversation(remote.id);
        if (!local) {
          set((s) => ({ conversations: { ...s.conversations, [remote.id]: remote } }));
          return;
        }
        const tree = mergeTrees(local.tree, remote.tree);
        // Stop any reply this tab was streaming into a branch that has since ended elsewhere.
        for (const nodeId of Object.keys(get().drafts)) {
          if (local.tree.nodes[nodeId] && !tree.nodes[nodeId]) {
            controllers.get(nodeId)?.abort();
            set((s) => {
              const { [nodeId]: _gone, ...drafts } = s.drafts;
              return { drafts };
            });
          }
        }
        const title = remote.updatedAt > local.updatedAt ? remote.title : local.title;
        putTree(remote.id, tree, { title, updatedAt: Math.max(local.updatedAt, remote.updatedAt) });
      },

      announce(text) {
        refuse(text);
      },

      importConversations(imported) {
        let refused = 0;
        for (const incoming of imported) {
          const local = conversation(incoming.id);
          if (local) {
            get().adoptRemote(incoming);
            const merged = conversation(incoming.id)!.tree.nodes;
            refused += Object.keys(incoming.tree.nodes).filter((id) => !merged[id]).length;
          } else {
            set((s) => ({ conversations: { ...s.conversations, [incoming.id]: incoming } }));
          }
        }
        if (imported[0]) get().select(imported[0].id);
        return { refused };
      },
    };
  });
}

export { DEFAULT_POLICY };
