/** Random conversation trees for property tests: sequences of the operations a user can do. */
import fc from 'fast-check';
import {
  activePath,
  addSibling,
  append,
  emptyTree,
  siblingInfo,
  switchSibling,
  type ConversationTree,
} from '../../src/domain/tree';

export type Op =
  | { kind: 'append' }
  | { kind: 'edit'; pick: number }
  | { kind: 'regenerate'; pick: number }
  | { kind: 'switch'; pick: number; offset: -1 | 1 };

export const op: fc.Arbitrary<Op> = fc.oneof(
  fc.constant<Op>({ kind: 'append' }),
  fc.record({ kind: fc.constant('edit' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('regenerate' as const), pick: fc.nat() }),
  fc.record({
    kind: fc.constant('switch' as const),
    pick: fc.nat(),
    offset: fc.constantFrom(-1 as const, 1 as const),
  }),
);

/** Applies one random operation to `t`, or returns null when it does not apply there. */
export function applyOp(
  t: ConversationTree,
  o: Op,
  n: number,
  prefix: string,
): ConversationTree | null {
  const path = activePath(t);
  const id = `${prefix}${n}`;
  if (o.kind === 'append') {
    const last = path.length ? t.nodes[path[path.length - 1]!]! : null;
    const role = last?.role === 'user' ? 'assistant' : 'user';
    return append(t, { id, role, text: id, createdAt: n, status: 'done' });
  }
  if (path.length === 0) return null;
  const target = t.nodes[path[o.pick % path.length]!]!;
  if (o.kind === 'switch') {
    const { index, count } = siblingInfo(t, target.id);
    const inRange = index + o.offset >= 1 && index + o.offset <= count;
    return inRange ? switchSibling(t, target.id, o.offset) : null;
  }
  if ((o.kind === 'edit') !== (target.role === 'user')) return null;
  return addSibling(t, target.id, {
    id,
    role: target.role,
    text: id,
    createdAt: n,
    status: 'done',
  });
}

/** Applies `ops` to `start`; new messages are named `${prefix}${n}`, so copies can diverge. */
export function run(ops: readonly Op[], start = emptyTree(), prefix = 'n'): ConversationTree {
  return ops.reduce((t, o, i) => applyOp(t, o, i + 1, prefix) ?? t, start);
}
