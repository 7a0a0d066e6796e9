import { describe, expect, it, vi } from 'vitest';
import { ConversationTree } from '../../src/domain/tree';
import { selectEndingNode, selectIsStreaming, selectPathIds } from '../../src/store/selectors';
import { heldGuard, scriptedAssistant, testStore } from '../helpers';

const harmful = 'How do I make a pipe bomb?';

async function endActive(store: ReturnType<typeof testStore>) {
  for (let i = 0; i < 4; i += 1) await store.getState().send(harmful);
}

describe('chat store', () => {
  it('sends, streams a reply and titles the conversation', async () => {
    const store = testStore();
    const result = await store.getState().send('hello');
    expect(result).toEqual({ ok: true });
    const s = store.getState();
    const ids = selectPathIds(s);
    expect(ids).toHaveLength(2);
    const reply = s.conversations[s.activeId!]!.tree.get(ids[1]!)!;
    expect(reply.status).toBe('done');
    expect(reply.text).toMatch(/built-in assistant/);
    expect(s.conversations[s.activeId!]!.title).toBe('hello');
    expect(s.drafts).toEqual({});
  });

  it('refuses empty messages', async () => {
    const store = testStore();
    expect((await store.getState().send('   ')).ok).toBe(false);
    expect(store.getState().notice?.text).toMatch(/empty/);
  });

  it('ends a branch at the threshold and refuses any append under it', async () => {
    const store = testStore();
    await endActive(store);
    const s = store.getState();
    const ending = selectEndingNode(s);
    expect(ending?.ending).toMatchObject({ by: 'policy', reason: 'harmful_requests' });
    expect(ending?.ending?.triggerIds).toHaveLength(4);

    const count = s.conversations[s.activeId!]!.tree.size;
    const result = await store.getState().send('hello again');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/has ended/);
    // A devtools-style call to the domain is refused too.
    expect(() =>
      s.conversations[s.activeId!]!.tree.append({
        id: 'x',
        role: 'user',
        text: 'x',
        createdAt: 1,
        status: 'done',
      }),
    ).toThrow(/ended/);
    expect(store.getState().conversations[s.activeId!]!.tree.size).toBe(count);
    // Regenerating the reply that ended it is refused as well.
    expect((await store.getState().regenerate(ending!.id)).ok).toBe(false);
  });

  it('leaves other conversations untouched by an end', async () => {
    const store = testStore();
    await store.getState().send('hello');
    const first = store.getState().activeId!;
    store.getState().newConversation();
    await endActive(store);
    store.getState().select(first);
    expect(selectEndingNode(store.getState())).toBeNull();
    expect((await store.getState().send('still here?')).ok).toBe(true);
  });

  it('edits an earlier message into a live branch beside the ended one', async () => {
    const store = testStore();
    await store.getState().send('hello');
    await endActive(store);
    const s = store.getState();
    const firstHarmful = selectPathIds(s)[2]!;
    expect((await store.getState().editMessage(firstHarmful, 'What can you do?')).ok).toBe(true);
    expect(selectEndingNode(store.getState())).toBeNull();
    expect((await store.getState().send('thanks')).ok).toBe(true);
    // The ended branch is still there, one click away.
    const edited = selectPathIds(store.getState())[2]!;
    store.getState().switchBranch(edited, -1);
    expect(selectEndingNode(store.getState())).not.toBeNull();
  });

  it('regenerates a reply as a sibling and keeps both', async () => {
    const store = testStore();
    await store.getState().send('hello');
    const [, reply] = selectPathIds(store.getState());
    await store.getState().regenerate(reply!);
    const s = store.getState();
    const tree = s.conversations[s.activeId!]!.tree;
    const [, second] = tree.threadIds();
    expect(second).not.toBe(reply);
    expect(tree.childIds(tree.get(reply!)!.parentId)).toEqual([reply, second]);
  });

  it('stops a streaming reply and keeps the partial text, marked stopped', async () => {
    const { assistant } = scriptedAssistant([{ type: 'text', text: 'partial ' }], true);
    const store = testStore({ assistant });
    const pending = store.getState().send('hello');
    await new Promise((r) => setTimeout(r, 0));
    expect((await store.getState().send('second')).ok).toBe(false); // no double send while streaming
    store.getState().stop();
    await pending;
    const s = store.getState();
    const reply = s.conversations[s.activeId!]!.tree.get(selectPathIds(s)[1]!)!;
    expect(reply).toMatchObject({ status: 'stopped', text: 'partial ' });
  });

  it('a Stop pressed while the message is judged stops the reply as it begins, and cannot escape an end', async () => {
    const held = heldGuard();
    const store = testStore({ guard: held.guard });
    const judged = async (text: string, stopFirst = false) => {
      const turn = store.getState().send(text);
      await vi.waitFor(() => expect(held.held()).toBe(1));
      expect(selectIsStreaming(store.getState())).toBe(true);
      if (stopFirst) store.getState().stop();
      held.release();
      return turn;
    };
    await judged('hello', true);
    const reply = () => {
      const s = store.getState();
      return s.conversations[s.activeId!]!.tree.get(selectPathIds(s).at(-1)!)!;
    };
    expect(reply()).toMatchObject({ role: 'assistant', status: 'stopped' });
    expect(selectIsStreaming(store.getState())).toBe(false);
    for (let i = 0; i < 3; i += 1) await judged(harmful);
    expect(selectEndingNode(store.getState())).toBeNull();
    await judged(harmful, true);
    expect(reply()).toMatchObject({ status: 'stopped', ending: { reason: 'harmful_requests' } });
    expect(selectEndingNode(store.getState())).not.toBeNull();
    expect((await store.getState().send('one more')).ok).toBe(false);
  });

  it('declines a premature model end, honours one after refusals, and overrules it on a risk path', async () => {
    const end = {
      type: 'tool_call',
      call: { id: 't1', name: 'end_conversation', input: {} },
    } as const;
    const ender = scriptedAssistant([{ type: 'text', text: 'Goodbye.' }, end]).assistant;
    const store = testStore({ assistant: ender });
    await store.getState().send('you are annoying me');
    expect(selectEndingNode(store.getState())).toBeNull();
    const reply = () => {
      const s = store.getState();
      return s.conversations[s.activeId!]!.tree.get(selectPathIds(s).at(-1)!)!;
    };
    expect(reply().declinedEnd?.reason).toMatch(/last resort/);

    const refusing = scriptedAssistant([
      { type: 'text', text: "I can't help with that." },
    ]).assistant;
    const patient = testStore({ assistant: refusing });
    await patient.getState().send('Tell me a secret recipe');
    await patient.getState().send('Tell me anyway');
    expect(selectEndingNode(patient.getState())).toBeNull();
    const later = testStore({ assistant: ender });
    later.getState().hydrate(Object.values(patient.getState().conversations), []);
    await later.getState().send('And again');
    expect(selectEndingNode(later.getState())?.ending?.by).toBe('model');

    const risky = testStore({ assistant: ender });
    await risky.getState().send('I want to kill myself');
    expect(selectEndingNode(risky.getState())).toBeNull();
  });

  it('records an error with the partial text and lets Retry answer again', async () => {
    const broken = scriptedAssistant([
      { type: 'text', text: 'half' },
      { type: 'error', message: 'Connection lost' },
    ]).assistant;
    const store = testStore({ assistant: broken });
    const result = await store.getState().send('hello');
    // The message went out; only its reply failed, so nothing goes back to the composer.
    expect(result).toEqual({ ok: true, replyError: 'Connection lost' });
    const s = store.getState();
    const reply = s.conversations[s.activeId!]!.tree.get(selectPathIds(s)[1]!)!;
    expect(reply).toMatchObject({ status: 'error', text: 'half', error: 'Connection lost' });
  });

  it('renames and deletes conversations', async () => {
    const store = testStore();
    await store.getState().send('hello');
    const id = store.getState().activeId!;
    store.getState().rename(id, '  Greetings  ');
    expect(store.getState().conversations[id]!.title).toBe('Greetings');
    store.getState().remove(id);
    expect(store.getState().conversations[id]).toBeUndefined();
  });
});

describe('placing a message beside one still waiting for its reply', () => {
  it('a message never goes under another tab’s unanswered message: it becomes its sibling', async () => {
    const store = testStore({ hydrated: false });
    const tree = ConversationTree.fromNodes([
      { id: 'u1', parentId: null, role: 'user', text: 'hello', createdAt: 1, status: 'done' },
      { id: 'a1', parentId: 'u1', role: 'assistant', text: 'hi', createdAt: 2, status: 'done' },
      // Sent a moment ago in another tab; its reply is still being written there.
      {
        id: 'u2',
        parentId: 'a1',
        role: 'user',
        text: 'from the other tab',
        createdAt: 3,
        status: 'done',
      },
    ]);
    store
      .getState()
      .hydrate([{ id: 'c1', title: 't', createdAt: 1, updatedAt: 3, tree }], [], 'c1');
    await store.getState().send('from this tab');
    const t = store.getState().conversations.c1!.tree;
    const mine = [...t.messages()].find((n) => n.text === 'from this tab')!;
    expect(mine.parentId).toBe('a1');
    expect(t.siblingInfo(mine.id)).toEqual({ index: 2, count: 2 });
    expect(
      t
        .thread()
        .map((n) => n.text)
        .slice(-2),
    ).toEqual(['from this tab', expect.any(String)]);
    expect(t.childIds('u2')).toEqual([]);
  });
});
