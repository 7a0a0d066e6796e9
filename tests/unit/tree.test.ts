import { describe, expect, it } from 'vitest';
import { ConversationTree, mergeTrees, TreeError, type TreeOperation } from '../../src/domain/tree';
import type { Ending, MessageNode } from '../../src/domain/types';

let clock = 0;
const msg = (
  id: string,
  role: MessageNode['role'] = 'user',
  text = id,
): Omit<MessageNode, 'parentId'> => ({ id, role, text, createdAt: ++clock, status: 'done' });
const node = (id: string, parentId: string | null): MessageNode => ({ ...msg(id), parentId });
const ENDING: Ending = { by: 'policy', reason: 'abuse', at: 1, triggerIds: [] };

function chat(...ids: string[]): ConversationTree {
  const t = new ConversationTree();
  ids.forEach((id, i) => t.append(msg(id, i % 2 === 0 ? 'user' : 'assistant')));
  return t;
}

const ids = (t: ConversationTree) => t.thread().map((m) => m.id);

/** Runs `change`, expecting a TreeError of `operation` whose message matches, and no change at all. */
function refuses(
  t: ConversationTree,
  operation: TreeOperation,
  message: RegExp,
  change: () => void,
) {
  const before = { version: t.version, saved: t.exportAll() };
  let error: unknown;
  try {
    change();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(TreeError);
  expect((error as TreeError).operation).toBe(operation);
  expect((error as TreeError).message).toMatch(new RegExp(`^${operation}: ${message.source}`));
  expect(t.version).toBe(before.version);
  expect(t.exportAll()).toEqual(before.saved);
}

describe('conversation tree', () => {
  it('appends under the head and follows it', () => {
    const t = chat('u1', 'a1', 'u2');
    expect(ids(t)).toEqual(['u1', 'a1', 'u2']);
    expect(t.get('u2')!.parentId).toBe('a1');
    expect(t.headId).toBe('u2');
  });

  it('edits a user message as a sibling branch and keeps the old branch', () => {
    const t = chat('u1', 'a1', 'u2', 'a2');
    t.addSibling('u2', msg('u2b'));
    expect(ids(t)).toEqual(['u1', 'a1', 'u2b']);
    expect(t.siblingInfo('u2b')).toEqual({ index: 2, count: 2 });
    expect(t.get('a2')).toMatchObject({ parentId: 'u2', role: 'assistant' });
    expect(t.pathTo('a2').map((n) => n.id)).toEqual(['u1', 'a1', 'u2', 'a2']);
  });

  it('switches branches and restores deeper choices when returning', () => {
    const t = chat('u1', 'a1', 'u2', 'a2');
    t.addSibling('a2', msg('a2b', 'assistant')); // regenerate: 2 replies under u2
    t.switchSibling('a2b', -1); // back to a2
    t.addSibling('u1', msg('u1b')); // a second root branch
    expect(ids(t)).toEqual(['u1b']);
    t.switchSibling('u1b', -1);
    expect(ids(t)).toEqual(['u1', 'a1', 'u2', 'a2']);
  });

  it('adds off the visible branch without moving the head, unless asked to', () => {
    const t = chat('u1', 'a1', 'u2');
    t.add(node('a1b', 'u1'));
    expect(ids(t)).toEqual(['u1', 'a1', 'u2']);
    t.add(node('a1c', 'u1'), true);
    expect(ids(t)).toEqual(['u1', 'a1c']);
    expect(t.childIds('u1')).toEqual(['a1', 'a1b', 'a1c']);
  });

  it('puts the head on a message that has replies (the next message goes under it)', () => {
    const t = chat('u1', 'a1');
    t.setHead('u1');
    expect(ids(t)).toEqual(['u1']);
    t.append(msg('a1b', 'assistant'));
    expect(ids(t)).toEqual(['u1', 'a1b']);
    expect(t.siblingInfo('a1b')).toEqual({ index: 2, count: 2 });
  });

  it('bumps the version on every change, and hands out the same thread until it changes', () => {
    const t = chat('u1', 'a1');
    const thread = t.thread();
    const threadIds = t.threadIds();
    expect(t.thread()).toBe(thread);
    const v = t.version;
    t.update('a1', { text: 'new' });
    expect(t.version).toBe(v + 1);
    expect(t.thread()).not.toBe(thread);
    expect(thread.map((m) => m.text)).toEqual(['u1', 'a1']); // the old array is a true snapshot
    expect(t.threadIds()).toBe(threadIds); // same shape, same ids array
    t.append(msg('u2'));
    expect(t.version).toBe(v + 2);
    expect(t.threadIds()).not.toBe(threadIds);
    t.switchTo('u1');
    expect(t.version).toBe(v + 3);
  });

  it('keeps an ending permanent and refuses anything under it', () => {
    const t = chat('u1', 'a1');
    t.endBranchAt('a1', ENDING);
    expect(t.ending()?.id).toBe('a1');
    refuses(t, 'add', /this branch of the conversation has ended/, () => t.append(msg('u2')));
    expect(t.whyNotAddUnder('a1')).toMatch(/has ended/);
    // An earlier message can still branch.
    t.addSibling('u1', msg('u1b'));
    expect(ids(t)).toEqual(['u1b']);
  });

  it('reads the path to a message, whole or only its last messages', () => {
    const t = chat('a', 'b', 'c', 'd');
    t.add(node('x', 'b'));
    expect(t.pathTo('d').map((m) => m.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(t.pathTo('d', 2).map((m) => m.id)).toEqual(['c', 'd']);
    expect(t.pathTo('x', 10).map((m) => m.id)).toEqual(['a', 'b', 'x']);
    expect(t.pathTo('nope')).toEqual([]);
  });

  it('clones into an independent tree', () => {
    const t = chat('u1', 'a1');
    const copy = t.clone();
    t.append(msg('u2'));
    expect(ids(copy)).toEqual(['u1', 'a1']);
    expect(copy.has('u2')).toBe(false);
  });

  it('builds from nodes in any order', () => {
    const t = chat('u1', 'a1', 'u2', 'a2');
    t.addSibling('u2', msg('u2b'));
    t.switchSibling('u2b', -1);
    const saved = t.exportAll();
    const rebuilt = ConversationTree.fromNodes([...saved.nodes].reverse(), saved);
    expect(rebuilt.exportAll()).toEqual(saved);
    expect(ids(rebuilt)).toEqual(ids(t));
  });

  it('merges two copies as a union by id, with the ending holding', () => {
    const base = chat('u1', 'a1');
    const ended = base.clone();
    ended.endBranchAt('a1', ENDING);
    const stale = base.clone();
    stale.append(msg('u2'));
    const merged = mergeTrees(stale, ended);
    expect(merged.get('a1')!.ending).toEqual(ENDING);
    // The message sent under a1 before the end was known is kept, as a branch beside u1.
    expect(merged.get('u2')).toMatchObject({ parentId: null, movedFrom: 'a1', text: 'u2' });
    expect(merged.childIds('a1')).toEqual([]);
    expect(merged.childIds(null)).toEqual(['u1', 'u2']);
    // Merging again, in either order, gives the same tree.
    expect(mergeTrees(ended, merged).exportAll().nodes).toEqual(merged.exportAll().nodes);
    const other = base.clone();
    other.addSibling('u1', msg('u1b'));
    expect([...mergeTrees(stale, other).messages()].map((m) => m.id).sort()).toEqual([
      'a1',
      'u1',
      'u1b',
      'u2',
    ]);
  });
});

describe('every refusal names its operation and changes nothing', () => {
  it('add', () => {
    const t = chat('u1', 'a1');
    refuses(t, 'add', /a message with id "u1" already exists/, () => t.append(msg('u1')));
    refuses(t, 'add', /no message with id "ghost"/, () => t.add(node('x', 'ghost')));
  });

  it('addSibling', () => {
    const t = chat('u1', 'a1');
    refuses(t, 'addSibling', /no message with id "nope"/, () => t.addSibling('nope', msg('x')));
    refuses(t, 'addSibling', /a assistant message cannot be a branch of a user message/, () =>
      t.addSibling('u1', msg('x', 'assistant')),
    );
    refuses(t, 'addSibling', /a message with id "a1" already exists/, () =>
      t.addSibling('a1', msg('a1', 'assistant')),
    );
    t.endBranchAt('a1', ENDING);
    t.addSibling('a1', msg('a1b', 'assistant'));
    expect(ids(t)).toEqual(['u1', 'a1b']);
  });

  it('update and endBranch', () => {
    const t = chat('u1', 'a1');
    refuses(t, 'update', /no message with id "nope"/, () => t.update('nope', { text: 'x' }));
    refuses(t, 'endBranch', /no message with id "nope"/, () => t.endBranchAt('nope', ENDING));
    refuses(t, 'endBranch', /only the last message of a branch can end it/, () =>
      t.endBranchAt('u1', ENDING),
    );
    t.endBranchAt('a1', ENDING);
    refuses(t, 'update', /an ended branch cannot be reopened/, () =>
      t.update('a1', { ending: undefined }),
    );
  });

  it('switchTo, switchSibling, setHead and siblingInfo', () => {
    const t = chat('u1', 'a1');
    refuses(t, 'switchTo', /no message with id "nope"/, () => t.switchTo('nope'));
    refuses(t, 'switchSibling', /no message with id "nope"/, () => t.switchSibling('nope', 1));
    refuses(t, 'switchSibling', /no next branch at "u1"/, () => t.switchSibling('u1', 1));
    refuses(t, 'switchSibling', /no previous branch at "a1"/, () => t.switchSibling('a1', -1));
    refuses(t, 'setHead', /no message with id "nope"/, () => t.setHead('nope'));
    refuses(t, 'siblingInfo', /no message with id "nope"/, () => t.siblingInfo('nope'));
  });

  it('import', () => {
    const build = (flat: MessageNode[]) => () => ConversationTree.fromNodes(flat);
    const expectImport = (flat: MessageNode[], message: RegExp) =>
      expect(build(flat)).toThrow(new RegExp(`^import: ${message.source}`));
    expectImport([node('a', null), node('a', null)], /duplicate message id "a"/);
    expectImport([node('a', 'ghost')], /message "a" has a missing parent "ghost"/);
    expectImport([node('a', 'a')], /message "a" is its own parent/);
    expectImport([node('r', null), node('a', 'b'), node('b', 'a')], /2 message\(s\) form a cycle/);
    expectImport(
      [{ ...node('e', null), ending: ENDING }, node('x', 'e')],
      /message "e" ended its branch but has replies under it/,
    );
    expect(build([node('a', 'a')])).toThrow(TreeError);
  });
});
