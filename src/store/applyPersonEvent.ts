/**
 * The person's own changes to a tree, as named events beside the turn's: a
 * message placed (sent, edited, or the answer to the end question), and a branch
 * shown. Applied by the same dispatch, so devtools show every tree change by name.
 */
import type { MessageNode } from '../domain/types';
import { noticeOf } from './slices/notices';
import { onTree } from './slices/trees';
import type { ChatState } from './slices/types';

export type PersonEvent =
  /** The person's message, under `parentId` (null: a first message), shown. */
  | {
      readonly type: 'message/placed';
      readonly conversationId: string;
      readonly parentId: string | null;
      readonly node: Omit<MessageNode, 'parentId'>;
      /** A first message names a new chat. */
      readonly title?: string;
    }
  /**
   * A branch shown: `through` a message (to a leaf below it), `at` a message (it
   * becomes the end of the branch, so a reply goes under it), or the `sibling` of
   * a message before or after it.
   */
  | {
      readonly type: 'branch/shown';
      readonly conversationId: string;
      readonly nodeId: string;
      readonly how: 'through' | 'at' | 'previous' | 'next';
    };

export function applyPersonEvent(s: ChatState, event: PersonEvent): Partial<ChatState> {
  try {
    switch (event.type) {
      case 'message/placed': {
        const { node, parentId, title } = event;
        return onTree(s, event.conversationId, (tree) => tree.add({ ...node, parentId }, true), {
          updatedAt: node.createdAt,
          ...(title ? { title } : {}),
        });
      }
      case 'branch/shown':
        return onTree(s, event.conversationId, (tree) => {
          const { nodeId, how } = event;
          if (how === 'through') tree.switchTo(nodeId);
          else if (how === 'at') tree.setHead(nodeId);
          else tree.switchSibling(nodeId, how === 'previous' ? -1 : 1);
        });
    }
  } catch (error) {
    // The tree refused (the branch ended meanwhile, a branch that is not there): say why.
    return noticeOf(error instanceof Error ? error.message : String(error));
  }
}
