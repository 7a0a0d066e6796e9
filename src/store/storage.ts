/**
 * Where conversations live: IndexedDB (idbStorage.ts), or memory when it cannot
 * be used. A save writes one conversation, never the whole store.
 */
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

/**
 * IndexedDB when it works; when it cannot even be read (private mode, disabled
 * storage), conversations live in memory for this tab and `onUnavailable` says so.
 */
export function withMemoryFallback(
  primary: ConversationStorage,
  onUnavailable: (error: unknown) => void,
  /** A storage that does not answer in this long is treated as unavailable (issue 28, item 10). */
  timeoutMs = STORAGE_TIMEOUT_MS,
): ConversationStorage {
  let active = primary;
  return {
    async loadAll() {
      try {
        return await withinTime(primary.loadAll(), timeoutMs);
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

export const STORAGE_TIMEOUT_MS = 5_000;

/** What the person is told when storage did not answer in time. */
export const STORAGE_NOT_ANSWERING =
  "This browser's storage did not answer, so this tab is not saving: what you write here will be lost when it closes, and your saved conversations are left untouched. Export any you want to keep, and reload to try again.";

export class StorageTimeout extends Error {
  constructor(ms: number) {
    super(`the browser's storage did not answer within ${ms / 1000} seconds`);
    this.name = 'StorageTimeout';
  }
}

/** The promise's value, or a StorageTimeout after `ms`: a stuck open cannot hold the app forever. */
function withinTime<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StorageTimeout(ms)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
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
