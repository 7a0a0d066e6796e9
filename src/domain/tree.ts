/**
 * The conversation tree: an openly MUTABLE repository of messages with a
 * version number.
 *
 * Why mutable: appending a message, switching a branch, reading the visible
 * thread and updating a finished reply must each cost O(1) or O(what changed),
 * even at 100,000 messages (see `npm run bench`, tree suite). A persistent
 * structure cannot do that in JavaScript without a large constant factor.
 *
 * The rules that keep it honest:
 * - Every write either throws a TreeError (naming the operation) before it
 *   changes anything, or completes and bumps `version`. Nothing is half-written.
 * - Messages themselves are immutable objects: an update puts a new object in
 *   place, so a component that selected one message sees the change by identity.
 * - `thread()` and `threadIds()` return arrays that are never changed after they
 *   are returned: a new array comes when the thread changes, the same array when
 *   it did not. A caller holding an earlier array keeps an accurate snapshot.
 * - To keep an independent copy, use `clone()` (or `exportAll()` / `fromNodes`).
 *
 * Internally each message sits in a `Slot` (one hidden class for all), linked
 * to its parent, its children and the child last visited, with its depth and
 * its position among its siblings.
 */
import type { Ending, MessageNode } from './types';

export type { MessageNode } from './types';

/** Key under which root messages are listed in `lastVisited`. */
export const ROOT = '';

export type TreeOperation =
  | 'add'
  | 'addSibling'
  | 'update'
  | 'endBranch'
  | 'switchTo'
  | 'switchSibling'
  | 'setHead'
  | 'import'
  | 'siblingInfo';

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

/** A flat, serialisable copy of a tree: what storage and export files hold. */
export interface SavedTree {
  /** Parents before children, siblings in order. */
  readonly nodes: MessageNode[];
  readonly activeLeafId: string | null;
  /** parent id (ROOT for roots) → the child last visited, where that is not the last child. */
  readonly lastVisited: Record<string, string>;
}

class Slot {
  children: Slot[] | null = null;
  /** The child last visited, so a return to this message restores the deeper choices. */
  visited: Slot | null = null;
  constructor(
    public message: MessageNode,
    public parent: Slot | null,
    public depth: number,
    /** Position among its siblings. */
    public index: number,
  ) {}
}

const ROOT_MESSAGE = {
  id: ROOT,
  parentId: null,
  role: 'user',
  text: '',
  createdAt: 0,
  status: 'done',
} as const satisfies MessageNode;

/** A message that ends its branch: nothing may be added under it. */
export const hasEnded = (m: MessageNode) => m.ending !== undefined || m.kind === 'end';

const ENDED = 'this branch of the conversation has ended and takes no new messages';

export class ConversationTree {
  private readonly slots = new Map<string, Slot>();
  private readonly root = new Slot(ROOT_MESSAGE, null, -1, 0);
  private head: Slot | null = null;
  /** The slots of the visible thread, root to head: internal, always exact. */
  private path: Slot[] = [];
  private changes = 0;
  private recentParent: Slot | null = null;
  /** The last thread handed out, and how many of its leading entries are still right. */
  private shownMessages: readonly MessageNode[] = [];
  private messagesValid = 0;
  /** The thread to hand out as it is, or null when it must be rebuilt first. */
  private freshMessages: readonly MessageNode[] | null = [];
  private shownIds: readonly string[] = [];
  private idsValid = 0;
  private freshIds: readonly string[] | null = [];

  /** Bumps on every change: React and persistence compare it. */
  get version(): number {
    return this.changes;
  }

  get size(): number {
    return this.slots.size;
  }

  get isEmpty(): boolean {
    return this.slots.size === 0;
  }

  /** The last message of the visible thread (the "active leaf"), or null in an empty tree. */
  get headId(): string | null {
    return this.head ? this.head.message.id : null;
  }

  get(id: string): MessageNode | undefined {
    return this.slots.get(id)?.message;
  }

  has(id: string): boolean {
    return this.slots.has(id);
  }

  /** Every message, in no particular order. */
  *messages(): IterableIterator<MessageNode> {
    for (const slot of this.slots.values()) yield slot.message;
  }

  /** Ids of the messages directly under `parentId` (null: the roots), in order. */
  childIds(parentId: string | null): string[] {
    const parent = parentId === null ? this.root : this.slots.get(parentId);
    return parent?.children?.map((c) => c.message.id) ?? [];
  }

  childCount(id: string): number {
    return this.slots.get(id)?.children?.length ?? 0;
  }

  /** 1-based position among siblings and their count: "2 / 3". O(1). */
  siblingInfo(id: string): { index: number; count: number } {
    const slot = this.require(id, 'siblingInfo');
    return { index: slot.index + 1, count: slot.parent!.children!.length };
  }

  /** The id of the sibling `offset` places away, or undefined at either end. */
  siblingAt(id: string, offset: number): string | undefined {
    const slot = this.require(id, 'siblingInfo');
    return slot.parent!.children![slot.index + offset]?.message.id;
  }

  /** The visible thread, root to head. Cached: the same array until the thread changes. */
  thread(): readonly MessageNode[] {
    return this.freshMessages ?? this.rebuildThread();
  }

  /** Ids of the visible thread: changes only when the thread's structure does. */
  threadIds(): readonly string[] {
    return this.freshIds ?? this.rebuildIds();
  }

  /** A new array: the still-right start of the last one, then the rest of the path. */
  private rebuildThread(): readonly MessageNode[] {
    const path = this.path;
    const next = reuse(this.shownMessages, this.messagesValid, path.length);
    for (let d = this.messagesValid; d < path.length; d += 1) next[d] = path[d]!.message;
    this.shownMessages = next;
    this.messagesValid = next.length;
    this.freshMessages = next;
    return next;
  }

  private rebuildIds(): readonly string[] {
    const path = this.path;
    const next = reuse(this.shownIds, this.idsValid, path.length);
    for (let d = this.idsValid; d < path.length; d += 1) next[d] = path[d]!.message.id;
    this.shownIds = next;
    this.idsValid = next.length;
    this.freshIds = next;
    return next;
  }

  /**
   * The messages from the root down to `id`, oldest first (empty if there is no such
   * message); with `last`, only the last `last` of them, at O(last) cost.
   */
  pathTo(id: string, last = Infinity): MessageNode[] {
    const out: MessageNode[] = [];
    for (
      let slot = this.slots.get(id);
      slot && slot !== this.root && out.length < last;
      slot = slot.parent!
    )
      out.push(slot.message);
    return out.reverse();
  }

  /** The message that ends the visible branch, if it has ended. */
  ending(): MessageNode | null {
    return this.head?.message.ending ? this.head.message : null;
  }

  /** Why nothing may be added under this parent, or null when something may. */
  whyNotAddUnder(parentId: string | null): string | null {
    if (parentId === null) return null;
    const parent = this.slots.get(parentId);
    if (!parent) return `no message with id "${parentId}"`;
    return hasEnded(parent.message) ? ENDED : null;
  }

  /**
   * Adds `message` under its `parentId`. It becomes the head when its parent was
   * the head (or the tree was empty), or when `select` asks for it.
   */
  add(message: MessageNode, select = false, op: TreeOperation = 'add'): void {
    const id = message.id;
    if (this.slots.has(id)) throw new TreeError(op, `a message with id "${id}" already exists`);
    const parentId = message.parentId;
    const parent = parentId === null ? this.root : this.parentSlot(parentId);
    if (!parent) throw new TreeError(op, `no message with id "${parentId}"`);
    if (parent !== this.root && hasEnded(parent.message)) throw new TreeError(op, ENDED);
    const siblings = parent.children;
    const slot = new Slot(message, parent, parent.depth + 1, siblings ? siblings.length : 0);
    if (siblings) siblings.push(slot);
    else parent.children = [slot];
    this.slots.set(id, slot);
    this.changes += 1;
    if (parent === (this.head ?? this.root)) {
      parent.visited = slot;
      this.head = slot;
      this.path.push(slot);
      this.freshMessages = null;
      this.freshIds = null;
    } else if (select) {
      this.showThrough(slot, true);
    } else if (parent.visited === null) {
      parent.visited = slot;
    }
  }

  /** Adds `message` under the head and makes it the head. */
  append(message: Omit<MessageNode, 'parentId'>): void {
    this.add({ ...message, parentId: this.headId } as MessageNode, true);
  }

  /**
   * Adds `message` as a new sibling of `siblingOf` (same parent, same role) and
   * shows it. Editing a user message and regenerating a reply are both this.
   */
  addSibling(siblingOf: string, message: Omit<MessageNode, 'parentId'>): void {
    const original = this.require(siblingOf, 'addSibling').message;
    if (original.role !== message.role) {
      throw new TreeError(
        'addSibling',
        `a ${message.role} message cannot be a branch of a ${original.role} message`,
      );
    }
    this.add({ ...message, parentId: original.parentId } as MessageNode, true, 'addSibling');
  }

  /** Replaces a message with a patched copy. O(1). */
  update(id: string, patch: Partial<Omit<MessageNode, 'id' | 'parentId' | 'role'>>): void {
    const slot = this.require(id, 'update');
    if (slot.message.ending && 'ending' in patch && patch.ending === undefined)
      throw new TreeError('update', 'an ended branch cannot be reopened');
    this.replace(slot, { ...slot.message, ...patch });
  }

  /** Marks `id` as the message that ends its branch. An ending is permanent. */
  endBranchAt(id: string, ending: Ending): void {
    const slot = this.require(id, 'endBranch');
    if (slot.children)
      throw new TreeError('endBranch', 'only the last message of a branch can end it');
    if (slot.message.ending) return;
    this.replace(slot, { ...slot.message, ending });
  }

  /**
   * Shows the branch through `id`: every ancestor remembers the way down to it,
   * and below it the last-visited choices lead to a leaf.
   */
  switchTo(id: string): void {
    this.showThrough(this.require(id, 'switchTo'), true);
    this.changes += 1;
  }

  /** Moves to the previous (-1) or next (+1) sibling of `id`, restoring its deeper choices. */
  switchSibling(id: string, offset: -1 | 1): void {
    const slot = this.require(id, 'switchSibling');
    const target = slot.parent!.children![slot.index + offset];
    if (!target) {
      throw new TreeError(
        'switchSibling',
        `no ${offset < 0 ? 'previous' : 'next'} branch at "${id}"`,
      );
    }
    this.showThrough(target, true);
    this.changes += 1;
  }

  /** Makes `id` the head itself (not a leaf below it): the next message goes under it. */
  setHead(id: string): void {
    this.showThrough(this.require(id, 'setHead'), false);
    this.changes += 1;
  }

  /** An independent copy. */
  clone(): ConversationTree {
    return ConversationTree.fromSaved(this.exportAll());
  }

  /** A flat copy from which `fromSaved` rebuilds the same tree. O(N). */
  exportAll(): SavedTree {
    const nodes: MessageNode[] = [];
    const lastVisited: Record<string, string> = {};
    const stack: Slot[] = [this.root];
    while (stack.length > 0) {
      const slot = stack.pop()!;
      if (slot !== this.root) nodes.push(slot.message);
      const kids = slot.children;
      if (!kids) continue;
      if (slot.visited !== kids[kids.length - 1])
        lastVisited[slot.message.id] = slot.visited!.message.id;
      for (let i = kids.length - 1; i >= 0; i -= 1) stack.push(kids[i]!);
    }
    return { nodes, activeLeafId: this.headId, lastVisited };
  }

  static fromSaved(saved: SavedTree): ConversationTree {
    return ConversationTree.fromNodes(saved.nodes, saved);
  }

  /**
   * Builds a tree from messages in any order. Rejects duplicate ids, orphans,
   * cycles and replies under an ended message, naming the operation; siblings are
   * ordered by creation time. The head is `activeLeafId`'s leaf (following the
   * last-visited choices), else the last-visited leaf from the roots.
   */
  static fromNodes(
    flat: readonly MessageNode[],
    saved: { activeLeafId?: string | null; lastVisited?: Readonly<Record<string, string>> } = {},
  ): ConversationTree {
    const tree = new ConversationTree();
    const { slots, root } = tree;
    const made: Slot[] = [];
    for (const message of flat) {
      const slot = new Slot(message, null, 0, 0);
      slots.set(message.id, slot);
      if (slots.size === made.length)
        throw new TreeError('import', `duplicate message id "${message.id}"`);
      made.push(slot);
    }
    // Siblings come in runs (a saved tree lists them together): the last parent first.
    let recent = root;
    for (const slot of made) {
      const message = slot.message;
      const parentId = message.parentId;
      const parent =
        parentId === null
          ? root
          : recent.message.id === parentId && recent !== root
            ? recent
            : slots.get(parentId);
      if (parent) recent = parent;
      if (!parent)
        throw new TreeError('import', `message "${message.id}" has a missing parent "${parentId}"`);
      if (parent === slot)
        throw new TreeError('import', `message "${message.id}" is its own parent`);
      if (parent !== root && hasEnded(parent.message))
        throw new TreeError(
          'import',
          `message "${parentId}" ended its branch but has replies under it`,
        );
      slot.parent = parent;
      if (parent.children) parent.children.push(slot);
      else parent.children = [slot];
    }
    // Depths and positions from the roots down; a message never reached sits on a cycle.
    let reached = 0;
    const stack: Slot[] = [root];
    while (stack.length > 0) {
      const slot = stack.pop()!;
      const kids = slot.children;
      if (!kids) continue;
      if (!inCreationOrder(kids)) kids.sort(byCreation);
      for (let i = 0; i < kids.length; i += 1) {
        const kid = kids[i]!;
        kid.depth = slot.depth + 1;
        kid.index = i;
        stack.push(kid);
      }
      reached += kids.length;
      slot.visited = kids[kids.length - 1]!;
    }
    if (reached !== flat.length)
      throw new TreeError(
        'import',
        `${flat.length - reached} message(s) form a cycle and reach no root`,
      );
    for (const [key, id] of Object.entries(saved.lastVisited ?? {})) {
      const parent = key === ROOT ? root : slots.get(key);
      const child = slots.get(id);
      if (parent && child && child.parent === parent) parent.visited = child;
    }
    const leaf = saved.activeLeafId ? slots.get(saved.activeLeafId) : undefined;
    if (leaf) tree.showThrough(leaf, true);
    else if (root.children) tree.showThrough(root.visited!, true);
    return tree;
  }

  /**
   * The slot of `id` as a parent. Messages arrive under the head, or in runs under
   * one parent (siblings, an import), so those two are tried before the map.
   */
  private parentSlot(id: string): Slot | undefined {
    const head = this.head;
    if (head !== null && head.message.id === id) return head;
    const recent = this.recentParent;
    if (recent !== null && recent.message.id === id) return recent;
    const found = this.slots.get(id);
    if (found) this.recentParent = found;
    return found;
  }

  private require(id: string, op: TreeOperation): Slot {
    const slot = this.slots.get(id);
    if (!slot) throw new TreeError(op, `no message with id "${id}"`);
    return slot;
  }

  private replace(slot: Slot, message: MessageNode): void {
    slot.message = message;
    this.changes += 1;
    if (this.path[slot.depth] === slot) {
      this.freshMessages = null;
      if (slot.depth < this.messagesValid) this.messagesValid = slot.depth;
    }
  }

  /**
   * Points every ancestor of `slot` at it, then (with `descend`) follows the
   * last-visited children down to a leaf; `path` is rewritten from where the new
   * thread leaves the old one, so a switch costs what it changes.
   */
  private showThrough(slot: Slot, descend: boolean): void {
    const path = this.path;
    let child = slot;
    let parent = slot.parent!;
    // Up to where the new thread joins the old one; above that the choices already lead here.
    while (parent !== this.root && path[parent.depth] !== parent) {
      parent.visited = child;
      child = parent;
      parent = parent.parent!;
    }
    parent.visited = child;
    let depth = child.depth;
    for (let s: Slot = child; ;) {
      path[depth] = s;
      depth += 1;
      if (s === slot) break;
      s = s.visited!;
    }
    let last = slot;
    if (descend) {
      for (let next = slot.visited; next; next = next.visited) {
        path[depth] = next;
        depth += 1;
        last = next;
      }
    }
    path.length = depth;
    this.head = last;
    this.freshMessages = null;
    this.freshIds = null;
    if (child.depth < this.messagesValid) this.messagesValid = child.depth;
    if (child.depth < this.idsValid) this.idsValid = child.depth;
  }
}

/**
 * A copy of `shown` to be `length` long, whose first `valid` entries are right.
 * One copy at the final length where it can be: a copy of the right start that
 * then grows would copy again (a streamed reply changes only the last entry).
 */
function reuse<T>(shown: readonly T[], valid: number, length: number): T[] {
  if (length <= shown.length) return shown.slice(0, length);
  const next = shown.slice(0, valid);
  // Pushed in order, the array stays packed; the caller overwrites from `valid` on.
  for (let d = valid; d < length; d += 1) next.push(undefined as T);
  return next;
}

function inCreationOrder(kids: readonly Slot[]): boolean {
  for (let i = 1; i < kids.length; i += 1) if (byCreation(kids[i - 1]!, kids[i]!) > 0) return false;
  return true;
}

function byCreation(a: Slot, b: Slot): number {
  const x = a.message;
  const y = b.message;
  return x.createdAt - y.createdAt || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
}

export const emptyTree = (): ConversationTree => new ConversationTree();

/**
 * Merges two versions of one conversation into a new tree: the tree only grows,
 * so the union by message id is the truth. Text and status come from whichever
 * copy is further along; an ending in either copy holds. The visible branch stays
 * `local`'s.
 */
export function mergeTrees(local: ConversationTree, remote: ConversationTree): ConversationTree {
  const byId = new Map<string, MessageNode>();
  for (const node of remote.messages()) byId.set(node.id, node);
  for (const node of local.messages()) {
    const other = byId.get(node.id);
    byId.set(node.id, other ? mergeNode(node, other) : node);
  }
  // A tab may have sent a message under a reply that another tab then ended (a
  // model's end arriving late): nothing is lost, the message becomes a branch
  // beside the turn it answered. Worked out from the union alone, so every order
  // of merging gives the same tree.
  for (const node of byId.values()) {
    const placed = placeBesideEnded(byId, node);
    if (placed !== node) byId.set(node.id, placed);
  }
  const kept = [...byId.values()].filter((node) => !hasEndedAncestor(byId, node));
  const remoteSaved = remote.exportAll();
  const localSaved = local.exportAll();
  return ConversationTree.fromNodes(kept, {
    activeLeafId: local.headId ?? remote.headId,
    lastVisited: { ...remoteSaved.lastVisited, ...localSaved.lastVisited },
  });
}

/**
 * Where a message belongs given the ended messages: under the message it was sent
 * under, or, when that one has ended, beside the turn it answered (as an edit would
 * be), climbing past any ended message on the way.
 */
function placeBesideEnded(byId: Map<string, MessageNode>, node: MessageNode): MessageNode {
  const origin = node.movedFrom ?? node.parentId;
  let parentId = origin;
  let movedFrom: string | undefined;
  for (let hops = 0; parentId !== null && hops < byId.size; hops += 1) {
    const parent = byId.get(parentId);
    if (!parent || !hasEnded(parent)) break;
    movedFrom ??= parentId;
    // Beside the turn: under the parent of the message the ended reply answered.
    const answered = parent.parentId === null ? undefined : byId.get(parent.parentId);
    parentId = answered ? answered.parentId : null;
  }
  if (parentId === node.parentId && movedFrom === node.movedFrom) return node;
  const { movedFrom: _old, ...rest } = node;
  return { ...rest, parentId, ...(movedFrom !== undefined ? { movedFrom } : {}) };
}

function hasEndedAncestor(byId: Map<string, MessageNode>, node: MessageNode): boolean {
  const seen = new Set<string>();
  for (let id = node.parentId; id !== null && !seen.has(id);) {
    seen.add(id);
    const parent = byId.get(id);
    if (!parent) return false;
    if (hasEnded(parent)) return true;
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
