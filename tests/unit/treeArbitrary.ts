/** Random conversation trees for property tests: sequences of the operations a user can do. */
import fc from 'fast-check';
import { ConversationTree } from '../../src/domain/tree';

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

/** Applies one random operation to `t` in place; false when it does not apply there. */
export function applyOp(t: ConversationTree, o: Op, n: number, prefix: string): boolean {
  const path = t.thread();
  const id = `${prefix}${n}`;
  if (o.kind === 'append') {
    const role = path.at(-1)?.role === 'user' ? 'assistant' : 'user';
    t.append({ id, role, text: id, createdAt: n, status: 'done' });
    return true;
  }
  if (path.length === 0) return false;
  const target = path[o.pick % path.length]!;
  if (o.kind === 'switch') {
    const { index, count } = t.siblingInfo(target.id);
    const inRange = index + o.offset >= 1 && index + o.offset <= count;
    if (inRange) t.switchSibling(target.id, o.offset);
    return inRange;
  }
  if ((o.kind === 'edit') !== (target.role === 'user')) return false;
  t.addSibling(target.id, { id, role: target.role, text: id, createdAt: n, status: 'done' });
  return true;
}

/** Applies `ops` to `start` (changed in place, and returned); new messages are named `${prefix}${n}`. */
export function run(
  ops: readonly Op[],
  start = new ConversationTree(),
  prefix = 'n',
): ConversationTree {
  ops.forEach((o, i) => applyOp(start, o, i + 1, prefix));
  return start;
}
