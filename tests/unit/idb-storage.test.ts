/**
 * Conversations in IndexedDB (fake-indexeddb here), messages in chunks: a save
 * writes the chunks that changed; two tabs' saves merge; records of older
 * versions (whole, messages inline) load, alone or beside chunks.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConversationTree } from '../../src/domain/tree';
import { createIdbStorage } from '../../src/store/idbStorage';
import { mergeForSave } from '../../src/store/persistence';
import { toRecord, type ConversationRecord } from '../../src/store/schema';
import { CHUNK_SIZE } from '../../src/store/splitRecord';
import { createMemoryStorage, type ConversationStorage } from '../../src/store/storage';
import { applyOp, op, run } from './treeArbitrary';

let dbCount = 0;
const newDbName = () => `parley-test-${(dbCount += 1)}`;

const conversation = (tree: ConversationTree, id = 'c1') => ({
  id,
  title: 'Tides',
  createdAt: 1,
  updatedAt: 2,
  tree,
});

const chain = (length: number, prefix = 'm') =>
  run(
    Array.from({ length }, () => ({ kind: 'append' as const })),
    undefined,
    prefix,
  );

const save = (storage: ConversationStorage, record: ConversationRecord) =>
  storage.save(record, (stored) => mergeForSave(stored, record));

/** Every key and value in the database, as another program would see them. */
function rawEntries(dbName: string): Promise<[IDBValidKey, unknown][]> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(dbName);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const store = open.result.transaction('conversations').objectStore('conversations');
      const keys = store.getAllKeys();
      const values = store.getAll();
      values.onsuccess = () => {
        open.result.close();
        resolve(keys.result.map((k, i) => [k, values.result[i]]));
      };
    };
  });
}

function putRaw(dbName: string, key: IDBValidKey, value: unknown): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(dbName);
    open.onupgradeneeded = () => open.result.createObjectStore('conversations');
    open.onsuccess = () => {
      const tx = open.result.transaction('conversations', 'readwrite');
      tx.objectStore('conversations').put(value, key);
      tx.oncomplete = () => {
        open.result.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

const idsOf = (tree: ConversationTree | undefined) =>
  [...(tree?.messages() ?? [])].map((m) => m.id).sort();

afterEach(() => vi.restoreAllMocks());

describe('conversations in IndexedDB, messages in chunks', () => {
  it('stores a header and the messages in chunks, and loads the same tree back', async () => {
    const name = newDbName();
    const tree = run([
      { kind: 'append' },
      { kind: 'append' },
      { kind: 'edit', pick: 0 },
      { kind: 'append' },
    ]);
    await save(createIdbStorage(name), toRecord(conversation(tree)));

    const entries = await rawEntries(name);
    const header = entries.find(([key]) => key === 'c1')?.[1] as Record<string, unknown>;
    expect(header).toMatchObject({ id: 'c1', title: 'Tides', layout: 'split' });
    expect(header).not.toHaveProperty('nodes');
    const chunks = entries.filter(([key]) => Array.isArray(key));
    expect(chunks.map(([key]) => key)).toEqual([['c1', 0]]);
    expect((chunks[0]![1] as { id: string }[]).map((m) => m.id).sort()).toEqual(idsOf(tree));
    const loaded = await createIdbStorage(name).loadAll();
    expect(loaded.setAside).toEqual([]);
    expect(toRecord(loaded.conversations[0]!)).toEqual(toRecord(conversation(tree)));
  });

  it(`a later save writes only the chunks that changed (of ${CHUNK_SIZE} messages), and the header`, async () => {
    const name = newDbName();
    const storage = createIdbStorage(name);
    const tree = chain(3 * CHUNK_SIZE);
    await save(storage, toRecord(conversation(tree)));
    tree.append({ id: 'new', role: 'user', text: 'one more', createdAt: 999, status: 'done' });
    tree.update(`m${CHUNK_SIZE + 5}`, { text: 'edited in place' });

    const put = vi.spyOn(IDBObjectStore.prototype, 'put');
    const getAll = vi.spyOn(IDBObjectStore.prototype, 'getAll');
    await save(storage, toRecord(conversation(tree)));
    expect(put.mock.calls.map(([, key]) => key)).toEqual([['c1', 1], ['c1', 3], 'c1']);
    expect((put.mock.calls[1]![0] as { id: string }[]).map((m) => m.id)).toEqual(['new']);
    // Nothing but the header was read back.
    expect(getAll).not.toHaveBeenCalled();
    expect(toRecord((await createIdbStorage(name).load('c1'))!)).toEqual(
      toRecord(conversation(tree)),
    );
  });

  it('the first save after a reload writes only what changed since', async () => {
    const name = newDbName();
    await save(createIdbStorage(name), toRecord(conversation(chain(100))));
    const reloaded = createIdbStorage(name);
    const tree = (await reloaded.loadAll()).conversations[0]!.tree;
    tree.append({ id: 'after', role: 'user', text: 'back again', createdAt: 500, status: 'done' });
    const put = vi.spyOn(IDBObjectStore.prototype, 'put');
    const getAll = vi.spyOn(IDBObjectStore.prototype, 'getAll');
    await save(reloaded, toRecord(conversation(tree)));
    expect(put.mock.calls.map(([, key]) => key)).toEqual([['c1', 1], 'c1']);
    expect(getAll).not.toHaveBeenCalled();
  });

  it('a draft streaming into its message is written with it, and only it', async () => {
    const name = newDbName();
    const storage = createIdbStorage(name);
    const tree = chain(50);
    await save(storage, toRecord(conversation(tree)));
    const put = vi.spyOn(IDBObjectStore.prototype, 'put');
    await save(storage, toRecord(conversation(tree), { m50: 'partial text' }));
    expect(put.mock.calls.map(([, key]) => key)).toEqual([['c1', 0], 'c1']);
    const stored = await createIdbStorage(name).load('c1');
    expect(stored?.tree.get('m50')?.text).toBe('partial text');
  });

  it('two tabs writing one conversation keep both tabs’ messages', async () => {
    const name = newDbName();
    const tabA = createIdbStorage(name);
    const tabB = createIdbStorage(name);
    const a = chain(4);
    await save(tabA, toRecord(conversation(a)));
    const b = (await tabB.load('c1'))!.tree;
    a.append({ id: 'fromA', role: 'user', text: 'A', createdAt: 10, status: 'done' });
    b.addSibling('m4', {
      id: 'fromB',
      role: 'assistant',
      text: 'B',
      createdAt: 11,
      status: 'done',
    });
    await save(tabB, toRecord(conversation(b)));
    // Tab A's last write is no longer the stored one: its save reads and merges.
    await save(tabA, toRecord(conversation(a)));
    const stored = await createIdbStorage(name).load('c1');
    expect(idsOf(stored?.tree)).toEqual([...idsOf(a), 'fromB'].sort());
    expect(stored?.tree.headId).toBe('fromA');
  });

  it('a whole record from an older version loads, and its first save splits it', async () => {
    const name = newDbName();
    const tree = chain(6);
    await putRaw(name, 'old', toRecord(conversation(tree, 'old')));
    const storage = createIdbStorage(name);
    const loaded = await storage.loadAll();
    expect(loaded.conversations.map((c) => c.id)).toEqual(['old']);
    const again = loaded.conversations[0]!.tree;
    again.append({ id: 'later', role: 'assistant', text: 'hi', createdAt: 50, status: 'done' });
    await save(storage, toRecord(conversation(again, 'old')));

    const entries = await rawEntries(name);
    expect(entries.find(([key]) => key === 'old')?.[1]).not.toHaveProperty('nodes');
    expect(entries.filter(([key]) => Array.isArray(key))).toEqual([
      [['old', 0], expect.any(Array)],
    ]);
    expect(entries.find(([key]) => Array.isArray(key))?.[1]).toHaveLength(7);
    expect(idsOf((await createIdbStorage(name).load('old'))?.tree)).toEqual(idsOf(again));
  });

  it('an older version writing a whole record over a split one loses neither', async () => {
    const name = newDbName();
    const split = chain(4);
    await save(createIdbStorage(name), toRecord(conversation(split)));
    // An older tab, loaded before, adds its own reply and writes the record whole.
    const older = chain(2);
    older.append({
      id: 'old-tab',
      role: 'user',
      text: 'from the older tab',
      createdAt: 9,
      status: 'done',
    });
    await putRaw(name, 'c1', toRecord(conversation(older)));

    const loaded = await createIdbStorage(name).loadAll();
    expect(loaded.setAside).toEqual([]);
    expect(idsOf(loaded.conversations[0]!.tree)).toEqual([...idsOf(split), 'old-tab'].sort());
    // The older tab wrote last: its branch is the one shown.
    expect(loaded.conversations[0]!.tree.headId).toBe('old-tab');
  });

  it('a damaged message sets its conversation aside, untouched, and the rest load', async () => {
    const name = newDbName();
    const storage = createIdbStorage(name);
    await save(storage, toRecord(conversation(chain(3), 'good')));
    await save(storage, toRecord(conversation(chain(3), 'bad')));
    await putRaw(name, ['bad', 0], [{ id: 'm2', text: 42 }]);

    const loaded = await createIdbStorage(name).loadAll();
    expect(loaded.conversations.map((c) => c.id)).toEqual(['good']);
    expect(loaded.setAside.map((s) => s.key)).toEqual(['bad']);
    expect(loaded.setAside[0]!.reason).toContain('invalid record at nodes');
    expect((loaded.setAside[0]!.raw as { nodes: unknown[] }).nodes).toContainEqual({
      id: 'm2',
      text: 42,
    });
    expect(await rawEntries(name)).toContainEqual([['bad', 0], [{ id: 'm2', text: 42 }]]);
  });

  it('a save that fails half-way commits none of it', async () => {
    const name = newDbName();
    const tree = chain(3 * CHUNK_SIZE);
    await save(createIdbStorage(name), toRecord(conversation(tree)));
    // Another tab's save reads, merges and rewrites every chunk; its second chunk fails.
    const other = (await createIdbStorage(name).load('c1'))!.tree;
    other.append({
      id: 'other',
      role: 'user',
      text: 'from the other tab',
      createdAt: 999,
      status: 'done',
    });
    const put = IDBObjectStore.prototype.put;
    let puts = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<typeof put>
    ) {
      puts += 1;
      if (puts === 2) throw new DOMException('cannot be cloned', 'DataCloneError');
      return put.apply(this, args);
    });
    await expect(save(createIdbStorage(name), toRecord(conversation(other)))).rejects.toThrow(
      'cannot be cloned',
    );
    vi.restoreAllMocks();
    const stored = await createIdbStorage(name).load('c1');
    expect(toRecord(stored!)).toEqual(toRecord(conversation(tree)));
  });

  it('remove deletes the header and every message of that conversation only', async () => {
    const name = newDbName();
    const storage = createIdbStorage(name);
    await save(storage, toRecord(conversation(chain(3), 'keep')));
    await save(storage, toRecord(conversation(chain(3), 'drop')));
    await storage.remove('drop');
    const keys = (await rawEntries(name)).map(([key]) => key);
    expect(keys).toEqual(['keep', ['keep', 0]]);
  });

  it('saves from two tabs in any order store what whole records in memory would', async () => {
    const step = fc.record({
      tab: fc.constantFrom(0, 1),
      op,
      // Now and then a tab ends its branch: the other tab's replies under it are dropped.
      end: fc.nat(9).map((n) => n === 0),
      save: fc.boolean(),
      // After its save a tab may take in what is stored, or reload.
      then: fc.constantFrom('go on', 'load', 'reload'),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 30 }), async (steps) => {
        const name = newDbName();
        const idb = [createIdbStorage(name), createIdbStorage(name)];
        const memory = createMemoryStorage();
        // Both start from one chain that nearly fills a chunk, so that new messages cross into the next.
        const trees = [chain(CHUNK_SIZE - 5, 'root'), chain(CHUNK_SIZE - 5, 'root')];
        let n = 0;
        for (const { tab, op: o, end, save: saving, then } of steps) {
          n += 1;
          const tree = trees[tab]!;
          if (end && tree.headId && tree.childCount(tree.headId) === 0)
            tree.endBranchAt(tree.headId, { by: 'policy', reason: 'abuse', at: n, triggerIds: [] });
          else if (tree.ending() || !applyOp(tree, o, n, `t${tab}-`)) continue;
          if (!saving) continue;
          const record = toRecord(conversation(tree));
          await save(idb[tab]!, record);
          await save(memory, record);
          if (then === 'load') trees[tab] = (await idb[tab]!.load('c1'))!.tree;
          if (then === 'reload') {
            idb[tab] = createIdbStorage(name);
            trees[tab] = (await idb[tab].loadAll()).conversations[0]!.tree;
          }
        }
        const fromIdb = await createIdbStorage(name).load('c1');
        const fromMemory = await memory.load('c1');
        expect(fromIdb && toRecord(fromIdb)).toEqual(fromMemory && toRecord(fromMemory));
      }),
      { numRuns: 300 },
    );
  });
});
