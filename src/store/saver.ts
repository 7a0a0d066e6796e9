/**
 * Writes conversations to storage: each changed one at most once per
 * `throttleMs` (at once when a message was added, or when no tab has stored it
 * yet), merged with what another tab may have saved, tried again with backoff
 * when a save fails, and never over a record this version cannot read.
 */
import { backoffDelay, type Backoff } from '../domain/backoff';
import { own } from '../domain/own';
import { mergeTrees } from '../domain/tree';
import type { ChatStore } from './chatStore';
import type { ChangedMessage, PersistenceOptions } from './persistence';
import { decodeRecord, toRecord, type ConversationRecord } from './schema';
import { describeSaveError, type ConversationStorage } from './storage';

/** A save that failed is tried again after 2 s, doubling to a minute. */
const SAVE_RETRY: Backoff = { firstMs: 2000, maxMs: 60_000 };

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

/** If the stored copy holds more than this tab wrote (another tab wrote too), take it in. */
async function reconcile(
  store: ChatStore,
  storage: ConversationStorage,
  written: ConversationRecord,
) {
  const stored = await storage.load(written.id);
  if (!stored) return;
  const grew = stored.tree.size !== written.nodes.length;
  const ended = [...stored.tree.messages()].some(
    (n) => n.ending && !written.nodes.find((w) => w.id === n.id)?.ending,
  );
  if (grew || ended) store.getState().adoptRemote(stored);
}

const unreadableMessage = (title: string, reason: string) =>
  `“${title || 'Untitled'}” is stored in a form this version cannot read (${reason}), so it was left untouched and your changes to it here are not saved. Export the conversation to keep them.`;

export interface SaverOptions extends PersistenceOptions {
  readonly throttleMs: number;
  readonly report: (message: string | null) => void;
}

export function createSaver(
  store: ChatStore,
  storage: ConversationStorage,
  options: SaverOptions,
  /** Conversations some tab has stored. */
  known: Set<string>,
) {
  const { throttleMs, report } = options;
  const channel = options.channel ?? null;
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
  let failures = 0;
  const retry = (id: string) => {
    setTimeout(() => schedule(id), backoffDelay(SAVE_RETRY, failures));
    failures += 1;
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
        .then(() => (tookRemote ? reconcile(store, storage, record) : undefined))
        .then(
          () => {
            if (failing) report(null);
            failing = false;
            failures = 0;
          },
          (error: unknown) => {
            failing = true;
            if (error instanceof UnreadableRecord) {
              // Trying again would meet the same record: say so once, and leave it alone.
              report(unreadableMessage(record.title, error.reason));
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

  return {
    schedule,
    /** Removes a deleted conversation from storage, and tells the other tabs. */
    remove(id: string) {
      dirty.delete(id);
      writing = writing
        .then(() => storage.remove(id))
        .then(() => channel?.postMessage({ type: 'removed', id } satisfies ChangedMessage))
        .catch((error: unknown) => report(`A conversation could not be deleted: ${String(error)}`));
    },
    /** Writes what waits now (the page is going away). */
    flushNow() {
      if (!timer) return;
      clearTimeout(timer);
      flush();
    },
    dispose() {
      if (timer) clearTimeout(timer);
    },
  };
}
