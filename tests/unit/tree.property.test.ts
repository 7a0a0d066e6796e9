import fc from 'fast-check';
import { applyOp, op, run } from './treeArbitrary';
import { describe, expect, it } from 'vitest';
import {
  activePath,
  buildTree,
  emptyTree,
  flatten,
  mergeTrees,
  ROOT,
  siblingInfo,
  type ConversationTree,
} from '../../src/domain/tree';

function checkInvariants(t: ConversationTree) {
  const ids = Object.keys(t.nodes);
  // Every node is reachable from a root (and so there is no cycle).
  const seen = new Set<string>();
  const stack = [...(t.children[ROOT] ?? [])];
  while (stack.length) {
    const id = stack.pop()!;
    expect(seen.has(id)).toBe(false);
    seen.add(id);
    stack.push(...(t.children[id] ?? []));
  }
  expect(seen.size).toBe(ids.length);
  // The active leaf exists, is a leaf, and the path is parent-linked from a root.
  if (ids.length > 0) {
    expect(t.activeLeafId && t.nodes[t.activeLeafId]).toBeTruthy();
    expect(t.children[t.activeLeafId!] ?? []).toHaveLength(0);
  }
  const path = activePath(t);
  path.forEach((id, i) => expect(t.nodes[id]!.parentId).toBe(i === 0 ? null : path[i - 1]));
  // Sibling counts match the children lists.
  for (const id of ids) {
    const parentKey = t.nodes[id]!.parentId ?? ROOT;
    expect(siblingInfo(t, id).count).toBe(t.children[parentKey]!.length);
  }
}

describe('tree invariants under random operations', () => {
  it('hold for 1,000 random sequences, and nothing is ever lost', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const t = run(ops);
        checkInvariants(t);
        // No operation removes a node: each step's ids are all in the next step.
        for (let i = 1; i <= ops.length; i += 1) {
          const before = Object.keys(run(ops.slice(0, i - 1)).nodes);
          const after = run(ops.slice(0, i)).nodes;
          expect(before.every((id) => after[id])).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('round-trips through flatten and buildTree in any order', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), fc.nat(), (ops, seed) => {
        const t = run(ops);
        const flat = flatten(t);
        const shuffled = flat
          .map((n, i) => ({ n, k: (i * 7919 + seed) % (flat.length + 1) }))
          .sort((a, b) => a.k - b.k)
          .map((x) => x.n);
        expect(
          buildTree(shuffled, { activeLeafId: t.activeLeafId, lastVisited: { ...t.lastVisited } }),
        ).toEqual(t);
      }),
      { numRuns: 300 },
    );
  });

  it('merges copies to the same nodes in either order', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 30 }), fc.array(op, { maxLength: 30 }), (a, b) => {
        const base = run(a);
        const left = run([...a, ...b]);
        const ab = mergeTrees(base, left);
        const ba = mergeTrees(left, base);
        expect(Object.keys(ab.nodes).sort()).toEqual(Object.keys(ba.nodes).sort());
        expect(ab.children).toEqual(ba.children);
        checkInvariants(ab);
      }),
      { numRuns: 200 },
    );
  });
});

describe('versions derived from older versions', () => {
  it('are exact: appending to an old version never brings in nodes added to a newer one', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(op, fc.nat()), { maxLength: 40 }), (steps) => {
        const versions: ConversationTree[] = [emptyTree()];
        steps.forEach(([o, pick], i) => {
          const next = applyOp(versions[pick % versions.length]!, o, i + 1, 'n');
          if (next) {
            checkInvariants(next);
            versions.push(next);
          }
        });
      }),
      { numRuns: 500 },
    );
  });
});
