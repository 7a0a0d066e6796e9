import { describe, expect, it, vi } from 'vitest';
import { toExportJson } from '../../src/domain/exportFormats';
import { parseImport } from '../../src/store/importFile';
import { connectPersistence } from '../../src/store/persistence';
import { decodeRecord, MIGRATIONS } from '../../src/store/schema';
import { createMemoryStorage, StorageTimeout, withMemoryFallback } from '../../src/store/storage';
import { endedTree, testStore } from '../helpers';

const meta = { id: 'c1', title: 'Tides', createdAt: 1, updatedAt: 2 };

describe('import', () => {
  it('reads back an export, ended state included', () => {
    const file = JSON.stringify(toExportJson(meta, endedTree(), 5));
    const result = parseImport(file);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.conversations[0]!.tree.get('a1')!.ending).toMatchObject({ reason: 'abuse' });
  });

  it('refuses what is not an export, saying why', () => {
    expect(parseImport('{oops')).toMatchObject({ ok: false, reason: /not valid JSON/ });
    expect(parseImport('[]')).toMatchObject({ ok: false, reason: /no conversation/ });
    expect(parseImport('{"format":"other"}')).toMatchObject({ ok: false, reason: /not a Parley/ });
    const future = { ...toExportJson(meta, endedTree(), 5), version: 7 };
    expect(parseImport(JSON.stringify(future))).toMatchObject({ ok: false, reason: /version 7/ });
  });

  it('refuses a file that continues an ended branch, even with the ending stripped', () => {
    const exported = toExportJson(meta, endedTree(), 5);
    const nodes = exported.conversation.nodes.map((n) => {
      const { ending: _gone, ...rest } = n;
      return rest;
    });
    nodes.push({
      id: 'u2',
      parentId: 'a1',
      role: 'user',
      text: 'again',
      createdAt: 4,
      status: 'done',
    });
    const crafted = { ...exported, conversation: { ...exported.conversation, nodes } };
    expect(parseImport(JSON.stringify(crafted))).toMatchObject({
      ok: false,
      reason: /after the point where the conversation ended/,
    });
  });
});

describe('stored records', () => {
  it('an end notice whose ending was removed by hand is ended again on load', () => {
    const record = {
      schema: 2,
      ...meta,
      nodes: [
        { id: 'u1', parentId: null, role: 'user', text: 'x', createdAt: 1, status: 'done' },
        {
          id: 'a1',
          parentId: 'u1',
          role: 'assistant',
          kind: 'end',
          text: 'E',
          createdAt: 2,
          status: 'done',
        },
      ],
      activeLeafId: 'a1',
      lastVisited: {},
    };
    const decoded = decodeRecord(record);
    expect(decoded.ok && decoded.conversation.tree.get('a1')!.ending).toMatchObject({
      by: 'policy',
      triggerIds: ['u1'],
    });
  });

  it('a cycle in parent ids with an end notice lacking its ending is refused, not looped over (issue 28, item 7)', () => {
    const record = {
      schema: 2,
      ...meta,
      nodes: [
        { id: 'u1', parentId: 'a1', role: 'user', text: 'x', createdAt: 1, status: 'done' },
        {
          id: 'a1',
          parentId: 'u1',
          role: 'assistant',
          kind: 'end',
          text: 'E',
          createdAt: 2,
          status: 'done',
        },
      ],
      activeLeafId: 'a1',
      lastVisited: {},
    };
    expect(decodeRecord(record)).toMatchObject({ ok: false, reason: /cycle|missing parent/ });
    const file = JSON.stringify({
      format: 'parley.conversation',
      version: 1,
      conversation: record,
    });
    expect(parseImport(file)).toMatchObject({ ok: false });
  });

  it('migrates schema 1 to 2: every reply names its kind', () => {
    const v1 = {
      schema: 1,
      ...meta,
      nodes: [
        { id: 'u1', parentId: null, role: 'user', text: 'x', createdAt: 1, status: 'done' },
        { id: 'a1', parentId: 'u1', role: 'assistant', text: 'y', createdAt: 2, status: 'done' },
      ],
      activeLeafId: 'a1',
      lastVisited: {},
    };
    expect(MIGRATIONS[1]!(v1)).toMatchObject({
      schema: 2,
      nodes: [{ id: 'u1' }, { kind: 'answer' }],
    });
    expect((MIGRATIONS[1]!(v1).nodes as { kind?: string }[])[0]!.kind).toBeUndefined();
    const decoded = decodeRecord(v1);
    expect(decoded.ok && decoded.conversation.tree.get('a1')!.kind).toBe('answer');
  });
});

describe('storage faults', () => {
  it('when IndexedDB cannot be read, conversations live in memory and the user is told', async () => {
    const broken = createMemoryStorage();
    broken.loadAll = () => Promise.reject(new DOMException('denied', 'SecurityError'));
    const unavailable = vi.fn();
    const store = testStore({ hydrated: false });
    await connectPersistence(store, withMemoryFallback(broken, unavailable), { throttleMs: 5 });
    expect(unavailable).toHaveBeenCalledOnce();
    expect(store.getState().hydrated).toBe(true);
    await store.getState().send('still works');
    expect(Object.keys(store.getState().conversations)).toHaveLength(1);
  });

  it('a storage that never answers falls back to memory after its timeout, saying why (issue 28, item 10)', async () => {
    const stuck = createMemoryStorage();
    stuck.loadAll = () => new Promise(() => {});
    const unavailable = vi.fn();
    const store = testStore({ hydrated: false });
    await connectPersistence(store, withMemoryFallback(stuck, unavailable, 50), { throttleMs: 5 });
    expect(unavailable).toHaveBeenCalledWith(expect.any(StorageTimeout));
    expect(store.getState().hydrated).toBe(true);
    await store.getState().send('still works');
    expect(Object.keys(store.getState().conversations)).toHaveLength(1);
  });

  it('a full disk is reported, retried, and cleared once the save goes through', async () => {
    vi.useFakeTimers();
    try {
      const storage = createMemoryStorage();
      const save = storage.save.bind(storage);
      let full = true;
      storage.save = (record, merge) =>
        full ? Promise.reject(new DOMException('full', 'QuotaExceededError')) : save(record, merge);
      const reports: (string | null)[] = [];
      const store = testStore({ hydrated: false });
      await connectPersistence(store, storage, { throttleMs: 5, onError: (m) => reports.push(m) });
      store.getState().importConversations([{ ...meta, tree: endedTree() }]);
      await vi.advanceTimersByTimeAsync(10);
      expect(reports.at(-1)).toMatch(/Storage is full/);
      full = false;
      await vi.advanceTimersByTimeAsync(2_100);
      expect(storage.records.size).toBe(1);
      expect(reports.at(-1)).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
});
