/** A conversation: its title and times, and its tree of messages. What the store holds and files carry. */
import type { ConversationTree } from './tree';

export interface ConversationMeta {
  readonly id: string;
  readonly title: string;
  readonly createdAt: number;
  readonly updatedAt: number;
}

export interface Conversation extends ConversationMeta {
  readonly tree: ConversationTree;
}

/** A reply that was streaming when the page closed keeps its text, marked stopped. */
export function settleInterrupted(c: Conversation): Conversation {
  const streaming = [...c.tree.messages()].filter((n) => n.status === 'streaming');
  for (const n of streaming) c.tree.update(n.id, { status: 'stopped' });
  return c;
}
