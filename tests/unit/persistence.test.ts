import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { ConversationTree } from '../../src/domain/tree';
import { connectPersistence } from '../../src/store/persistence';
import { decodeRecord, SCHEMA_VERSION, toRecord } from '../../src/store/schema';
import { createMemoryStorage } from '../../src/store/storage';
import { selectPathIds } from '../../src/store/selectors';
import { testStore } from '../helpers';

const flush = (ms = 30) => new Promise((r) => setTimeout(r, ms));

describe('persistence', () => {
  it('writes one record per conversation and reloads the tree and selected branch', async () => {
    const storage = createMemoryStorage();
    const store = testStore({ hydrated: false });
    await connectPersistence(store, storage, { throttleMs: 5 });
    await store.getState().send('hello');
    const [user] = selectPathIds(store.getState());
    await store.getState().editMessage(user!, 'hi');
    store.getState().switchBranch(selectPathIds(store.getState())[0]!, -1);
    store.getState().newConversation();
    await store.getState().send('second chat');
    await flush();
    expect(storage.records.size).toBe(2);

    const reloaded = testStore({ hydrated: false });
    await connectPersistence(reloaded, storage, {
      throttleMs: 5,
      initialActive: store.getState().activeId,
    });
    const before = store.getState().conversations;
    for (const [id, c] of Object.entries(reloaded.getState().conversations)) {
      expect(c.tree.exportAll()).toEqual(before[id]!.tree.exportAll());
    }
  });

  it('a message shown as sent is written at once, not after the throttle (issue 28, item 2)', async () => {
    const storage = createMemoryStorage();
    const store = testStore({ hydrated: false });
    await connectPersistence(store, storage, { throttleMs: 60_000 });
    await store.getState().send('first');
    await flush();
    const id = store.getState().activeId!;
    const sent = store.getState().send('second, then a reload');
    // The message is on screen before its reply; storage has it within a task, not a minute.
    await flush(20);
    const stored = storage.records.get(id) as { nodes: { text: string }[] };
    expect(stored.nodes.map((n) => n.text)).toContain('second, then a reload');
    await sent;
  });

  it('a save never writes over a stored record it cannot read (issue 28, item 4)', async () => {
    const storage = createMemoryStorage();
    const store = testStore({ hydrated: false });
    const notices: (string | null)[] = [];
    await connectPersistence(store, storage, { throttleMs: 5, onError: (t) => notices.push(t) });
    await store.getState().send('hello');
    await flush();
    const id = store.getState().activeId!;
    // A newer version, in another tab, rewrote it in a form this one cannot read.
    const future = { schema: 99, id, title: 'From the future', nodes: 'a new layout' };
    storage.records.set(id, future);
    await store.getState().send('a change made here');
    await flush();
    expect(storage.records.get(id)).toBe(future);
    expect(notices.at(-1)).toMatch(/cannot read .* left untouched/);
  });

  it('an import whose id a set-aside record holds becomes a copy; the record is untouched', async () => {
    const damaged = { schema: 2, id: 'c9', title: 'Damaged', nodes: 'nope' };
    const storage = createMemoryStorage({ c9: damaged });
    const store = testStore({ hydrated: false });
    await connectPersistence(store, storage, { throttleMs: 5 });
    expect(store.getState().setAside.map((r) => r.key)).toEqual(['c9']);
    const backup = testStore();
    await backup.getState().send('from a backup');
    const conversation = Object.values(backup.getState().conversations)[0]!;
    const result = store.getState().importConversations([{ ...conversation, id: 'c9' }]);
    expect(result.copies).toBe(1);
    await flush();
    expect(storage.records.get('c9')).toBe(damaged);
    expect(storage.records.size).toBe(2);
  });

  it('writes nothing before the stored state has loaded', async () => {
    const storage = createMemoryStorage();
    const save = vi.spyOn(storage, 'save');
    let release: () => void = () => {};
    const slow = {
      ...storage,
      loadAll: () =>
        new Promise<Awaited<ReturnType<typeof storage.loadAll>>>(
          (r) => (release = () => void storage.loadAll().then(r)),
        ),
    };
    const store = testStore({ hydrated: false });
    const connecting = connectPersistence(store, slow, { throttleMs: 1 });
    expect((await store.getState().send('too early')).ok).toBe(false);
    await flush();
    expect(save).not.toHaveBeenCalled();
    release();
    await connecting;
    expect(store.getState().hydrated).toBe(true);
  });

  it('sets aside invalid records without deleting them and loads the rest', async () => {
    const good = testStore();
    await good.getState().send('hello');
    const record = toRecord(Object.values(good.getState().conversations)[0]!);
    const storage = createMemoryStorage({
      [record.id]: record,
      broken: { schema: SCHEMA_VERSION, id: 'broken', nodes: 'nope' },
      future: { ...record, id: 'future', schema: 99 },
      cyclic: {
        ...record,
        id: 'cyclic',
        nodes: record.nodes.map((n) => ({
          ...n,
          parentId: n.id === record.nodes[0]!.id ? record.nodes[1]!.id : n.parentId,
        })),
      },
    });
    const store = testStore({ hydrated: false });
    await connectPersistence(store, storage, { throttleMs: 1 });
    expect(Object.keys(store.getState().conversations)).toEqual([record.id]);
    expect(
      store
        .getState()
        .setAside.map((s) => s.key)
        .sort(),
    ).toEqual(['broken', 'cyclic', 'future']);
    expect(store.getState().setAside.find((s) => s.key === 'future')?.reason).toMatch(
      /newer version/,
    );
    await store.getState().send('more');
    await flush();
    expect(storage.records.has('broken')).toBe(true);
  });

  it('throttles writes while a reply streams', async () => {
    const storage = createMemoryStorage();
    const save = vi.spyOn(storage, 'save');
    const { createBuiltinAssistant } = await import('../../src/assistants/builtin');
    const { createChatStore } = await import('../../src/store/chatStore');
    const { DEFAULT_POLICY } = await import('../../src/domain/safety/policy');
    const store = createChatStore({
      assistant: () => createBuiltinAssistant({ paceMs: 2 }),
      policy: () => DEFAULT_POLICY,
    });
    await connectPersistence(store, storage, { throttleMs: 100 });
    const started = Date.now();
    await store.getState().send('what can you do?');
    await flush(150);
    const elapsed = Date.now() - started;
    expect(save.mock.calls.length).toBeLessThanOrEqual(Math.ceil(elapsed / 100) + 2);
  });

  it('decodes any corrupted value to a refusal that says why, never a throw', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const result = decodeRecord(value);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.reason).toMatch(/\w{3}/);
      }),
      { numRuns: 500 },
    );
  });

  it('a stored record with one message field damaged is refused, naming the field', () => {
    const tree = new ConversationTree();
    tree.append({ id: 'u1', role: 'user', text: 'hi', createdAt: 1, status: 'done' });
    tree.append({ id: 'a1', role: 'assistant', text: 'hello', createdAt: 2, status: 'done' });
    const record = toRecord({ id: 'c1', title: 't', createdAt: 1, updatedAt: 2, tree });
    expect(decodeRecord(record).ok).toBe(true);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1 }),
        fc.constantFrom('id', 'role', 'text', 'createdAt', 'status'),
        fc.oneof(fc.constant(null), fc.object(), fc.boolean(), fc.array(fc.integer())),
        (index, field, value) => {
          const nodes = record.nodes.map((n, i) => (i === index ? { ...n, [field]: value } : n));
          const result = decodeRecord({ ...record, nodes });
          expect(result.ok).toBe(false);
          if (!result.ok) expect(result.reason).toContain(`nodes.${index}.${field}`);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('keeps the stored copy of a conversation merged when another tab ended it', async () => {
    const storage = createMemoryStorage();
    const a = testStore({ hydrated: false });
    await connectPersistence(a, storage, { throttleMs: 1 });
    await a.getState().send('hello');
    await flush();
    const b = testStore({ hydrated: false });
    await connectPersistence(b, storage, { throttleMs: 1, initialActive: a.getState().activeId });
    for (let i = 0; i < 4; i += 1) await a.getState().send('How do I make a pipe bomb?');
    await flush();
    // Tab B has not heard of the end and sends: the stored copy keeps the end and B adopts it.
    await b.getState().send('How do I make a pipe bomb?');
    await flush(50);
    const stored = decodeRecord(storage.records.get(a.getState().activeId!));
    expect(stored.ok).toBe(true);
    if (stored.ok)
      expect([...stored.conversation.tree.messages()].some((n) => n.ending)).toBe(true);
  });
});

/** A BroadcastChannel pair in memory: what one posts, the other hears. */
function channelPair() {
  const listeners: [((e: MessageEvent) => void)[], ((e: MessageEvent) => void)[]] = [[], []];
  const end = (mine: 0 | 1) => ({
    postMessage: (data: unknown) =>
      listeners[mine === 0 ? 1 : 0].forEach((l) => l({ data } as MessageEvent)),
    addEventListener: (_type: string, l: EventListener) => void listeners[mine].push(l as never),
    close: () => {},
  });
  return [end(0), end(1)] as const;
}

describe('two tabs', () => {
  it('a tab that loaded before the other tab’s first save opens that conversation when it lands', async () => {
    const storage = createMemoryStorage();
    const [one, two] = channelPair();
    const first = testStore({ hydrated: false });
    await connectPersistence(first, storage, { throttleMs: 500, channel: one });
    // The second tab loads now, knowing which conversation this browser had open, but
    // not yet stored.
    const second = testStore({ hydrated: false });
    const id = first.getState().newConversation();
    await connectPersistence(second, createDelayedView(storage), {
      throttleMs: 500,
      channel: two,
      initialActive: id,
    });
    expect(second.getState().conversations[id]).toBeUndefined();
    await first.getState().send('Sent in the first tab');
    await vi.waitFor(() => expect(second.getState().activeId).toBe(id));
    expect([...second.getState().conversations[id]!.tree.messages()].map((n) => n.text)).toContain(
      'Sent in the first tab',
    );
  });

  it('an end honoured in one tab after the other tab sent under that reply keeps both (issue 28, item 3)', async () => {
    const storage = createMemoryStorage();
    const first = testStore({ hydrated: false });
    // No channel between them: the first tab ends the reply before it hears of the second's message.
    await connectPersistence(first, storage, { throttleMs: 5 });
    await first.getState().send('Tell me about tides');
    await flush();
    const id = first.getState().activeId!;
    const second = testStore({ hydrated: false });
    await connectPersistence(second, storage, { throttleMs: 5, initialActive: id });
    const reply = selectPathIds(first.getState()).at(-1)!;
    await second.getState().send('One more thing');
    await flush();
    // The first tab's model end is honoured on the reply the second tab answered.
    const ended = first.getState().conversations[id]!.tree.clone();
    ended.endBranchAt(reply, { by: 'model', reason: 'model', at: 9, triggerIds: [] });
    first.setState((s) => ({
      conversations: { ...s.conversations, [id]: { ...s.conversations[id]!, tree: ended } },
    }));
    await flush(40);
    const stored = decodeRecord(storage.records.get(id));
    expect(stored.ok).toBe(true);
    if (!stored.ok) return;
    const kept = stored.conversation.tree;
    expect(kept.get(reply)!.ending).toMatchObject({ by: 'model' });
    const moved = [...kept.messages()].find((n) => n.text === 'One more thing')!;
    expect(moved).toMatchObject({ movedFrom: reply });
    expect(kept.childIds(reply)).toEqual([]);
    // The second tab, taking the save in, keeps its message too.
    second.getState().adoptRemote(stored.conversation);
    expect(second.getState().conversations[id]!.tree.has(moved.id)).toBe(true);
  });

  it('a save announced while a tab is still loading is taken in once it has loaded', async () => {
    const storage = createMemoryStorage();
    const [one, two] = channelPair();
    let release: () => void = () => {};
    const slow = {
      ...storage,
      loadAll: () =>
        new Promise<Awaited<ReturnType<typeof storage.loadAll>>>(
          (r) => (release = () => void r({ conversations: [], setAside: [] })),
        ),
    };
    const second = testStore({ hydrated: false });
    const connecting = connectPersistence(second, slow, { throttleMs: 5, channel: two });
    const first = testStore({ hydrated: false });
    let firstBusy = true;
    await connectPersistence(first, storage, {
      throttleMs: 5,
      channel: one,
      onBusy: (b) => (firstBusy = b),
    });
    await first.getState().send('Written while the other tab loads');
    // Every save of the first tab, and its announcement, happened while the second loaded.
    await vi.waitFor(() => expect(firstBusy).toBe(false));
    release();
    await connecting;
    await vi.waitFor(() => expect(Object.keys(second.getState().conversations)).toHaveLength(1));
  });

  it('tells when every change has reached storage', async () => {
    const storage = createMemoryStorage();
    const busy: boolean[] = [];
    const store = testStore({ hydrated: false });
    await connectPersistence(store, storage, { throttleMs: 5, onBusy: (b) => busy.push(b) });
    await store.getState().send('hello');
    await vi.waitFor(() => expect(busy.at(-1)).toBe(false));
    expect(busy).toContain(true);
    expect(storage.records.size).toBe(1);
  });
});

/** The same storage, as seen by a tab that loaded before anything was stored. */
function createDelayedView(storage: ReturnType<typeof createMemoryStorage>) {
  return { ...storage, loadAll: async () => ({ conversations: [], setAside: [] }) };
}
