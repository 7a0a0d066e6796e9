/**
 * The store's turn reducer on recorded event sequences (golden JSON in, state
 * out, as LobeChat tests its messagesReducer), and on the events that arrive
 * when the conversation has moved on. Re-record with scripts/record-turn-events.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyEvent, type StoreEvent } from '../../src/store/dispatch';
import type { ChatState } from '../../src/store/chatStore';
import type { TurnEvent } from '../../src/turns/events';
import { ConversationTree } from '../../src/domain/tree';
import { endedTree, testStore } from '../helpers';
import { fromJson, toJson, type StateJson } from '../turnEventState';

const DIR = 'tests/fixtures/turn-events';

interface Golden {
  readonly about: string;
  readonly before: StateJson;
  readonly events: TurnEvent[];
  readonly after: StateJson;
}

const fold = (state: ChatState, events: readonly StoreEvent[]) =>
  events.reduce<ChatState>((s, e) => ({ ...s, ...applyEvent(s, e) }), state);

describe('applyTurnEvent on recorded turns', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.json'));
  it('has the recorded scenarios', () => {
    expect(files.length).toBeGreaterThanOrEqual(6);
  });
  for (const file of files) {
    const golden = JSON.parse(readFileSync(`${DIR}/${file}`, 'utf8')) as Golden;
    it(`${file}: ${golden.about}`, () => {
      const base = testStore().getState();
      expect(toJson(fold(fromJson(golden.before, base), golden.events))).toEqual(golden.after);
    });
  }
});

describe('applyTurnEvent when the conversation moved on', () => {
  const ended = () => {
    const base = testStore().getState();
    return {
      ...base,
      conversations: {
        c1: { id: 'c1', title: 't', createdAt: 1, updatedAt: 2, tree: endedTree() },
      },
      activeId: 'c1',
    };
  };
  const reply = {
    id: 'r1',
    role: 'assistant',
    text: '',
    createdAt: 5,
    status: 'streaming',
  } as const;

  it('a reply cannot start under an ended branch: no node, no draft', () => {
    const s = fold(ended(), [
      { type: 'reply/started', conversationId: 'c1', parentId: 'a1', node: reply },
    ]);
    expect(s.conversations.c1!.tree.has('r1')).toBe(false);
    expect(s.drafts).toEqual({});
  });

  it('a reply goes under the message it answers, even when another tab’s message became the end of the branch', () => {
    const base = testStore().getState();
    const tree = ConversationTree.fromNodes([
      { id: 'u1', parentId: null, role: 'user', text: 'mine', createdAt: 1, status: 'done' },
      {
        id: 'u2',
        parentId: null,
        role: 'user',
        text: 'the other tab’s',
        createdAt: 2,
        status: 'done',
      },
    ]);
    tree.switchTo('u2');
    const s = fold(
      {
        ...base,
        conversations: { c1: { id: 'c1', title: 't', createdAt: 1, updatedAt: 2, tree } },
      },
      [{ type: 'reply/started', conversationId: 'c1', parentId: 'u1', node: reply }],
    );
    expect(s.conversations.c1!.tree.get('r1')!.parentId).toBe('u1');
    expect(s.conversations.c1!.tree.thread().map((n) => n.id)).toEqual(['u1', 'r1']);
    expect(s.drafts).toEqual({ r1: '' });
  });

  it('a finished reply whose draft was dropped (ended in another tab) writes nothing', () => {
    const s = ended();
    const after = fold(s, [
      {
        type: 'reply/finished',
        conversationId: 'c1',
        nodeId: 'a1',
        outcome: { text: 'overwritten', status: 'done' },
      },
    ]);
    expect(after.conversations.c1!.tree.get('a1')!.text).toBe('Ended.');
  });

  it('the first verdict stands, and a verdict for a message that is gone is dropped', () => {
    const s = ended();
    const first = { kind: 'benign', source: 'rules', version: 'one' } as const;
    const later = { kind: 'harmful', source: 'rules', version: 'two' } as const;
    const after = fold(s, [
      { type: 'turn/judged', conversationId: 'c1', verdicts: { u1: first, gone: first } },
      { type: 'turn/judged', conversationId: 'c1', verdicts: { u1: later } },
    ]);
    expect(after.conversations.c1!.tree.get('u1')!.verdict).toEqual(first);
    expect(after.conversations.c1!.tree.has('gone')).toBe(false);
  });

  it('a model’s end on a reply that has a reply under it does not end the branch', () => {
    const at = fold(ended(), [
      {
        type: 'turn/ended',
        conversationId: 'c1',
        nodeId: 'u1',
        ending: { by: 'model', reason: 'model', at: 9, triggerIds: [] },
      },
    ]);
    expect(at.conversations.c1!.tree.get('u1')!.ending).toBeUndefined();
  });
});
