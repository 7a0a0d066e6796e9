/**
 * Conversations stored by older versions (or imported) carry no verdicts on
 * their messages. Each such message is judged once, in the background after
 * load, with the turn it answered, and the verdict is stored like any other.
 * Verdicts reach the store in batches: a 10,000-message chat judged after load
 * must not make the screen re-check itself 5,000 times.
 */
import { contextAt } from '../domain/safety/guardContext';
import type { RecordedVerdict } from '../domain/types';
import type { Guard } from '../guard/types';
import type { StoreApi } from 'zustand/vanilla';
import type { ChatStoreState } from './slices/types';
import { withTree } from './slices/trees';

const BATCH = 32;

export async function backfillVerdicts(
  store: StoreApi<ChatStoreState>,
  guard: () => Guard,
  conversationIds: readonly string[],
): Promise<number> {
  let judged = 0;
  for (const id of conversationIds) {
    const conv = store.getState().conversations[id];
    if (!conv) continue;
    const unjudged = [...conv.tree.messages()].filter((n) => n.role === 'user' && !n.verdict);
    let pending: [string, RecordedVerdict][] = [];
    const flush = () => {
      const current = store.getState().conversations[id];
      let changed = false;
      for (const [nodeId, verdict] of pending) {
        // A turn may have judged it meanwhile: the first verdict stands.
        if (!current?.tree.get(nodeId) || current.tree.get(nodeId)!.verdict) continue;
        current.tree.update(nodeId, { verdict });
        changed = true;
        judged += 1;
      }
      pending = [];
      if (current && changed) store.setState((s) => withTree(s, id, current.tree));
    };
    for (const node of unjudged) {
      try {
        const path = conv.tree.pathTo(node.id);
        pending.push([
          node.id,
          await guard().classify(node.text, contextAt(path, path.length - 1)),
        ]);
      } catch {
        // Judged again with the next turn on its path (the runner judges what it lacks).
        continue;
      }
      if (pending.length >= BATCH) flush();
    }
    flush();
  }
  return judged;
}
