/**
 * Conversations stored by older versions (or imported) carry no verdicts on
 * their messages. Each such message is judged once, in the background after
 * load, with the turn it answered, and the verdict is stored like any other.
 *
 * A conversation's verdicts reach the store as one `turn/judged` event, at its
 * end: each change re-renders the screen and saves the whole conversation, which
 * for a 10,000-message chat is a task of 60–100 ms (measured), so one, not one
 * per message. Until then a verdict just given is laid over the path it is read in.
 */
import { CONTEXT_MESSAGES, contextAt } from '../domain/safety/guardContext';
import type { Guard } from '../guard/types';
import type { RecordedVerdict } from '../domain/types';
import type { StoreApi } from 'zustand/vanilla';
import type { Dispatch } from './dispatch';
import type { ChatStoreState } from './slices/types';
import { own } from '../domain/own';

export async function backfillVerdicts(
  store: Pick<StoreApi<ChatStoreState>, 'getState'>,
  dispatch: Dispatch,
  guard: () => Guard,
  conversationIds: readonly string[],
): Promise<number> {
  let judged = 0;
  for (const id of conversationIds) {
    const conv = own(store.getState().conversations, id);
    if (!conv) continue;
    const unjudged = [...conv.tree.messages()].filter((n) => n.role === 'user' && !n.verdict);
    const verdicts: Record<string, RecordedVerdict> = {};
    for (const node of unjudged) {
      // Read afresh each time: another tab's save may have replaced the conversation.
      const tree = own(store.getState().conversations, id)?.tree;
      const path = (tree?.pathTo(node.id, CONTEXT_MESSAGES + 1) ?? []).map((n) => {
        const given = own(verdicts, n.id);
        return given && !n.verdict ? { ...n, verdict: given } : n;
      });
      if (path.length === 0) continue;
      try {
        // The guard reads only the latest messages: O(1) per message at any depth.
        verdicts[node.id] = await guard().classify(node.text, contextAt(path, path.length - 1));
        judged += 1;
      } catch {
        // Judged again with the next turn on its path (the turn judges what it lacks).
      }
    }
    // A turn may have judged some meanwhile: the reducer keeps the first verdict.
    if (Object.keys(verdicts).length > 0)
      dispatch({ type: 'turn/judged', conversationId: id, verdicts });
  }
  return judged;
}
