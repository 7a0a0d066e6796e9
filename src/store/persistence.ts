/**
 * Keeps storage in step with the store: loads first (nothing is written before
 * the stored state has loaded), then writes only the conversations that changed,
 * at most once per `throttleMs` each, merged with what another tab may have saved.
 */
import { mergeTrees } from '../domain/tree';
import type { ChatStore } from './chatStore';
import { decodeRecord, toRecord, type ConversationRecord } from './schema';
import { describeSaveError, type ConversationStorage } from './storage';
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

interface ChangedMessage {
  readonly type: 'changed' | 'removed';
  readonly id: string;
}

/**
 * Whether `next` already holds every stored node and every stored ending: the
 * usual case (this tab wrote the stored copy), decided in one pass with no
 * validation, so a save while a reply streams stays cheap.
 */
function coveredBy(stored: unknown, next: ConversationRecord): boolean {
  const nodes = (stored as { nodes?: unknown } | null)?.nodes;
  if (!Array.isArray(nodes)) return stored === undefined;
  const ours = new Map(next.nodes.map((n) => [n.id, n]));
  for (const n of nodes as { id?: unknown; ending?: unknown }[]) {
    const mine = typeof n?.id === 'string' ? ours.get(n.id) : undefined;
    if (!mine || (n.ending && !mine.ending)) return false;
  }
  return true;
}

/** A stored record this version cannot read (a newer version's, or damaged): a save leaves it alone. */
export class UnreadableRecord extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'UnreadableRecord';
  }
}

/** Union of what is stored and what this tab has: the tree only grows. */
export function mergeForSave(stored: unknown, next: ConversationRecord): ConversationRecord {
  if (coveredBy(stored, next)) return next;
  const decoded = decodeRecord(stored);
  // Never write over what cannot be read: it may hold messages this version cannot see.
  if (!decoded.ok) throw new UnreadableRecord(decoded.reason);
  const ours = decodeRecord(next);
  if (!ours.ok) return next;
  const tree = mergeTrees(ours.conversation.tree, decoded.conversation.tree);
  return toRecord({ ...ours.conversation, tree });
}

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

  const dirty = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let writing = Promise.resolve();
  let inFlight = 0;
  let wasBusy = false;
  const tellBusy = () => {
    const busy = timer !== null || inFlight > 0;
    if (busy !== wasBusy) options.onBusy?.(busy);
    wasBusy = busy;
  };
  let failing = false;
  let retryDelay = 2000;
  const retry = (id: string) => {
    setTimeout(() => schedule(id), retryDelay);
    retryDelay = Math.min(retryDelay * 2, 60_000);
  };

  const flush = () => {
    timer = null;
    const ids = [...dirty];
    dirty.clear();
    const state = store.getState();
    for (const id of ids) {
      const conversation = own(state.conversations, id);
      // A new chat is stored with its first message, not before.
      if (!conversation || conversation.tree.isEmpty) {
        known.delete(id);
        continue;
      }
      // Streaming drafts are stored with their messages.
      const record = toRecord(conversation, state.drafts);
      // Only a save that took in another tab's nodes needs this tab to catch up.
      let tookRemote = false;
      inFlight += 1;
      writing = writing
        .then(() =>
          storage.save(record, (stored) => {
            const merged = mergeForSave(stored, record);
            tookRemote = merged !== record;
            return merged;
          }),
        )
        .then(() => channel?.postMessage({ type: 'changed', id } satisfies ChangedMessage))
        .then(() => (tookRemote ? reconcile(id, record) : undefined))
        .then(
          () => {
            if (failing) report(null);
            failing = false;
            retryDelay = 2000;
          },
          (error: unknown) => {
            failing = true;
            if (error instanceof UnreadableRecord) {
              // Trying again would meet the same record: say so once, and leave it alone.
              report(
                `“${record.title || 'Untitled'}” is stored in a form this version cannot read (${error.reason}), so it was left untouched and your changes to it here are not saved. Export the conversation to keep them.`,
              );
              return;
            }
            // Nothing is dropped: the conversation stays in memory and is tried again.
            report(describeSaveError(error));
            retry(id);
          },
        )
        .finally(() => {
          inFlight -= 1;
          tellBusy();
        });
    }
    tellBusy();
  };

  /** If the stored copy holds more than this tab (another tab wrote too), take it in. */
  const reconcile = async (id: string, written: ConversationRecord) => {
    const stored = await storage.load(id);
    if (stored && stored.tree.size !== written.nodes.length) {
      store.getState().adoptRemote(stored);
    } else if (stored) {
      const ended = [...stored.tree.messages()].some(
        (n) => n.ending && !written.nodes.find((w) => w.id === n.id)?.ending,
      );
      if (ended) store.getState().adoptRemote(stored);
    }
  };

  /**
   * `urgent`: a message was added. What is shown as sent is written at once (not
   * after the throttle), so a reload or a closed tab right after Enter keeps it.
   */
  const schedule = (id: string, urgent = false) => {
    dirty.add(id);
    // A conversation no tab has stored yet is written at once, so a tab opened now finds it.
    if (!known.has(id) || urgent) {
      known.add(id);
      if (timer) clearTimeout(timer);
      timer = setTimeout(flush, 0);
      tellBusy();
      return;
    }
    timer ??= setTimeout(flush, throttleMs);
    tellBusy();
  };

  /** Messages per conversation when last seen: growth means a message was just added. */
  const sizes = new Map(loaded.conversations.map((c) => [c.id, c.tree.size] as const));
  const unsubscribe = store.subscribe((state, prev) => {
    for (const [id, conversation] of Object.entries(state.conversations)) {
      if (conversation === own(prev.conversations, id)) continue;
      const grew = conversation.tree.size > (sizes.get(id) ?? 0);
      sizes.set(id, conversation.tree.size);
      schedule(id, grew);
    }
    for (const id of Object.keys(prev.conversations)) {
      if (!own(state.conversations, id)) {
        dirty.delete(id);
        sizes.delete(id);
        writing = writing
          .then(() => storage.remove(id))
          .then(() => channel?.postMessage({ type: 'removed', id } satisfies ChangedMessage))
          .catch((error: unknown) =>
            report(`A conversation could not be deleted: ${String(error)}`),
          );
      }
    }
    if (state.drafts !== prev.drafts) {
      for (const nodeId of Object.keys(state.drafts)) {
        const owner = Object.values(state.conversations).find((c) => c.tree.has(nodeId));
        if (owner) schedule(owner.id);
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

  const beforeUnload = () => {
    if (timer) {
      clearTimeout(timer);
      flush();
    }
  };
  if (typeof window !== 'undefined') window.addEventListener('pagehide', beforeUnload);

  return () => {
    unsubscribe();
    if (timer) clearTimeout(timer);
    channel?.close();
    if (typeof window !== 'undefined') window.removeEventListener('pagehide', beforeUnload);
  };
}
