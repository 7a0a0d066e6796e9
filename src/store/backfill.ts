/**
 * Conversations stored by older versions (or imported) carry no verdicts on
 * their messages. Each such message is judged once, in the background after
 * load, with the turn it answered, and the verdict is stored like any other.
 *
 * Verdicts go into the conversation's tree as they come (a turn sent meanwhile
 * reads them), and the store hears once per conversation, at its end: each
 * notice re-renders the screen and saves the whole conversation, which for a
 * 10,000-message chat is a task of 60–100 ms (measured), so one, not one per batch.
 */
import { CONTEXT_MESSAGES, contextAt } from '../domain/safety/guardContext';
import type { Guard } from '../guard/types';
import type { RecordedVerdict } from '../domain/types';
import type { StoreApi } from 'zustand/vanilla';
import type { ChatStoreState } from './slices/types';
import { withTree } from './slices/trees';
import { own } from '../domain/own';

export async function backfillVerdicts(
  store: StoreApi<ChatStoreState>,
  guard: () => Guard,
  conversationIds: readonly string[],
): Promise<number> {
  let judged = 0;
  for (const id of conversationIds) {
    const conv = own(store.getState().conversations, id);
    if (!conv) continue;
    const unjudged = [...conv.tree.messages()].filter((n) => n.role === 'user' && !n.verdict);
    let changed = false;
    for (const node of unjudged) {
      // Read afresh each time: another tab's save may have replaced the conversation.
      const tree = () => own(store.getState().conversations, id)?.tree;
      const path = tree()?.pathTo(node.id, CONTEXT_MESSAGES + 1) ?? [];
      if (path.length === 0) continue;
      let verdict: RecordedVerdict;
      try {
        // The guard reads only the latest messages: O(1) per message at any depth.
        verdict = await guard().classify(node.text, contextAt(path, path.length - 1));
      } catch {
        // Judged again with the next turn on its path (the runner judges what it lacks).
        continue;
      }
      // A turn may have judged it meanwhile: the first verdict stands.
      const now = tree();
      if (!now?.get(node.id) || now.get(node.id)!.verdict) continue;
      now.update(node.id, { verdict });
      changed = true;
      judged += 1;
    }
    const current = own(store.getState().conversations, id);
    if (current && changed) store.setState((s) => withTree(s, id, current.tree));
  }
  return judged;
}
