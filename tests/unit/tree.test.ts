import { describe, expect, it } from 'vitest';
import {
  activePath,
  addSibling,
  append,
  buildTree,
  emptyTree,
  endBranchAt,
  flatten,
  mergeTrees,
  siblingInfo,
  switchSibling,
  TreeError,
  type ConversationTree,
} from '../../src/domain/tree';
import type { MessageNode } from '../../src/domain/types';

let clock = 0;
const msg = (
  id: string,
  role: MessageNode['role'] = 'user',
  text = id,
): Omit<MessageNode, 'parentId'> => ({
  id,
  role,
  text,
  createdAt: ++clock,
  status: 'done',
});

function chat(...ids: string[]): ConversationTree {
  return ids.reduce(
    (t, id, i) => append(t, msg(id, i % 2 === 0 ? 'user' : 'assistant')),
    emptyTree(),
  );
}

describe('conversation tree', () => {
  it('appends under the active leaf and follows it', () => {
    const t = chat('u1', 'a1', 'u2');
    expect(activePath(t)).toEqual(['u1', 'a1', 'u2']);
    expect(t.nodes.u2!.parentId).toBe('a1');
  });

  it('edits a user message as a sibling branch and keeps the old branch', () => {
    const t = addSibling(chat('u1', 'a1', 'u2', 'a2'), 'u2', msg('u2b'));
    expect(activePath(t)).toEqual(['u1', 'a1', 'u2b']);
    expect(siblingInfo(t, 'u2b')).toEqual({ index: 2, count: 2 });
    expect(t.nodes.a2).toBeDefined();
  });

  it('switches branches and restores deeper choices when returning', () => {
    let t = chat('u1', 'a1', 'u2', 'a2');
    t = addSibling(t, 'a2', msg('a2b', 'assistant')); // regenerate: 2 replies under u2
    t = switchSibling(t, 'a2b', -1); // back to a2
    t = addSibling(t, 'u1', msg('u1b')); // a second root branch
    expect(activePath(t)).toEqual(['u1b']);
    t = switchSibling(t, 'u1b', -1);
    expect(activePath(t)).toEqual(['u1', 'a1', 'u2', 'a2']);
  });

  it('names the operation when it refuses', () => {
    const t = chat('u1');
    expect(() => switchSibling(t, 'u1', 1)).toThrow(/switchSibling: no next branch/);
    expect(() => addSibling(t, 'nope', msg('x'))).toThrow(TreeError);
    expect(() => addSibling(t, 'u1', msg('x', 'assistant'))).toThrow(/addSibling/);
    expect(() => append(t, msg('u1'))).toThrow(/append: a message with id "u1" already exists/);
  });

  it('refuses any append under a message that ended its branch', () => {
    const t = endBranchAt(chat('u1', 'a1'), 'a1', {
      by: 'policy',
      reason: 'abuse',
      at: 1,
      triggerIds: ['u1'],
    });
    expect(() => append(t, msg('u2'))).toThrow(/append: this branch of the conversation has ended/);
    // An earlier message can still branch.
    expect(activePath(addSibling(t, 'u1', msg('u1b')))).toEqual(['u1b']);
  });

  it('builds from nodes in any order and rejects duplicates, orphans and cycles', () => {
    const t = addSibling(chat('u1', 'a1', 'u2', 'a2'), 'u2', msg('u2b'));
    const flat = flatten(t);
    const rebuilt = buildTree([...flat].reverse(), {
      activeLeafId: t.activeLeafId,
      lastVisited: { ...t.lastVisited },
    });
    expect(rebuilt).toEqual(t);
    const node = (id: string, parentId: string | null) => ({ ...msg(id), parentId });
    expect(() => buildTree([node('a', null), node('a', null)])).toThrow(
      /build: duplicate message id "a"/,
    );
    expect(() => buildTree([node('a', 'ghost')])).toThrow(/build: .*missing parent "ghost"/);
    expect(() => buildTree([node('r', null), node('a', 'b'), node('b', 'a')])).toThrow(
      /build: 2 message\(s\) form a cycle/,
    );
  });

  it('merges two copies as a union by id, with the ending holding', () => {
    const base = chat('u1', 'a1');
    const ended = endBranchAt(base, 'a1', { by: 'policy', reason: 'abuse', at: 1, triggerIds: [] });
    const stale = append(base, msg('u2'));
    const merged = mergeTrees(stale, ended);
    expect(merged.nodes.a1!.ending).toBeDefined();
    expect(merged.nodes.u2).toBeUndefined();
    const other = addSibling(base, 'u1', msg('u1b'));
    expect(Object.keys(mergeTrees(stale, other).nodes).sort()).toEqual(['a1', 'u1', 'u1b', 'u2']);
  });
});
