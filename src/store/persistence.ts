/**
 * Keeps storage in step with the store: loads first (nothing is written before
 * the stored state has loaded), then writes only the conversations that changed,
 * at most once per `throttleMs` each, merged with what another tab may have saved.
 */
import type { ChatStore } from './chatStore';
import { createSaver } from './saver';
import type { ConversationStorage } from './storage';
import { own } from '../domain/own';

export interface PersistenceOptions {
  readonly throttleMs?: number;
  /** Tells other tabs which conversation changed. */
  readonly channel?: Pick<BroadcastChannel, 'postMessage' | 'addEventListener' | 'close'> | null;
  readonly rememberActive?: (id: string | null) => void;
  readonly initialActive?: string | null;
  /** A problem to tell the user about, or null once it has cleared. */
  readonly onError?: (message: string | null) => void;
  /** Whether a write is waiting or under way: tests and tools wait for "idle" before a reload. */
  readonly onBusy?: (busy: boolean) => void;
}

export interface ChangedMessage {
  readonly type: 'changed' | 'removed';
  readonly id: string;
}

export { mergeForSave, UnreadableRecord } from './saver';

export async function connectPersistence(
  store: ChatStore,
  storage: ConversationStorage,
  options: PersistenceOptions = {},
): Promise<() => void> {
  const throttleMs = options.throttleMs ?? 500;
  const channel = options.channel ?? null;
  const report = options.onError ?? (() => {});

  // Listen before loading: another tab may save (and say so) while this one loads,
  // and a message missed then would leave this tab behind until a reload.
  const early: ChangedMessage[] = [];
  let hydrated = false;
  const onMessage = (event: MessageEvent<ChangedMessage>) => {
    const data = event.data;
    if (
      !data ||
      typeof data.id !== 'string' ||
      (data.type !== 'changed' && data.type !== 'removed')
    )
      return;
    if (hydrated) void takeIn(data);
    else early.push(data);
  };
  channel?.addEventListener('message', onMessage as unknown as EventListener);

  const loaded = await storage.loadAll().catch((error: unknown) => {
    report(`Your saved conversations could not be read: ${String(error)}`);
    return { conversations: [], setAside: [] };
  });
  store.getState().hydrate(loaded.conversations, loaded.setAside, options.initialActive ?? null);
  const known = new Set(loaded.conversations.map((c) => c.id));
  // The conversation this browser had open may not be stored yet (another tab's
  // first save is still on its way): open it as soon as it arrives, unless the
  // person has chosen something else meanwhile.
  let awaited =
    options.initialActive && !own(store.getState().conversations, options.initialActive)
      ? options.initialActive
      : null;

  const saver = createSaver(store, storage, { ...options, throttleMs, report }, known);

  /** Messages per conversation when last seen: growth means a message was just added. */
  const sizes = new Map(loaded.conversations.map((c) => [c.id, c.tree.size] as const));
  const unsubscribe = store.subscribe((state, prev) => {
    for (const [id, conversation] of Object.entries(state.conversations)) {
      if (conversation === own(prev.conversations, id)) continue;
      const grew = conversation.tree.size > (sizes.get(id) ?? 0);
      sizes.set(id, conversation.tree.size);
      saver.schedule(id, grew);
    }
    for (const id of Object.keys(prev.conversations)) {
      if (!own(state.conversations, id)) {
        sizes.delete(id);
        saver.remove(id);
      }
    }
    if (state.drafts !== prev.drafts) {
      for (const nodeId of Object.keys(state.drafts)) {
        const owner = Object.values(state.conversations).find((c) => c.tree.has(nodeId));
        if (owner) saver.schedule(owner.id);
      }
    }
    if (state.activeId !== prev.activeId) {
      options.rememberActive?.(state.activeId);
      // The person chose a conversation: stop waiting for the one this browser had open.
      awaited = null;
    }
  });

  /** Takes in what another tab saved or removed. */
  async function takeIn({ type, id }: ChangedMessage) {
    if (type === 'removed') {
      if (own(store.getState().conversations, id)) store.getState().remove(id);
      return;
    }
    const stored = await storage.load(id);
    if (!stored) return;
    store.getState().adoptRemote(stored);
    known.add(id);
    if (awaited === id) {
      awaited = null;
      store.getState().select(id);
    }
  }
  hydrated = true;
  for (const message of early.splice(0)) void takeIn(message);
  options.onBusy?.(false);

  const beforeUnload = () => saver.flushNow();
  if (typeof window !== 'undefined') window.addEventListener('pagehide', beforeUnload);

  return () => {
    unsubscribe();
    saver.dispose();
    channel?.close();
    if (typeof window !== 'undefined') window.removeEventListener('pagehide', beforeUnload);
  };
}
