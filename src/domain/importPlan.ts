/**
 * How imported conversations join the stored ones (issue 28, item 1): an import
 * only ever adds. It never removes or rewrites a stored message, never lifts an
 * ending, and is worked out whole before anything changes, so a file is applied
 * whole or not at all.
 *
 * - A conversation whose id is new is added (its message ids made fresh where
 *   they collide with stored ones, so each id names one message).
 * - A conversation whose id is stored, and whose shared messages are the same
 *   (same author, parent and words), adds only its new messages.
 * - One that disagrees with a stored message, or whose id a record this version
 *   cannot read holds (set aside, or from a newer version), becomes a copy under a new id.
 * - A message whose id a stored ended branch holds ends there again, however the
 *   file was edited; a message below an ended one is left out.
 */
import { ConversationTree, hasEnded } from './tree';
import type { Ending, MessageNode } from './types';

export interface Importable {
  readonly id: string;
  readonly title: string;
  readonly tree: ConversationTree;
}

export interface ImportPlan<T extends Importable> {
  /** What to store, by conversation id: new ones, and stored ones with messages added. */
  readonly conversations: readonly T[];
  /** Messages that will be added. */
  readonly added: number;
  /** Imported conversations kept as copies because they disagreed with a stored one. */
  readonly copies: number;
  /** Messages left out because they continue an ended branch. */
  readonly refused: number;
}

/** The same message: the same author, the same parent, the same words. */
const sameMessage = (a: MessageNode, b: MessageNode) =>
  a.role === b.role && a.parentId === b.parentId && a.text === b.text;

/** Nodes with no ended ancestor and a parent present (cycles end the walk: the node is dropped). */
function withoutEndedDescendants(nodes: readonly MessageNode[]): MessageNode[] {
  const byId = new Map(nodes.map((n) => [n.id, n] as const));
  const verdicts = new Map<string, boolean>();
  const keep = (start: MessageNode): boolean => {
    const chain: MessageNode[] = [];
    const onChain = new Set<string>();
    let ok = true;
    for (let node: MessageNode | undefined = start; node;) {
      const known = verdicts.get(node.id);
      if (known !== undefined) {
        ok = known;
        break;
      }
      if (onChain.has(node.id)) {
        ok = false; // a cycle: no root to hang from
        break;
      }
      chain.push(node);
      onChain.add(node.id);
      if (node.parentId === null) break;
      const parent = byId.get(node.parentId);
      if (!parent || hasEnded(parent)) {
        ok = false;
        break;
      }
      node = parent;
    }
    // Every node on the walk shares the verdict of the one it reached.
    for (const node of chain) verdicts.set(node.id, ok);
    return ok;
  };
  return nodes.filter((n) => keep(n));
}

function rebuild(tree: ConversationTree, nodes: readonly MessageNode[]): ConversationTree {
  const saved = tree.exportAll();
  const ids = new Set(nodes.map((n) => n.id));
  return ConversationTree.fromNodes(nodes, {
    activeLeafId: saved.activeLeafId && ids.has(saved.activeLeafId) ? saved.activeLeafId : null,
    lastVisited: saved.lastVisited,
  });
}

function freshIds(
  nodes: readonly MessageNode[],
  taken: ReadonlySet<string>,
  freshId: () => string,
) {
  const renamed = new Map<string, string>();
  for (const n of nodes) if (taken.has(n.id)) renamed.set(n.id, freshId());
  const rename = (id: string | null) => (id === null ? null : (renamed.get(id) ?? id));
  return nodes.map((n) =>
    renamed.size === 0 ? n : { ...n, id: rename(n.id)!, parentId: rename(n.parentId) },
  );
}

export function planImport<T extends Importable>(
  stored: ReadonlyMap<string, T>,
  incoming: readonly T[],
  freshId: () => string,
  /** Ids held by records this version cannot read (set aside): never written over. */
  unreadable: ReadonlySet<string> = new Set(),
): ImportPlan<T> {
  const result = new Map(stored);
  const endings = new Map<string, Ending | undefined>();
  const takenIds = new Set<string>();
  for (const conversation of stored.values())
    for (const node of conversation.tree.messages()) {
      takenIds.add(node.id);
      if (hasEnded(node)) endings.set(node.id, node.ending);
    }
  let added = 0;
  let copies = 0;
  let refused = 0;

  for (const conversation of incoming) {
    // An ending stored for a message id holds, whatever the file says about it.
    const given = [...conversation.tree.messages()];
    const relit = given.map((n) => {
      if (!endings.has(n.id) || n.ending) return n;
      const ending = endings.get(n.id);
      return ending ? { ...n, ending } : { ...n, kind: 'end' as const };
    });
    const mine = result.get(conversation.id);
    const disagrees =
      mine !== undefined &&
      relit.some((n) => {
        const kept = mine.tree.get(n.id);
        return kept !== undefined && !sameMessage(kept, n);
      });

    if (mine && !disagrees) {
      const have = [...mine.tree.messages()];
      const fresh = relit.filter((n) => !mine.tree.has(n.id));
      const kept = withoutEndedDescendants([...have, ...fresh]);
      const adding = kept.length - have.length;
      refused += fresh.length - adding;
      added += adding;
      if (adding > 0) result.set(mine.id, { ...mine, tree: rebuild(mine.tree, kept) });
      for (const n of fresh) takenIds.add(n.id);
      continue;
    }

    const apart = mine !== undefined || unreadable.has(conversation.id);
    const id = apart ? freshId() : conversation.id;
    const kept = withoutEndedDescendants(freshIds(relit, takenIds, freshId));
    refused += relit.length - kept.length;
    added += kept.length;
    if (apart) copies += 1;
    for (const n of kept) takenIds.add(n.id);
    result.set(id, {
      ...conversation,
      id,
      title: apart ? `Copy of ${conversation.title || 'Untitled'}` : conversation.title,
      tree: rebuild(conversation.tree, kept),
    });
  }
  const changed = [...result.values()].filter((c) => stored.get(c.id) !== c);
  return { conversations: changed, added, copies, refused };
}
