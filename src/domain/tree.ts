/**
 * The conversation tree: plain immutable data and pure functions over it.
 * Every function returns a new tree and never mutates its input, so the store
 * can compare by reference and persistence can write only what changed.
 */
import type { Ending, MessageNode } from './types';

export type { MessageNode } from './types';

/** Key under which root messages are listed in `children` and `lastVisited`. */
export const ROOT = '';

export interface ConversationTree {
  readonly nodes: Readonly<Record<string, MessageNode>>;
  /** parent id (ROOT for roots) → child ids in creation order. */
  readonly children: Readonly<Record<string, readonly string[]>>;
  /** parent id (ROOT for roots) → the child last visited, so deeper choices return. */
  readonly lastVisited: Readonly<Record<string, string>>;
  readonly activeLeafId: string | null;
}

export type TreeOperation =
  'append' | 'addSibling' | 'update' | 'switchSibling' | 'activate' | 'build' | 'siblingInfo';

/** An error that names the operation that refused, so a caller can tell the user why. */
export class TreeError extends Error {
  constructor(
    readonly operation: TreeOperation,
    message: string,
  ) {
    super(`${operation}: ${message}`);
    this.name = 'TreeError';
  }
}

/**
 * Appending must cost O(1) even at 100,000 nodes, so the newest version of a
 * tree owns its tables and adds to them in place; anything else (updates, or
 * deriving from a version that is not the newest) copies. The price: once a newer
 * version has been appended from it, an older version's tables show the new
 * messages too. So read and derive from the newest version only (the store
 * always does); keep an older one for identity comparison, or take an
 * independent copy first with buildTree(flatten(tree)).
 * (Found by tests/unit/storage.property.test.ts; a persistent map would lift it.)
 */
const writer = new WeakMap<object, ConversationTree>();

function claim(tree: ConversationTree): ConversationTree {
  writer.set(tree.nodes, tree);
  return tree;
}

const isWriter = (tree: ConversationTree) => writer.get(tree.nodes) === tree;

interface Tables {
  nodes: Record<string, MessageNode>;
  children: Record<string, readonly string[]>;
  lastVisited: Record<string, string>;
}

/** This version's tables to write: its own if it is the newest, else an exact copy of what it reaches. */
function tablesFor(tree: ConversationTree): Tables {
  if (isWriter(tree)) return tree as unknown as Tables;
  const nodes: Record<string, MessageNode> = {};
  const children: Record<string, readonly string[]> = {};
  const lastVisited: Record<string, string> = {};
  const stack = [ROOT];
  while (stack.length > 0) {
    const key = stack.pop()!;
    const kids = tree.children[key];
    if (kids) {
      children[key] = kids;
      for (const id of kids) {
        nodes[id] = tree.nodes[id]!;
        stack.push(id);
      }
    }
    const visited = tree.lastVisited[key];
    if (visited !== undefined) lastVisited[key] = visited;
  }
  return { nodes, children, lastVisited };
}

export const emptyTree = (): ConversationTree =>
  claim({ nodes: {}, children: {}, lastVisited: {}, activeLeafId: null });

/** Whether the tree holds no message: O(1) (every tree with a message has an active leaf). */
export const isEmptyTree = (tree: ConversationTree): boolean => tree.activeLeafId === null;

const keyOf = (parentId: string | null): string => parentId ?? ROOT;

function requireNode(tree: ConversationTree, id: string, op: TreeOperation): MessageNode {
  const node = tree.nodes[id];
  if (!node) throw new TreeError(op, `no message with id "${id}"`);
  return node;
}

/** Why nothing may be added under this parent, or null when something may. */
export function appendRefusal(tree: ConversationTree, parentId: string | null): string | null {
  if (parentId === null) return null;
  const parent = tree.nodes[parentId];
  if (!parent) return `no message with id "${parentId}"`;
  if (parent.ending || parent.kind === 'end')
    return 'this branch of the conversation has ended and takes no new messages';
  return null;
}

/** Follows last-visited children from `id` down to a leaf. O(depth). */
export function descend(tree: ConversationTree, id: string): string {
  let current = id;
  for (;;) {
    const kids = tree.children[current];
    if (!kids || kids.length === 0) return current;
    const remembered = tree.lastVisited[current];
    current = remembered && kids.includes(remembered) ? remembered : kids[kids.length - 1]!;
  }
}

function insertChild(
  tree: ConversationTree,
  node: MessageNode,
  op: TreeOperation,
): ConversationTree {
  if (tree.nodes[node.id]) throw new TreeError(op, `a message with id "${node.id}" already exists`);
  const refusal = appendRefusal(tree, node.parentId);
  if (refusal) throw new TreeError(op, refusal);
  const key = keyOf(node.parentId);
  const { nodes, children, lastVisited } = tablesFor(tree);
  nodes[node.id] = node;
  children[key] = [...(children[key] ?? []), node.id];
  lastVisited[key] = node.id;
  return claim({ nodes, children, lastVisited, activeLeafId: node.id });
}

/** Appends `node` under the active leaf (its parentId is set here) and makes it active. */
export function append(
  tree: ConversationTree,
  node: Omit<MessageNode, 'parentId'>,
): ConversationTree {
  return insertChild(tree, { ...node, parentId: tree.activeLeafId } as MessageNode, 'append');
}

/**
 * Adds `node` as a new sibling of `siblingOf` (same parent) and makes it active.
 * Editing a user message and regenerating a reply are both this operation.
 */
export function addSibling(
  tree: ConversationTree,
  siblingOf: string,
  node: Omit<MessageNode, 'parentId'>,
): ConversationTree {
  const original = requireNode(tree, siblingOf, 'addSibling');
  if (original.role !== node.role) {
    throw new TreeError(
      'addSibling',
      `a ${node.role} message cannot be a branch of a ${original.role} message`,
    );
  }
  return insertChild(tree, { ...node, parentId: original.parentId } as MessageNode, 'addSibling');
}

export function updateNode(
  tree: ConversationTree,
  id: string,
  patch: Partial<Omit<MessageNode, 'id' | 'parentId' | 'role'>>,
): ConversationTree {
  const node = requireNode(tree, id, 'update');
  if (node.ending && patch.ending === undefined && 'ending' in patch) {
    throw new TreeError('update', 'an ended branch cannot be reopened');
  }
  const own = tablesFor(tree);
  return claim({
    ...own,
    nodes: { ...own.nodes, [id]: { ...node, ...patch } },
    activeLeafId: tree.activeLeafId,
  });
}

/** Marks `id` as the message that ends its branch. An ending is permanent. */
export function endBranchAt(tree: ConversationTree, id: string, ending: Ending): ConversationTree {
  const node = requireNode(tree, id, 'update');
  if ((tree.children[id] ?? []).length > 0) {
    throw new TreeError('update', 'only the last message of a branch can end it');
  }
  if (node.ending) return tree;
  const own = tablesFor(tree);
  return claim({
    ...own,
    nodes: { ...own.nodes, [id]: { ...node, ending } },
    activeLeafId: tree.activeLeafId,
  });
}

/** Root-to-leaf ids of the active branch. O(depth). */
export function activePath(tree: ConversationTree): string[] {
  const path: string[] = [];
  let id = tree.activeLeafId;
  while (id !== null) {
    path.push(id);
    const node: MessageNode | undefined = tree.nodes[id];
    if (!node) break;
    id = node.parentId;
  }
  return path.reverse();
}

/** The messages from the root down to `id`, oldest first. */
export function pathTo(tree: ConversationTree, id: string): MessageNode[] {
  const path: MessageNode[] = [];
  for (
    let node = tree.nodes[id];
    node;
    node = node.parentId === null ? undefined : tree.nodes[node.parentId]
  )
    path.push(node);
  return path.reverse();
}

export function activeMessages(tree: ConversationTree): MessageNode[] {
  return activePath(tree).map((id) => tree.nodes[id]!);
}

export function siblingsOf(tree: ConversationTree, id: string): readonly string[] {
  const node = requireNode(tree, id, 'siblingInfo');
  return tree.children[keyOf(node.parentId)] ?? [id];
}

/** 1-based position among siblings and their count: "2 / 3". */
export function siblingInfo(tree: ConversationTree, id: string): { index: number; count: number } {
  const siblings = siblingsOf(tree, id);
  return { index: siblings.indexOf(id) + 1, count: siblings.length };
}

/**
 * Makes `id` part of the active branch: every ancestor remembers the way down to
 * it, and below it the last-visited choices lead to a leaf.
 */
export function activate(tree: ConversationTree, id: string): ConversationTree {
  requireNode(tree, id, 'activate');
  const own = tablesFor(tree);
  const lastVisited = { ...own.lastVisited };
  let child: MessageNode | undefined = tree.nodes[id];
  while (child) {
    lastVisited[keyOf(child.parentId)] = child.id;
    child = child.parentId === null ? undefined : tree.nodes[child.parentId];
  }
  const next = { ...own, lastVisited, activeLeafId: null };
  return claim({ ...next, activeLeafId: descend(next, id) });
}

/** Moves to the previous (-1) or next (+1) sibling of `id`, restoring its deeper choices. */
export function switchSibling(
  tree: ConversationTree,
  id: string,
  offset: -1 | 1,
): ConversationTree {
  const siblings = siblingsOf(tree, id);
  const target = siblings[siblings.indexOf(id) + offset];
  if (target === undefined) {
    throw new TreeError(
      'switchSibling',
      `no ${offset < 0 ? 'previous' : 'next'} branch at "${id}"`,
    );
  }
  return activate(tree, target);
}

/**
 * Builds a tree from nodes in any order. Rejects duplicate ids, orphans (a parent
 * that is not there) and cycles, naming the operation; children keep creation order.
 */
export function buildTree(
  flat: readonly MessageNode[],
  saved: { activeLeafId?: string | null; lastVisited?: Record<string, string> } = {},
): ConversationTree {
  const nodes: Record<string, MessageNode> = {};
  for (const node of flat) {
    if (nodes[node.id]) throw new TreeError('build', `duplicate message id "${node.id}"`);
    nodes[node.id] = node;
  }
  const children: Record<string, string[]> = {};
  for (const node of flat) {
    if (node.parentId !== null && !nodes[node.parentId]) {
      throw new TreeError('build', `message "${node.id}" has a missing parent "${node.parentId}"`);
    }
    if (node.parentId === node.id)
      throw new TreeError('build', `message "${node.id}" is its own parent`);
    (children[keyOf(node.parentId)] ??= []).push(node.id);
  }
  // Every node must be reachable from a root; what is not sits on a cycle.
  let reached = 0;
  const stack = [...(children[ROOT] ?? [])];
  while (stack.length > 0) {
    const id = stack.pop()!;
    reached += 1;
    for (const kid of children[id] ?? []) stack.push(kid);
  }
  if (reached !== flat.length) {
    throw new TreeError(
      'build',
      `${flat.length - reached} message(s) form a cycle and reach no root`,
    );
  }
  for (const [key, ids] of Object.entries(children)) {
    if (key !== ROOT && (nodes[key]?.ending || nodes[key]?.kind === 'end')) {
      throw new TreeError('build', `message "${key}" ended its branch but has replies under it`);
    }
    ids.sort((a, b) => nodes[a]!.createdAt - nodes[b]!.createdAt || (a < b ? -1 : a > b ? 1 : 0));
  }
  const lastVisited: Record<string, string> = {};
  for (const [key, id] of Object.entries(saved.lastVisited ?? {})) {
    if (children[key]?.includes(id)) lastVisited[key] = id;
  }
  const tree: ConversationTree = { nodes, children, lastVisited, activeLeafId: null };
  const leaf = saved.activeLeafId;
  if (leaf && nodes[leaf]) return activate(claim(tree), leaf);
  const roots = children[ROOT];
  if (!roots || roots.length === 0) return claim(tree);
  return claim({
    ...tree,
    activeLeafId: descend(tree, lastVisited[ROOT] ?? roots[roots.length - 1]!),
  });
}

/** All nodes in an order from which buildTree rebuilds the same tree (parents first). */
export function flatten(tree: ConversationTree): MessageNode[] {
  const out: MessageNode[] = [];
  const stack = [...(tree.children[ROOT] ?? [])].reverse();
  while (stack.length > 0) {
    const id = stack.pop()!;
    out.push(tree.nodes[id]!);
    const kids = tree.children[id];
    if (kids) for (let i = kids.length - 1; i >= 0; i -= 1) stack.push(kids[i]!);
  }
  return out;
}

/** The node on the active path that ends it, if the branch has ended. */
export function activeEnding(tree: ConversationTree): MessageNode | null {
  const leaf = tree.activeLeafId ? tree.nodes[tree.activeLeafId] : undefined;
  return leaf?.ending ? leaf : null;
}

/**
 * Merges two versions of one conversation: the tree only grows, so the union by
 * node id is the truth. Text and status come from whichever copy is further along;
 * an ending in either copy holds. The active choice stays `local`'s.
 */
export function mergeTrees(local: ConversationTree, remote: ConversationTree): ConversationTree {
  const byId: Record<string, MessageNode> = { ...remote.nodes };
  for (const node of Object.values(local.nodes)) {
    const other = byId[node.id];
    byId[node.id] = other ? mergeNode(node, other) : node;
  }
  // A stale copy may hold replies under a message the other copy ended: the end
  // wins, as the store would have refused them had it known.
  const kept = Object.values(byId).filter((node) => !hasEndedAncestor(byId, node));
  return buildTree(kept, {
    activeLeafId: local.activeLeafId ?? remote.activeLeafId,
    lastVisited: { ...remote.lastVisited, ...local.lastVisited },
  });
}

function hasEndedAncestor(byId: Record<string, MessageNode>, node: MessageNode): boolean {
  const seen = new Set<string>();
  for (let id = node.parentId; id !== null && !seen.has(id);) {
    seen.add(id);
    const parent = byId[id];
    if (!parent) return false;
    if (parent.ending || parent.kind === 'end') return true;
    id = parent.parentId;
  }
  return false;
}

const STATUS_RANK: Record<MessageNode['status'], number> = {
  streaming: 0,
  error: 1,
  stopped: 1,
  done: 2,
};

function mergeNode(a: MessageNode, b: MessageNode): MessageNode {
  const further =
    STATUS_RANK[a.status] !== STATUS_RANK[b.status]
      ? STATUS_RANK[a.status] > STATUS_RANK[b.status]
        ? a
        : b
      : a.text.length >= b.text.length
        ? a
        : b;
  const other = further === a ? b : a;
  const ending = a.ending ?? b.ending;
  // A verdict is recorded once, after the message itself: keep it whichever copy has it.
  const verdict = further.verdict ?? other.verdict;
  if (ending === further.ending && verdict === further.verdict) return further;
  return { ...further, ...(ending ? { ending } : {}), ...(verdict ? { verdict } : {}) };
}
