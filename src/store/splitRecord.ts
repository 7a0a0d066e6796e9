/**
 * How a conversation lies in IndexedDB: a header (the record without its
 * messages) under the conversation's id, and its messages in chunks of
 * `CHUNK_SIZE` under [conversation id, chunk number]. A save rewrites the
 * chunks that changed, not the whole conversation; a start reads a few hundred
 * values, not one per message (50,000 single messages took twice as long to
 * read as 200 whole records). Versions before this one kept whole records
 * (messages inline) under the id; those still load, alone or beside chunks.
 * Pure functions over plain values; idbStorage.ts reads and writes them.
 */
import * as z from 'zod/mini';
import { mergeTrees } from '../domain/tree';
import { decodeRecord, toRecord, type ConversationRecord, type DecodeResult } from './schema';

export const CHUNK_SIZE = 100;

export type StoredMessage = ConversationRecord['nodes'][number];
export type ChunkKey = [conversationId: string, chunk: number];

/** One conversation's stored pieces, as read. */
export interface StoredPieces {
  readonly header: unknown;
  readonly chunks: readonly { readonly index: number; readonly value: unknown }[];
}

/** What each chunk holds, and where each message is: chunk × CHUNK_SIZE + position. */
export interface ChunkLayout {
  readonly chunks: ReadonlyMap<number, readonly StoredMessage[]>;
  readonly slotOf: ReadonlyMap<string, number>;
}

const splitHeader = z.object({ layout: z.literal('split'), revision: z.string() });

/** The revision a split header carries; null for an older whole record, damage, or nothing. */
export function revisionOf(header: unknown): string | null {
  const parsed = splitHeader.safeParse(header);
  return parsed.success ? parsed.data.revision : null;
}

export function headerOf(record: ConversationRecord, revision: string) {
  const { nodes: _messages, ...rest } = record;
  return { ...rest, layout: 'split' as const, revision };
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Messages an older version wrote inside the header. */
function inlineMessages(header: unknown): unknown[] {
  return isObject(header) && Array.isArray(header.nodes) ? header.nodes : [];
}

/** A chunk's messages; anything else stays one (invalid) message, for the validator to name. */
const chunkMessages = (value: unknown): unknown[] => (Array.isArray(value) ? value : [value]);

/** The pieces joined into one value shaped like a whole record, for the validator. */
export function joinPieces({ header, chunks }: StoredPieces): unknown {
  if (chunks.length === 0) return header;
  const nodes = chunks.flatMap((c) => chunkMessages(c.value));
  if (!isObject(header)) return { header, nodes };
  const { layout: _layout, revision: _revision, ...rest } = header;
  return { ...rest, nodes: [...inlineMessages(header), ...nodes] };
}

/**
 * Validates one stored conversation and rebuilds its tree; never throws. When an
 * older version wrote a whole record over a chunked one, both are read and merged.
 */
export function decodePieces(pieces: StoredPieces): DecodeResult {
  const { header, chunks } = pieces;
  if (chunks.length > 0 && inlineMessages(header).length > 0) {
    const older = decodeRecord(header);
    const split = decodeRecord(
      joinPieces({ chunks, header: { ...(header as object), nodes: [] } }),
    );
    if (older.ok && split.ok)
      return {
        ok: true,
        // The header is the latest write: its title and its visible branch lead.
        conversation: {
          ...older.conversation,
          tree: mergeTrees(older.conversation.tree, split.conversation.tree),
        },
      };
    if (older.ok || split.ok) return older.ok ? older : split;
  }
  return decodeRecord(joinPieces(pieces));
}

/** What a save merges with: the pieces as one record value (rebuilt when an older version wrote inline). */
export function storedValue(pieces: StoredPieces): unknown {
  if (pieces.chunks.length === 0 || inlineMessages(pieces.header).length === 0)
    return joinPieces(pieces);
  const decoded = decodePieces(pieces);
  return decoded.ok ? toRecord(decoded.conversation) : joinPieces(pieces);
}

export const isChunkKey = (key: IDBValidKey): key is ChunkKey =>
  Array.isArray(key) &&
  key.length === 2 &&
  typeof key[0] === 'string' &&
  typeof key[1] === 'number';

/** Groups every stored entry by conversation, chunks in order. Keys of no known shape are skipped. */
export function groupEntries(
  entries: readonly [IDBValidKey, unknown][],
): Map<string, StoredPieces> {
  const groups = new Map<string, { header: unknown; chunks: StoredPieces['chunks'][number][] }>();
  const group = (id: string) => {
    let found = groups.get(id);
    if (!found) groups.set(id, (found = { header: undefined, chunks: [] }));
    return found;
  };
  for (const [key, value] of entries) {
    if (typeof key === 'string') group(key).header = value;
    else if (isChunkKey(key)) group(key[0]).chunks.push({ index: key[1], value });
  }
  return groups;
}

/** `messages` cut into chunks in their order. */
export function layoutOf(messages: readonly StoredMessage[]): ChunkLayout {
  const chunks = new Map<number, StoredMessage[]>();
  const slotOf = new Map<string, number>();
  messages.forEach((message, slot) => {
    const index = Math.floor(slot / CHUNK_SIZE);
    const chunk = chunks.get(index);
    if (chunk) chunk.push(message);
    else chunks.set(index, [message]);
    slotOf.set(message.id, slot);
  });
  return { chunks, slotOf };
}

/** The ids in each stored chunk (null for a chunk that is not a list of messages with ids). */
export function chunkIds(pieces: StoredPieces): { index: number; ids: string[] | null }[] {
  return pieces.chunks.map(({ index, value }) => {
    const ids = Array.isArray(value)
      ? value.map((m: unknown) => (isObject(m) && typeof m.id === 'string' ? m.id : null))
      : [null];
    return { index, ids: ids.every((id) => id !== null) ? (ids as string[]) : null };
  });
}

/**
 * The layout a loaded conversation has in storage, with `messageById`'s objects
 * (the tree's as loaded, so that a later save compares them by identity). Null
 * when a chunk is not a list of at most CHUNK_SIZE known messages.
 */
export function layoutFromStored(
  chunks: readonly { index: number; ids: readonly string[] | null }[],
  messageById: (id: string) => StoredMessage | undefined,
): ChunkLayout | null {
  const layout = new Map<number, StoredMessage[]>();
  const slotOf = new Map<string, number>();
  for (const { index, ids } of chunks) {
    if (!ids || ids.length > CHUNK_SIZE) return null;
    const messages: StoredMessage[] = [];
    for (const id of ids) {
      const message = messageById(id);
      if (!message) return null;
      slotOf.set(id, index * CHUNK_SIZE + messages.length);
      messages.push(message);
    }
    layout.set(index, messages);
  }
  return { chunks: layout, slotOf };
}

/** Equal as stored: the same fields with the same values (messages are small, plain data). */
export function sameMessage(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  if (keys.length !== Object.keys(y).length) return false;
  for (const key of keys) {
    if (x[key] === undefined ? !(key in y) || y[key] !== undefined : !sameMessage(x[key], y[key]))
      return false;
  }
  return true;
}

/**
 * The chunks to rewrite to take storage from `stored` to `next`, and the layout
 * after. Null when `next` is not simply further along (it lacks a stored
 * message, or a stored ending): then it must be merged with what is stored.
 */
export function chunkChanges(
  stored: ChunkLayout,
  next: readonly StoredMessage[],
): { readonly write: Map<number, StoredMessage[]>; readonly after: ChunkLayout } | null {
  const write = new Map<number, StoredMessage[]>();
  // Copied only when a message is added: most saves change messages in place.
  let slotOf: Map<string, number> | null = null;
  const current = (index: number) => write.get(index) ?? stored.chunks.get(index) ?? [];
  const dirty = (index: number) => {
    let chunk = write.get(index);
    if (!chunk) write.set(index, (chunk = [...current(index)]));
    return chunk;
  };
  let last = stored.chunks.size === 0 ? 0 : Math.max(...stored.chunks.keys());
  let kept = 0;
  for (const message of next) {
    const slot = stored.slotOf.get(message.id);
    if (slot === undefined) {
      if (current(last).length >= CHUNK_SIZE) last += 1;
      const chunk = dirty(last);
      (slotOf ??= new Map(stored.slotOf)).set(message.id, last * CHUNK_SIZE + chunk.length);
      chunk.push(message);
      continue;
    }
    kept += 1;
    const index = Math.floor(slot / CHUNK_SIZE);
    const before = stored.chunks.get(index)![slot % CHUNK_SIZE]!;
    if (sameMessage(before, message)) continue;
    if (before.ending && !message.ending) return null;
    dirty(index)[slot % CHUNK_SIZE] = message;
  }
  if (kept < stored.slotOf.size) return null;
  const chunks = new Map([...stored.chunks, ...write]);
  return { write, after: { chunks, slotOf: slotOf ?? stored.slotOf } };
}
