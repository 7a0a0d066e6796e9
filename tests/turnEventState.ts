/**
 * The chat state as plain JSON and back, for the turn-event golden files
 * (tests/fixtures/turn-events): what `applyTurnEvent` is tested on.
 */
import type { Conversation } from '../src/domain/conversation';
import { ConversationTree, type SavedTree } from '../src/domain/tree';
import type { ChatState } from '../src/store/chatStore';

export interface StateJson {
  readonly conversations: Record<string, Omit<Conversation, 'tree'> & { tree: SavedTree }>;
  readonly drafts: ChatState['drafts'];
  readonly replying: ChatState['replying'];
  readonly status: ChatState['status'];
  readonly notice: string | null;
}

export function toJson(s: ChatState): StateJson {
  return JSON.parse(
    JSON.stringify({
      conversations: Object.fromEntries(
        Object.entries(s.conversations).map(([id, c]) => [id, { ...c, tree: c.tree.exportAll() }]),
      ),
      drafts: s.drafts,
      replying: s.replying,
      status: s.status,
      notice: s.notice?.text ?? null,
    }),
  ) as StateJson;
}

/** A state to apply events to (only the parts a turn changes; the rest as a new store has them). */
export function fromJson(json: StateJson, base: ChatState): ChatState {
  return {
    ...base,
    conversations: Object.fromEntries(
      Object.entries(json.conversations).map(([id, c]) => [
        id,
        { ...c, tree: ConversationTree.fromSaved(c.tree) },
      ]),
    ),
    drafts: json.drafts,
    replying: json.replying,
    status: json.status,
    notice: json.notice === null ? null : { id: 0, text: json.notice },
    activeId: Object.keys(json.conversations)[0] ?? null,
  };
}
