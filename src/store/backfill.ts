/**
 * Conversations stored by older versions (or imported) carry no verdicts on
 * their messages. Each such message is judged once, in the background after
 * load, with the turn it answered, and the verdict is stored like any other.
 */
import { contextAt } from '../domain/safety/guardContext';
import { pathTo, updateNode } from '../domain/tree';
import type { Guard } from '../guard/types';
import type { StoreApi } from 'zustand/vanilla';
import type { ChatStoreState } from './slices/types';
import { withTree } from './slices/trees';

export async function backfillVerdicts(
  store: StoreApi<ChatStoreState>,
  guard: () => Guard,
  conversationIds: readonly string[],
): Promise<number> {
  let judged = 0;
  for (const id of conversationIds) {
    const conv = store.getState().conversations[id];
    if (!conv) continue;
    const unjudged = Object.values(conv.tree.nodes).filter((n) => n.role === 'user' && !n.verdict);
    for (const node of unjudged) {
      let verdict;
      try {
        const path = pathTo(conv.tree, node.id);
        verdict = await guard().classify(node.text, contextAt(path, path.length - 1));
      } catch {
        // Judged again with the next turn on its path (the runner judges what it lacks).
        continue;
      }
      const current = store.getState().conversations[id];
      const now = current?.tree.nodes[node.id];
      if (!current || !now || now.verdict) continue;
      store.setState((s) => withTree(s, id, updateNode(current.tree, node.id, { verdict })));
      judged += 1;
    }
  }
  return judged;
}
