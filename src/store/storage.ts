/**
 * Where conversations live: one IndexedDB record per conversation, so a save
 * writes one conversation, never the whole store.
 */
import { createStore, del, entries, get, update, type UseStore } from 'idb-keyval';
import { decodeRecord, type Conversation, type ConversationRecord } from './schema';

export interface SetAside {
  readonly key: string;
  readonly reason: string;
  readonly raw: unknown;
}

export interface LoadResult {
  readonly conversations: Conversation[];
  /** Records that failed validation: kept in storage untouched, reported, never loaded. */
  readonly setAside: SetAside[];
}

export interface ConversationStorage {
  loadAll(): Promise<LoadResult>;
  load(id: string): Promise<Conversation | null>;
  /** Writes `record`, merged with what is stored (`merge` runs inside the write transaction). */
  save(record: ConversationRecord, merge: (stored: unknown) => ConversationRecord): Promise<void>;
  remove(id: string): Promise<void>;
}

export function decodeAll(pairs: [IDBValidKey, unknown][]): LoadResult {
  const conversations: Conversation[] = [];
  const setAside: SetAside[] = [];
  for (const [key, raw] of pairs) {
    const result = decodeRecord(raw);
    if (result.ok) conversations.push(result.conversation);
    else setAside.push({ key: String(key), reason: result.reason, raw });
  }
  return { conversations, setAside };
}

export function createIdbStorage(dbName = 'parley'): ConversationStorage {
  // Opened on first use: in some private modes merely opening IndexedDB throws.
  let store: UseStore | null = null;
  const db = () => (store ??= createStore(dbName, 'conversations'));
  return {
    loadAll: async () => decodeAll(await entries(db())),
    async load(id) {
      const result = decodeRecord(await get(id, db()));
      return result.ok ? result.conversation : null;
    },
    save: async (record, merge) => update(record.id, (stored) => merge(stored), db()),
    remove: async (id) => del(id, db()),
  };
}

/**
 * IndexedDB when it works; when it cannot even be read (private mode, disabled
 * storage), conversations live in memory for this tab and `onUnavailable` says so.
 */
export function withMemoryFallback(
  primary: ConversationStorage,
  onUnavailable: (error: unknown) => void,
): ConversationStorage {
  let active = primary;
  return {
    async loadAll() {
      try {
        return await primary.loadAll();
      } catch (error) {
        active = createMemoryStorage();
        onUnavailable(error);
        return active.loadAll();
      }
    },
    load: (id) => active.load(id),
    save: (record, merge) => active.save(record, merge),
    remove: (id) => active.remove(id),
  };
}

/** What a failed write means to the person whose conversation it is. */
export function describeSaveError(error: unknown): string {
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'QuotaExceededError')
    return 'Storage is full, so your latest messages are not saved yet. They stay open in this tab; export or delete old conversations to free space, and saving will resume.';
  return `A conversation could not be saved (${String(error)}). It stays open in this tab; saving will be tried again.`;
}

/** Storage that keeps nothing: for the preview gallery and for when IndexedDB is unavailable. */
export function createMemoryStorage(initial: Record<string, unknown> = {}): ConversationStorage & {
  readonly records: Map<string, unknown>;
} {
  const records = new Map<string, unknown>(Object.entries(initial));
  return {
    records,
    loadAll: async () => decodeAll([...records.entries()]),
    async load(id) {
      const result = decodeRecord(records.get(id));
      return result.ok ? result.conversation : null;
    },
    async save(record, merge) {
      records.set(record.id, merge(records.get(record.id)));
    },
    async remove(id) {
      records.delete(id);
    },
  };
}
