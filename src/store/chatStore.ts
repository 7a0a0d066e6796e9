/**
 * The chat store, composed of slices (conversations, navigation, notices,
 * replies). Actions are thin: the tree and the policy decide, the turn runner
 * walks a turn, the store holds the result.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { SUPPORT_LINES } from '../assistants/builtin/support';
import type { Assistant } from '../assistants/types';
import { DEFAULT_POLICY, type PolicyConfig } from '../domain/safety/policyConfig';
import type { SafetyMode } from '../domain/types';
import { createLocalGuard } from '../guard/local';
import type { Guard } from '../guard/types';
import type { TurnHost } from '../turns/host';
import { createTurnRunner, type TurnRunner } from '../turns/runTurn';
import type { Timers } from '../turns/watchdog';
import { backfillVerdicts } from './backfill';
import { createConversationsSlice } from './slices/conversations';
import { createNavigationSlice } from './slices/navigation';
import { createNoticesSlice, noticeOf } from './slices/notices';
import { createRepliesSlice } from './slices/replies';
import { abortReply, type ReplyRuntime } from './slices/runtime';
import { withTree } from './slices/trees';
import type { ChatStoreState } from './slices/types';
import { own } from '../domain/own';

export { DEFAULT_TITLE } from './slices/conversations';
export type { ChatActions, ChatState, Notice, SendResult } from './slices/types';
export { STALL_LIMIT_MS, STALL_NOTICE_MS } from '../turns/runTurn';

export interface ChatDeps {
  /** The configured backend: answers ordinary turns and, on a risk path, supportive ones. */
  readonly assistant: () => Assistant;
  /** Writes what the client decided (refusal, warning, end, confirmation) in its own words. */
  readonly clientVoice?: () => Assistant;
  readonly policy: () => PolicyConfig;
  /** Who judges harm and abuse with the configured backend (the built-in assistant: the client). */
  readonly mode?: () => SafetyMode;
  readonly guard?: () => Guard;
  readonly supportLines?: () => readonly string[];
  readonly now?: () => number;
  readonly newId?: () => string;
  readonly timers?: Timers;
}

export type ChatStore = StoreApi<ChatStoreState>;

const randomId = () =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

let sharedGuard: Guard | null = null;
/** One guard on the calling thread for every store that is given none (tests, scripts). */
const defaultGuard = () => (sharedGuard ??= createLocalGuard());

export function createChatStore(deps: ChatDeps): ChatStore {
  const ids = { now: deps.now ?? Date.now, newId: deps.newId ?? randomId };
  const guard = deps.guard ?? defaultGuard;
  let runner: TurnRunner | null = null;
  const runtime: ReplyRuntime = {
    controllers: new Map(),
    stopReasons: new Map(),
    stopOnStart: new Set(),
    backfill: (conversationIds) => void backfillVerdicts(store, guard, conversationIds),
  };

  const store = createStore<ChatStoreState>()((...a) => ({
    ...createConversationsSlice(runtime, ids)(...a),
    ...createNavigationSlice(...a),
    ...createNoticesSlice(...a),
    ...createRepliesSlice(runtime, () => runner!, ids)(...a),
  }));

  const { getState: get, setState: set } = store;
  const host: TurnHost = {
    conversation: (id) => own(get().conversations, id),
    putTree: (id, tree) => set((s) => withTree(s, id, tree)),
    refuse: (reason) => {
      set(noticeOf(reason));
      return { ok: false, reason };
    },
    tell: (text) => set(noticeOf(text)),
    setPending(id, on) {
      if (!on) runtime.stopOnStart.delete(id);
      set((s) => {
        if (on === id in s.replying) return s;
        const { [id]: _old, ...rest } = s.replying;
        return { replying: on ? { ...rest, [id]: true } : rest };
      });
    },
    startReply(conversationId, nodeId, text) {
      const controller = new AbortController();
      runtime.controllers.set(nodeId, controller);
      runtime.stopReasons.delete(nodeId);
      set((s) => ({ drafts: { ...s.drafts, [nodeId]: text } }));
      if (runtime.stopOnStart.delete(conversationId)) abortReply(runtime, nodeId, 'user');
      return controller;
    },
    setDraft: (nodeId, text) =>
      set((s) => (nodeId in s.drafts ? { drafts: { ...s.drafts, [nodeId]: text } } : s)),
    setStatus: (nodeId, value) =>
      set((s) => {
        if (!value && !(nodeId in s.status)) return s;
        const { [nodeId]: _old, ...rest } = s.status;
        return { status: value ? { ...rest, [nodeId]: value } : rest };
      }),
    abortReply: (nodeId, reason) => abortReply(runtime, nodeId, reason),
    stopReason: (nodeId) => runtime.stopReasons.get(nodeId),
    finishReply(conversationId, nodeId, patch) {
      runtime.controllers.delete(nodeId);
      runtime.stopReasons.delete(nodeId);
      if (!(nodeId in get().drafts)) return false;
      set((s) => {
        const { [nodeId]: _text, ...drafts } = s.drafts;
        const conv = own(s.conversations, conversationId);
        if (!conv?.tree.has(nodeId)) return { drafts };
        conv.tree.update(nodeId, patch);
        return { drafts, ...withTree(s, conversationId, conv.tree) };
      });
      return true;
    },
  };

  runner = createTurnRunner(host, {
    guard,
    assistant: deps.assistant,
    clientVoice: deps.clientVoice ?? deps.assistant,
    policy: deps.policy,
    mode: deps.mode ?? (() => 'client_enforces'),
    supportLines: deps.supportLines ?? (() => SUPPORT_LINES),
    now: ids.now,
    newId: ids.newId,
    ...(deps.timers ? { timers: deps.timers } : {}),
  });
  return store;
}

export { DEFAULT_POLICY };
