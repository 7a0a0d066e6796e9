/**
 * The chat store, composed of slices (conversations, navigation, notices,
 * replies). Actions are thin: the tree and the policy decide, a turn yields
 * events, and the store applies them through one named dispatch (dispatch.ts).
 */
import { createStore, type StateCreator, type StoreApi } from 'zustand/vanilla';
import type { devtools } from 'zustand/middleware';
import { SUPPORT_LINES } from '../assistants/builtin/support';
import type { Assistant } from '../assistants/types';
import { DEFAULT_POLICY, type PolicyConfig } from '../domain/safety/policyConfig';
import type { SafetyMode } from '../domain/types';
import { createLocalGuard } from '../guard/local';
import type { Guard } from '../guard/types';
import type { Timers } from '../turns/stall';
import { backfillVerdicts } from './backfill';
import { applyEvent, type StoreEvent } from './dispatch';
import { createTurnDriver } from './driveTurn';
import { createConversationsSlice } from './slices/conversations';
import { createNavigationSlice } from './slices/navigation';
import { createNoticesSlice } from './slices/notices';
import { createRepliesSlice } from './slices/replies';
import type { StoreRuntime } from './slices/runtime';
import type { ChatStoreState } from './slices/types';

export { DEFAULT_TITLE } from './slices/conversations';
export type { ChatActions, ChatState, Notice, SendResult } from './slices/types';

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
  /** zustand's devtools middleware, given by development builds only (src/app/boot.ts). */
  readonly devtools?: typeof devtools;
}

export type ChatStore = StoreApi<ChatStoreState>;

const randomId = () =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

let sharedGuard: Guard | null = null;
/** One guard on the calling thread for every store that is given none (tests, scripts). */
const defaultGuard = () => (sharedGuard ??= createLocalGuard());

type NamedCreator = StateCreator<ChatStoreState, [['zustand/devtools', never]], []>;

export function createChatStore(deps: ChatDeps): ChatStore {
  const ids = { now: deps.now ?? Date.now, newId: deps.newId ?? randomId };
  const guard = deps.guard ?? defaultGuard;
  const runtime: StoreRuntime = {
    dispatch: (event) => dispatch(event),
    drive: (conversationId, target) => driver.drive(conversationId, target),
    stopTurn: (conversationId, reason) => driver.stop(conversationId, reason),
    backfill: (conversationIds) => void backfillVerdicts(store, dispatch, guard, conversationIds),
  };
  // Every event is applied under its own name (devtools list them so while developing).
  let named: Parameters<NamedCreator>[0] = () => {};
  const dispatch = (event: StoreEvent) => named((s) => applyEvent(s, event), false, event.type);
  const slices: NamedCreator = (set, get, api) => {
    named = set;
    return {
      ...createConversationsSlice(runtime, ids)(set, get, api),
      ...createNavigationSlice(runtime)(set, get, api),
      ...createNoticesSlice(set, get, api),
      ...createRepliesSlice(runtime, ids)(set, get, api),
    };
  };
  // Devtools only when the app asks (development builds): without them the names are ignored.
  const store = deps.devtools
    ? createStore<ChatStoreState>()(deps.devtools(slices, { name: 'parley chat' }))
    : createStore<ChatStoreState>()(slices as StateCreator<ChatStoreState>);
  const driver = createTurnDriver(store.getState, dispatch, {
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
