/**
 * The tree workload's interface (issue 19), implemented over this project's
 * ConversationTree. `scripts/bench/tree.ts` runs the same steps through any
 * adapter; `assistantUiAdapter.ts` is the reference implementation's.
 */
import { ConversationTree, type SavedTree } from '../../src/domain/tree';
import type { MessageNode } from '../../src/domain/types';

export interface TreeAdapter {
  readonly name: string;
  /** Empty tree. */
  reset(): void;
  /** A new message under `parentId`; it becomes the head when its parent was the head or the tree was empty. */
  add(parentId: string | null, id: string, text: string): void;
  /** Makes the branch through `id` visible, following each node's last-visited child below it. */
  switchTo(id: string): void;
  /** The visible thread, root to head. */
  thread(): readonly { id: string }[];
  /** A streaming update. */
  setText(id: string, text: string): void;
  /** A flat, serialisable copy, and its rebuild. */
  exportAll(): unknown;
  importAll(data: unknown): void;
}

/** Every adapter builds the same message shape, so only the trees differ. */
export const message = (parentId: string | null, id: string, text: string): MessageNode => ({
  id,
  parentId,
  role: 'user',
  text,
  createdAt: 0,
  status: 'done',
});

let tree = new ConversationTree();

export const adapter: TreeAdapter = {
  name: 'parley',
  reset: () => void (tree = new ConversationTree()),
  add: (parentId, id, text) => tree.add(message(parentId, id, text)),
  switchTo: (id) => tree.switchTo(id),
  thread: () => tree.thread(),
  setText: (id, text) => tree.update(id, { text }),
  exportAll: () => tree.exportAll(),
  importAll: (data) => void (tree = ConversationTree.fromSaved(data as SavedTree)),
};
