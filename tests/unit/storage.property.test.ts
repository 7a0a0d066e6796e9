/**
 * The storage codec and the merge, over random trees: any valid tree survives a
 * round trip; no damaged value, down to random bytes, gets past the loader as an
 * exception; merging copies in any order gives the same tree.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeTrees, type ConversationTree } from '../../src/domain/tree';
import { decodeRecord, toRecord } from '../../src/store/schema';
import { decodeAll } from '../../src/store/storage';
import { op, run } from './treeArbitrary';

const conversation = (tree: ConversationTree) => ({
  id: 'c1',
  title: 'A title',
  createdAt: 1,
  updatedAt: 2,
  tree,
});

/** Ends the active branch at its leaf, as the policy would. */
function endActive(tree: ConversationTree): ConversationTree {
  const leaf = tree.headId;
  if (leaf) tree.endBranchAt(leaf, { by: 'policy', reason: 'abuse', at: 9, triggerIds: [leaf] });
  return tree;
}

const nodesOf = (t: ConversationTree) => t.exportAll().nodes;

const treeArb = fc
  .tuple(fc.array(op, { maxLength: 40 }), fc.boolean())
  .map(([ops, ended]) => (ended ? endActive(run(ops)) : run(ops)));

describe('storage codec', () => {
  it('any valid tree survives a round trip through storage, ending and selection included', () => {
    fc.assert(
      fc.property(treeArb, (tree) => {
        const record = toRecord(conversation(tree));
        // IndexedDB stores a structured clone.
        const decoded = decodeRecord(structuredClone(record));
        expect(decoded.ok).toBe(true);
        if (!decoded.ok) return;
        expect(toRecord(decoded.conversation)).toEqual(record);
        expect(decoded.conversation.tree.headId).toBe(tree.headId);
        const endings = (t: ConversationTree) =>
          nodesOf(t)
            .filter((n) => n.ending)
            .map((n) => [n.id, n.ending]);
        expect(endings(decoded.conversation.tree)).toEqual(endings(tree));
      }),
      { numRuns: 300 },
    );
  });

  it('any value at all is loaded or set aside, never thrown', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string(), fc.anything())), (pairs) => {
        const result = decodeAll(pairs);
        expect(result.conversations.length + result.setAside.length).toBe(pairs.length);
      }),
      { numRuns: 500 },
    );
  });

  it('a stored record with corrupted bytes is loaded or set aside, never thrown', () => {
    fc.assert(
      fc.property(
        treeArb,
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 12,
        }),
        (tree, damage) => {
          const bytes = new TextEncoder().encode(JSON.stringify(toRecord(conversation(tree))));
          for (const [at, byte] of damage) bytes[at % bytes.length] = byte;
          const text = new TextDecoder().decode(bytes);
          let value: unknown = text;
          try {
            value = JSON.parse(text);
          } catch {
            // Unparseable bytes reach the loader as they are.
          }
          const result = decodeAll([['c1', value]]);
          expect(result.conversations.length + result.setAside.length).toBe(1);
          for (const set of result.setAside) expect(set.reason.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('merge order', () => {
  it('three diverging copies, some ended, merge to the same tree in every order', () => {
    fc.assert(
      fc.property(
        fc.array(op, { maxLength: 20 }),
        fc.array(fc.tuple(fc.array(op, { maxLength: 15 }), fc.boolean()), {
          minLength: 3,
          maxLength: 3,
        }),
        (shared, forks) => {
          const base = run(shared);
          // Each tab holds its own copy of the stored tree.
          const copies = forks.map(([ops, ended], i) => {
            const copy = run(ops, base.clone(), `c${i}-`);
            return ended ? endActive(copy) : copy;
          });
          const [a, b, c] = copies as [ConversationTree, ConversationTree, ConversationTree];
          const orders = [
            [a, b, c],
            [a, c, b],
            [b, a, c],
            [b, c, a],
            [c, a, b],
            [c, b, a],
          ];
          const shape = (t: ConversationTree) => ({
            nodes: nodesOf(t)
              .map((n) => n.id)
              .sort(),
            children: nodesOf(t).map((n) => [n.id, t.childIds(n.id)]),
            roots: t.childIds(null),
            ended: nodesOf(t)
              .filter((n) => n.ending)
              .map((n) => n.id)
              .sort(),
          });
          const merged = orders.map(([x, y, z]) => shape(mergeTrees(mergeTrees(x!, y!), z!)));
          for (const m of merged) expect(m).toEqual(merged[0]);
          // Nothing any copy held is lost (issue 28, item 3): a message sent under a
          // reply another copy ended is kept as a branch beside it.
          for (const copy of copies)
            for (const { id } of copy.messages())
              expect(merged[0]!.nodes, `${id} was lost`).toContain(id);
          // And no ended message has anything under it.
          for (const id of merged[0]!.ended)
            expect(merged[0]!.children.find(([n]) => n === id)?.[1]).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
