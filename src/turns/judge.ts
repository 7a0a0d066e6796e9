/**
 * Judging: every user message on the active path that has no verdict yet is
 * judged, oldest first, each with the turn it answered (a verdict just given is
 * part of the next message's context). The verdicts go to the store as one
 * event, so a chat judged here for the first time is re-rendered and saved once.
 */
import { contextAt } from '../domain/safety/guardContext';
import type { MessageNode, RecordedVerdict } from '../domain/types';
import type { Guard } from '../guard/types';
import type { ReadonlyTree, TurnEvent } from './events';

/** Yields the verdicts the path lacks; returns the judged path, or null when the conversation is gone. */
export async function* judgePath(
  conversationId: string,
  read: () => ReadonlyTree | undefined,
  guard: () => Guard,
): AsyncGenerator<TurnEvent, readonly MessageNode[] | null> {
  for (;;) {
    const tree = read();
    if (!tree) return null;
    const path = [...tree.thread()];
    const verdicts: Record<string, RecordedVerdict> = {};
    let judged = false;
    for (const [index, node] of path.entries()) {
      if (node.role !== 'user' || node.verdict) continue;
      const verdict = await guard().classify(node.text, contextAt(path, index));
      verdicts[node.id] = verdict;
      path[index] = { ...node, verdict };
      judged = true;
    }
    if (!judged) return tree.thread();
    yield { type: 'turn/judged', conversationId, verdicts };
    // Read again: the path may have changed while the guard read (another tab's save).
  }
}
