/**
 * Conversations in IndexedDB, messages in chunks (see splitRecord.ts), so a
 * save's cost follows what changed. A whole 10,000-message record took one task
 * of 50–130 ms to read back and write again on every save while a reply streamed.
 *
 * Two tabs may write one conversation. Each save reads the small header in its
 * transaction: when it carries the revision this tab last wrote or loaded,
 * nobody else wrote since, and only the chunks that changed are written.
 * Otherwise (another tab or an older version wrote) the stored conversation is
 * read whole, merged as before, and written again in fresh chunks.
 */
import { createStore, promisifyRequest, type UseStore } from 'idb-keyval';
import type { Conversation, ConversationRecord } from './schema';
import {
  chunkChanges,
  chunkIds,
  decodePieces,
  groupEntries,
  headerOf,
  isChunkKey,
  layoutFromStored,
  layoutOf,
  revisionOf,
  storedValue,
  type ChunkKey,
  type ChunkLayout,
  type StoredMessage,
  type StoredPieces,
} from './splitRecord';
import type { ConversationStorage, LoadResult } from './storage';

/** All of one conversation's chunks: [id, <any number>] sorts between [id] and [id, []]. */
const chunksOf = (id: string) => IDBKeyRange.bound([id], [id, []]);
const keyOf = (conversationId: string, chunk: number): ChunkKey => [conversationId, chunk];

/** What this tab knows is stored: the revision, and the chunks as they are stored then. */
interface Known {
  readonly revision: string;
  /** Built when first needed: most loaded conversations are never saved. */
  readonly layout: () => ChunkLayout | null;
}

/** A conversation as it was loaded, before anyone changes its (mutable) tree. */
function knownFrom(pieces: StoredPieces, conversation: Conversation): Known | null {
  // Only a split header is this version's writing, stored exactly as it decodes.
  const revision = revisionOf(pieces.header);
  if (revision === null) return null;
  // Kept: the ids in each chunk and the tree's messages as loaded, not the stored values.
  const ids = chunkIds(pieces);
  const loaded = [...conversation.tree.messages()];
  let layout: ChunkLayout | null | undefined;
  const build = () => {
    const byId = new Map(loaded.map((m) => [m.id, m as StoredMessage]));
    return layoutFromStored(ids, (id) => byId.get(id));
  };
  return { revision, layout: () => (layout === undefined ? (layout = build()) : layout) };
}

/** Calls `then` with a request's result once it has succeeded, inside the same transaction. */
function onResult<T>(
  request: IDBRequest<T>,
  then: (result: T) => void,
  fail: (e: unknown) => void,
) {
  request.onsuccess = () => {
    try {
      then(request.result);
    } catch (error) {
      fail(error);
    }
  };
}

function readPieces(
  store: IDBObjectStore,
  id: string,
  then: (pieces: StoredPieces) => void,
  fail: (e: unknown) => void,
) {
  const header = store.get(id);
  const keys = store.getAllKeys(chunksOf(id));
  onResult(
    store.getAll(chunksOf(id)),
    (values: unknown[]) =>
      then({
        header: header.result,
        chunks: keys.result.flatMap((key, i) =>
          isChunkKey(key) ? [{ index: key[1], value: values[i] }] : [],
        ),
      }),
    fail,
  );
}

export function createIdbStorage(dbName = 'parley'): ConversationStorage {
  // Opened on first use: in some private modes merely opening IndexedDB throws.
  let opened: UseStore | null = null;
  const db = () => (opened ??= createStore(dbName, 'conversations'));
  const tab = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  let saves = 0;
  const known = new Map<string, Known>();
  const remember = (id: string, pieces: StoredPieces, conversation: Conversation) => {
    const now = knownFrom(pieces, conversation);
    if (now) known.set(id, now);
    else known.delete(id);
  };

  const entries = () =>
    db()('readonly', (store) =>
      Promise.all([promisifyRequest(store.getAllKeys()), promisifyRequest(store.getAll())]).then(
        ([keys, values]) => keys.map((key, i): [IDBValidKey, unknown] => [key, values[i]]),
      ),
    );

  return {
    async loadAll(): Promise<LoadResult> {
      const result: LoadResult = { conversations: [], setAside: [] };
      for (const [id, pieces] of groupEntries(await entries())) {
        const decoded = decodePieces(pieces);
        if (decoded.ok) {
          result.conversations.push(decoded.conversation);
          remember(id, pieces, decoded.conversation);
        } else result.setAside.push({ key: id, reason: decoded.reason, raw: storedValue(pieces) });
      }
      return result;
    },

    async load(id) {
      const pieces = await db()(
        'readonly',
        (store) =>
          new Promise<StoredPieces>((resolve, reject) => readPieces(store, id, resolve, reject)),
      );
      const decoded = decodePieces(pieces);
      if (!decoded.ok) return null;
      remember(id, pieces, decoded.conversation);
      return decoded.conversation;
    },

    async save(record, merge) {
      const revision = `${tab}.${(saves += 1)}`;
      const mine = known.get(record.id);
      const after = await db()(
        'readwrite',
        (store) =>
          new Promise<ChunkLayout>((resolve, reject) => {
            // A write that fails half-way must not commit its first half (chunks deleted, a few rewritten).
            const fail = (error: unknown) => {
              try {
                store.transaction.abort();
              } catch {
                // Already finished or aborting: nothing of it is committed then.
              }
              reject(error);
            };
            const commit = (next: ConversationRecord, layout: ChunkLayout) => {
              store.put(headerOf(next, revision), next.id);
              promisifyRequest(store.transaction).then(() => resolve(layout), reject);
            };
            onResult(
              store.get(record.id),
              (header: unknown) => {
                // Nobody wrote since this tab did: only what changed since is written.
                const layout = mine && revisionOf(header) === mine.revision && mine.layout();
                const changes = layout ? chunkChanges(layout, record.nodes) : null;
                if (changes) {
                  for (const [index, chunk] of changes.write)
                    store.put(chunk, keyOf(record.id, index));
                  return commit(record, changes.after);
                }
                readPieces(
                  store,
                  record.id,
                  (pieces) => {
                    const merged = merge(storedValue(pieces));
                    const fresh = layoutOf(merged.nodes);
                    store.delete(chunksOf(record.id));
                    for (const [index, chunk] of fresh.chunks)
                      store.put(chunk, keyOf(record.id, index));
                    commit(merged, fresh);
                  },
                  fail,
                );
              },
              fail,
            );
          }),
      );
      known.set(record.id, { revision, layout: () => after });
    },

    async remove(id) {
      known.delete(id);
      await db()('readwrite', (store) => {
        store.delete(id);
        store.delete(chunksOf(id));
        return promisifyRequest(store.transaction);
      });
    },
  };
}
