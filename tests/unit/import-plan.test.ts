/**
 * Issue 28, items 1, 6 and 11: an import only ever adds. Each case was first run
 * against the old merge (mergeTrees on a colliding id), where it failed.
 */
import { describe, expect, it } from 'vitest';
import { toExportJson } from '../../src/domain/exportFormats';
import { ConversationTree } from '../../src/domain/tree';
import type { MessageNode } from '../../src/domain/types';
import { parseImport } from '../../src/store/importFile';
import type { Conversation } from '../../src/store/schema';
import { testStore } from '../helpers';

const node = (id: string, parentId: string | null, role: 'user' | 'assistant', text: string) =>
  ({ id, parentId, role, text, createdAt: 1, status: 'done' }) satisfies MessageNode;

/** Six stored messages: three turns. */
function sixMessages(): MessageNode[] {
  return [
    node('u1', null, 'user', 'Tell me about tides'),
    node('a1', 'u1', 'assistant', 'Tides follow the moon.'),
    node('u2', 'a1', 'user', 'And spring tides?'),
    node('a2', 'u2', 'assistant', 'They come at new and full moon.'),
    node('u3', 'a2', 'user', 'Thanks'),
    node('a3', 'u3', 'assistant', 'You are welcome.'),
  ];
}

const conversation = (id: string, nodes: MessageNode[], title = 'Tides'): Conversation => ({
  id,
  title,
  createdAt: 1,
  updatedAt: 2,
  tree: ConversationTree.fromNodes(nodes, { activeLeafId: nodes.at(-1)?.id ?? null }),
});

/** The file as the import reads it: exported, edited, parsed back. */
function viaFile(c: Conversation): Conversation {
  const parsed = parseImport(JSON.stringify(toExportJson(c, c.tree, 5)));
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.conversations[0]!;
}

function storeWith(c: Conversation) {
  const store = testStore({ hydrated: false });
  store.getState().hydrate([c], []);
  return store;
}

const texts = (c: Conversation | undefined) =>
  [...(c?.tree.messages() ?? [])].map((n) => `${n.id}:${n.text}`).sort();

/** The first two of `sixMessages`, the reply ending the chat. */
const endedPair = () =>
  sixMessages()
    .slice(0, 2)
    .map((n) =>
      n.id === 'a1'
        ? {
            ...n,
            kind: 'end' as const,
            ending: { by: 'policy' as const, reason: 'abuse' as const, at: 3, triggerIds: ['u1'] },
          }
        : n,
    );

describe('an import only adds', () => {
  it('an ending on a stored message that has replies removes nothing (6 stay 6)', () => {
    const store = storeWith(conversation('c1', sixMessages()));
    const edited = sixMessages().map((n) =>
      n.id === 'a1'
        ? {
            ...n,
            ending: { by: 'policy' as const, reason: 'abuse' as const, at: 3, triggerIds: [] },
          }
        : n,
    );
    const file = viaFile(conversation('c1', edited.slice(0, 2)));
    store.getState().importConversations([file]);
    const stored = store.getState().conversations.c1;
    expect(texts(stored)).toEqual(texts(conversation('c1', sixMessages())));
    expect([...stored!.tree.messages()].some((n) => n.ending)).toBe(false);
  });

  it('a longer text under a stored message id rewrites nothing: the file becomes a copy', () => {
    const store = storeWith(conversation('c1', sixMessages()));
    const edited = sixMessages().map((n) =>
      n.id === 'u2' ? { ...n, text: 'And spring tides? Also, something else entirely.' } : n,
    );
    const result = store.getState().importConversations([viaFile(conversation('c1', edited))]);
    expect(store.getState().conversations.c1!.tree.get('u2')!.text).toBe('And spring tides?');
    expect(result).toMatchObject({ copies: 1, refused: 0 });
    const copy = Object.values(store.getState().conversations).find((c) => c.id !== 'c1')!;
    expect(copy.title).toBe('Copy of Tides');
    expect([...copy.tree.messages()].map((n) => n.text)).toContain(
      'And spring tides? Also, something else entirely.',
    );
    // Each id names one message: the copy's ids are its own.
    for (const n of copy.tree.messages())
      expect(store.getState().conversations.c1!.tree.has(n.id)).toBe(false);
  });

  it('new messages under a shared one are added and counted', () => {
    const store = storeWith(conversation('c1', sixMessages().slice(0, 4)));
    const result = store
      .getState()
      .importConversations([viaFile(conversation('c1', sixMessages()))]);
    expect(result).toEqual({ added: 2, copies: 0, refused: 0 });
    expect(store.getState().conversations.c1!.tree.size).toBe(6);
  });

  it('an ended chat exported under a new id with its ending removed is imported ended', () => {
    const ended = endedPair();
    const store = storeWith(conversation('c1', ended));
    // The attack: change the id, drop the ending, call the end notice an answer, continue under it.
    const lifted = [
      node('u1', null, 'user', 'Tell me about tides'),
      { ...node('a1', 'u1', 'assistant', 'Tides follow the moon.'), kind: 'answer' as const },
      node('u9', 'a1', 'user', 'Let me back in'),
    ];
    const result = store.getState().importConversations([viaFile(conversation('c2', lifted))]);
    expect(result.refused).toBe(1);
    const copy = store.getState().conversations.c2!;
    expect([...copy.tree.messages()].map((n) => n.text)).not.toContain('Let me back in');
    expect(copy.tree.thread().at(-1)!.ending).toMatchObject({ reason: 'abuse' });
  });

  it('an ended chat imported again under a new id takes no new message', async () => {
    const ended = endedPair();
    const store = storeWith(conversation('c1', ended));
    const lifted = ended.map((n) => {
      const { ending: _gone, ...rest } = n;
      return { ...rest, kind: 'answer' as const };
    });
    store.getState().importConversations([viaFile(conversation('c2', lifted as MessageNode[]))]);
    store.getState().select('c2');
    const sent = await store.getState().send('hello again');
    expect(sent.ok).toBe(false);
    expect(store.getState().conversations.c2!.tree.size).toBe(2);
  });

  it('conversation ids that are prototype keys are ordinary ids', () => {
    const store = testStore();
    for (const id of ['__proto__', 'constructor', 'toString']) {
      const result = store.getState().importConversations([
        conversation(
          id,
          sixMessages()
            .slice(0, 2)
            .map((n) => ({
              ...n,
              id: `${id}-${n.id}`,
              parentId: n.parentId && `${id}-${n.parentId}`,
            })),
        ),
      ]);
      expect(result).toMatchObject({ added: 2, copies: 0 });
      expect(Object.hasOwn(store.getState().conversations, id)).toBe(true);
    }
  });

  it('a file is applied whole: a second conversation colliding with the first adds to it, never half', () => {
    const store = testStore();
    const first = conversation('c7', sixMessages().slice(0, 2));
    const second = conversation('c7', sixMessages().slice(0, 4));
    const result = store.getState().importConversations([first, second]);
    expect(result).toEqual({ added: 4, copies: 0, refused: 0 });
    expect(store.getState().conversations.c7!.tree.size).toBe(4);
  });
});
