/**
 * The tree against a simple reference model: random sequences of add, switch,
 * setHead, update, end and export/import give the same visible threads and
 * sibling orders; every change bumps the version; refusals change nothing; and a
 * thread a caller was handed never changes under it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConversationTree, mergeTrees, TreeError, ROOT } from '../../src/domain/tree';
import type { MessageNode } from '../../src/domain/types';
import { op, run } from './treeArbitrary';

/** The obvious implementation: a list of messages, a head, and a last-visited table. */
class Model {
  nodes: { id: string; parentId: string | null; text: string; ended: boolean }[] = [];
  visited = new Map<string, string>();
  head: string | null = null;

  find = (id: string) => this.nodes.find((n) => n.id === id);
  children = (id: string | null) => this.nodes.filter((n) => n.parentId === id).map((n) => n.id);
  canAdd(parentId: string | null, id: string) {
    if (this.find(id)) return false;
    if (parentId === null) return true;
    const parent = this.find(parentId);
    return parent !== undefined && !parent.ended;
  }
  add(parentId: string | null, id: string, text: string, select: boolean) {
    this.nodes.push({ id, parentId, text, ended: false });
    const key = parentId ?? ROOT;
    if (parentId === this.head) {
      this.visited.set(key, id);
      this.head = id;
    } else if (select) this.show(id, true);
    else if (!this.visited.has(key)) this.visited.set(key, id);
  }
  show(id: string, descend: boolean) {
    for (let n = this.find(id)!; ; n = this.find(n.parentId!)!) {
      this.visited.set(n.parentId ?? ROOT, n.id);
      if (n.parentId === null) break;
    }
    let head = id;
    while (descend && this.children(head).length > 0) head = this.visited.get(head)!;
    this.head = head;
  }
  thread() {
    const out: string[] = [];
    for (let id = this.head; id !== null; id = this.find(id)!.parentId) out.unshift(id);
    return out;
  }
}

type Step =
  | { kind: 'add'; parent: number; root: boolean; select: boolean }
  | { kind: 'switch' | 'setHead' | 'update' | 'end'; pick: number }
  | { kind: 'roundtrip' };

const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('add' as const),
      parent: fc.nat(),
      root: fc.boolean(),
      select: fc.boolean(),
    }),
  },
  fc.record({
    kind: fc.constantFrom('switch' as const, 'setHead' as const, 'update' as const, 'end' as const),
    pick: fc.nat(),
  }),
  fc.constant<Step>({ kind: 'roundtrip' }),
);

function agree(t: ConversationTree, m: Model) {
  expect(t.thread().map((n) => n.id)).toEqual(m.thread());
  expect(t.threadIds()).toEqual(m.thread());
  expect(t.thread().map((n) => n.text)).toEqual(m.thread().map((id) => m.find(id)!.text));
  expect(t.headId).toBe(m.head);
  expect(t.size).toBe(m.nodes.length);
  expect(t.childIds(null)).toEqual(m.children(null));
  for (const n of m.nodes) {
    const siblings = m.children(n.parentId);
    expect(t.childIds(n.id)).toEqual(m.children(n.id));
    expect(t.siblingInfo(n.id)).toEqual({
      index: siblings.indexOf(n.id) + 1,
      count: siblings.length,
    });
  }
}

const message = (id: string, parentId: string | null, i: number): MessageNode => ({
  id,
  parentId,
  role: 'user',
  text: id,
  createdAt: i,
  status: 'done',
});

describe('tree against the reference model', () => {
  it('gives the same threads and sibling orders; each change bumps the version; snapshots hold', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
        let t = new ConversationTree();
        const m = new Model();
        const handedOut: { thread: readonly MessageNode[]; copy: string[] }[] = [];
        steps.forEach((s, i) => {
          const id = `n${i}`;
          const before = t.version;
          const pick = (k: number) => m.nodes[k % m.nodes.length]?.id;
          if (s.kind === 'add') {
            const parent = s.root || m.nodes.length === 0 ? null : pick(s.parent)!;
            const allowed = m.canAdd(parent, id);
            const add = () => t.add(message(id, parent, i), s.select);
            if (!allowed) {
              expect(add).toThrow(TreeError);
              expect(t.version).toBe(before);
            } else {
              add();
              m.add(parent, id, id, s.select);
              expect(t.version).toBeGreaterThan(before);
            }
          } else if (s.kind === 'roundtrip') {
            const saved = JSON.parse(JSON.stringify(t.exportAll()));
            t = ConversationTree.fromSaved(saved);
            // A rebuild shows the saved head's branch down to a leaf.
            if (m.head !== null) m.show(m.head, true);
          } else {
            const target = pick(s.pick);
            if (target === undefined) return;
            if (s.kind === 'switch') {
              t.switchTo(target);
              m.show(target, true);
            } else if (s.kind === 'setHead') {
              t.setHead(target);
              m.show(target, false);
            } else if (s.kind === 'update') {
              t.update(target, { text: `${target}+${i}` });
              m.find(target)!.text = `${target}+${i}`;
            } else {
              const leaf = m.children(target).length === 0;
              const end = () =>
                t.endBranchAt(target, { by: 'policy', reason: 'abuse', at: i, triggerIds: [] });
              if (!leaf) {
                expect(end).toThrow(TreeError);
                expect(t.version).toBe(before);
                return;
              }
              const already = m.find(target)!.ended;
              end();
              m.find(target)!.ended = true;
              if (already) expect(t.version).toBe(before);
            }
            if (s.kind !== 'end') expect(t.version).toBeGreaterThan(before);
          }
          agree(t, m);
          const thread = t.thread();
          handedOut.push({ thread, copy: thread.map((n) => `${n.id}:${n.text}`) });
        });
        for (const { thread, copy } of handedOut)
          expect(thread.map((n) => `${n.id}:${n.text}`)).toEqual(copy);
      }),
      { numRuns: 500 },
    );
  });
});

describe('tree invariants under the operations a user can do', () => {
  it('never lose a message', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const t = new ConversationTree();
        let seen: string[] = [];
        ops.forEach((o, i) => {
          run([o], t, `n${i}-`);
          const now = [...t.messages()].map((n) => n.id);
          expect(seen.every((id) => now.includes(id))).toBe(true);
          seen = now;
          // The head is a leaf after every user operation, reached from a root.
          expect(t.headId === null || t.childCount(t.headId) === 0).toBe(true);
        });
      }),
      { numRuns: 500 },
    );
  });

  it('round-trip through exportAll and fromNodes in any order', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), fc.nat(), (ops, seed) => {
        const t = run(ops);
        const saved = t.exportAll();
        const shuffled = saved.nodes
          .map((n, i) => ({ n, k: (i * 7919 + seed) % (saved.nodes.length + 1) }))
          .sort((a, b) => a.k - b.k)
          .map((x) => x.n);
        const rebuilt = ConversationTree.fromNodes(shuffled, saved);
        expect(rebuilt.exportAll()).toEqual(saved);
        expect(rebuilt.threadIds()).toEqual(t.threadIds());
      }),
      { numRuns: 300 },
    );
  });

  it('merge copies to the same messages in either order', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 30 }), fc.array(op, { maxLength: 30 }), (a, b) => {
        const base = run(a);
        const left = run(b, base.clone(), 'l');
        const ab = mergeTrees(base, left);
        const ba = mergeTrees(left, base);
        const shape = (t: ConversationTree) =>
          t.exportAll().nodes.map((n) => [n.id, t.childIds(n.id)]);
        expect(shape(ab)).toEqual(shape(ba));
        expect(ab.size).toBe(left.size);
      }),
      { numRuns: 200 },
    );
  });
});
