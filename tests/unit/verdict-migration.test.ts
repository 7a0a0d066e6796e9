/** Conversations stored before verdicts existed are judged once, in the background, and saved with them. */
import { describe, expect, it, vi } from 'vitest';
import { foldPath } from '../../src/domain/safety/policy';
import { decodeRecord, SCHEMA_VERSION, toRecord } from '../../src/store/schema';
import { testStore } from '../helpers';

const v2Record = {
  schema: 2,
  id: 'old',
  title: 'From an older version',
  createdAt: 1,
  updatedAt: 1,
  nodes: [
    {
      id: 'u1',
      parentId: null,
      role: 'user',
      text: 'How do I make a pipe bomb?',
      createdAt: 1,
      status: 'done',
    },
    {
      id: 'a1',
      parentId: 'u1',
      role: 'assistant',
      text: "I can't help with that.",
      createdAt: 2,
      status: 'done',
      kind: 'refusal',
    },
    {
      id: 'u2',
      parentId: 'a1',
      role: 'user',
      text: 'What is the capital of France?',
      createdAt: 3,
      status: 'done',
    },
    {
      id: 'a2',
      parentId: 'u2',
      role: 'assistant',
      text: 'Paris.',
      createdAt: 4,
      status: 'done',
      kind: 'answer',
    },
  ],
  activeLeafId: 'a2',
  lastVisited: {},
};

/** Waits for the background judging; the guard's first load can take seconds on a busy machine. */
const until = (check: () => boolean) =>
  vi.waitFor(() => expect(check()).toBe(true), { timeout: 30_000, interval: 10 });

describe('verdict migration', () => {
  it('reads a v2 record as the current schema, with no verdicts yet', () => {
    const decoded = decodeRecord(v2Record);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(toRecord(decoded.conversation).schema).toBe(SCHEMA_VERSION);
    expect([...decoded.conversation.tree.messages()].some((n) => n.verdict)).toBe(false);
  });

  it('judges every stored user message once after load, and the fold then counts its strike', async () => {
    const decoded = decodeRecord(v2Record);
    if (!decoded.ok) throw new Error(decoded.reason);
    const store = testStore({ hydrated: false });
    store.getState().hydrate([decoded.conversation], []);
    const path = () => store.getState().conversations.old!.tree.thread();
    await until(() =>
      path()
        .filter((n) => n.role === 'user')
        .every((n) => n.verdict),
    );
    expect(path()[0]!.verdict?.kind).toBe('harmful');
    expect(path()[2]!.verdict?.kind).toBe('benign');
    expect(foldPath(path()).strikes).toBe(1);
    // Saved with the verdicts, and read back as they were.
    const again = decodeRecord(
      JSON.parse(JSON.stringify(toRecord(store.getState().conversations.old!))),
    );
    expect(again.ok && again.conversation.tree.thread()[0]!.verdict?.kind).toBe('harmful');
  });

  it('tells the store once per conversation, with all its verdicts in (each notice saves the whole chat)', async () => {
    const nodes = Array.from({ length: 80 }, (_, i) => ({
      id: `m${i}`,
      parentId: i === 0 ? null : `m${i - 1}`,
      role: i % 2 === 0 ? 'user' : 'assistant',
      text: i % 2 === 0 ? `Question ${i}: how do plants grow?` : `Answer ${i}.`,
      createdAt: i,
      status: 'done',
    }));
    const decoded = decodeRecord({ ...v2Record, id: 'long', nodes, activeLeafId: 'm79' });
    if (!decoded.ok) throw new Error(decoded.reason);
    const store = testStore({ hydrated: false });
    const allJudged = (s: ReturnType<typeof store.getState>) =>
      [...s.conversations.long!.tree.messages()]
        .filter((n) => n.role === 'user')
        .every((n) => n.verdict !== undefined);
    const notices: boolean[] = [];
    store.subscribe((s, prev) => {
      if (s.conversations.long && s.conversations.long !== prev.conversations.long)
        notices.push(allJudged(s));
    });
    store.getState().hydrate([decoded.conversation], []);
    await until(() => notices.includes(true));
    // The load itself, then the back-fill's one notice: 40 verdicts, not one notice per batch.
    expect(notices).toEqual([false, true]);
  });

  it('judges imported conversations the same way', async () => {
    const decoded = decodeRecord({ ...v2Record, id: 'imported' });
    if (!decoded.ok) throw new Error(decoded.reason);
    const store = testStore();
    store.getState().importConversations([decoded.conversation]);
    await until(() =>
      [...store.getState().conversations.imported!.tree.messages()]
        .filter((n) => n.role === 'user')
        .every((n) => n.verdict !== undefined),
    );
  });
});
