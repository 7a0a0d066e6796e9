/**
 * The four ways into a turn (send, edit, regenerate, continue) and the streaming
 * state of replies. Each way only puts the user's message where it belongs, then
 * hands the turn to the turn runner; the checks they share are written once.
 */
import type { StateCreator } from 'zustand/vanilla';
import { foldPath } from '../../domain/safety/policy';
import type { MessageNode } from '../../domain/types';
import type { SendResult } from '../../turns/events';
import type { Conversation } from '../../domain/conversation';
import { DEFAULT_TITLE } from './conversations';
import { isReplying } from '../selectors';
import { noticeOf } from './notices';
import type { StoreRuntime } from './runtime';
import type { ChatStoreState, RepliesSlice } from './types';
import { own } from '../../domain/own';

const titleFrom = (text: string) => {
  const line = text.trim().split('\n')[0] ?? '';
  return line.length > 60 ? `${line.slice(0, 57)}…` : line || DEFAULT_TITLE;
};

export const createRepliesSlice =
  (
    runtime: StoreRuntime,
    ids: { newId: () => string; now: () => number },
  ): StateCreator<ChatStoreState, [], [], RepliesSlice> =>
  (set, get) => {
    const { refuse, openAt, userNode, place } = turnGate(set, get, runtime, ids);
    return {
      drafts: {},
      replying: {},
      status: {},

      async send(text) {
        if (!get().hydrated) return refuse('Your conversations are still loading.');
        if (text.trim().length === 0) return refuse('An empty message cannot be sent.');
        if (!get().activeId || !own(get().conversations, get().activeId!)) get().newConversation();
        return place(userNode(text));
      },

      async answerEndQuestion(answer, text) {
        const conv = get().activeId ? own(get().conversations, get().activeId!) : undefined;
        if (!conv || !foldPath(conv.tree.thread()).awaitingEndConfirmation)
          return refuse('That question is no longer open.');
        // The control's answer is recorded as the person's message, already judged:
        // nothing reads it again, and the ending says it was confirmed by the control.
        const verdict = {
          kind: answer,
          source: 'context',
          version: 'control',
          via: 'control',
        } as const;
        return place({ ...userNode(text), verdict });
      },

      async editMessage(messageId, text) {
        if (text.trim().length === 0) return refuse('An empty message cannot be sent.');
        const open = openAt('editing', messageId, 'user', 'Only your own messages can be edited.');
        if ('refusal' in open) return open.refusal;
        const { id, conv, node: original } = open;
        const why = conv.tree.whyNotAddUnder(original.parentId);
        if (why) return refuse(`Edit not saved: ${why}.`);
        runtime.dispatch({
          type: 'message/placed',
          conversationId: id,
          parentId: original.parentId,
          node: userNode(text),
        });
        set({ editingId: null, choosingBranch: false });
        return runtime.drive(id, { kind: 'new' });
      },

      async regenerate(messageId) {
        const open = openAt(
          'regenerating',
          messageId,
          'assistant',
          'Only replies can be regenerated.',
        );
        if ('refusal' in open) return open.refusal;
        const { id, node: original } = open;
        if (original.ending)
          return refuse(
            'This reply ended the conversation. Branch from an earlier message to continue.',
          );
        // Answer the same user message again, as a sibling of this reply.
        runtime.dispatch({
          type: 'branch/shown',
          conversationId: id,
          nodeId: original.parentId ?? messageId,
          how: 'at',
        });
        return runtime.drive(id, { kind: 'new' });
      },

      async continueReply(messageId) {
        const open = openAt('continuing', messageId, 'assistant', 'Only replies can be continued.');
        if ('refusal' in open) return open.refusal;
        const { id, conv, node } = open;
        if (node.ending) return refuse('This reply ended the conversation.');
        if (conv.tree.childCount(messageId) > 0)
          return refuse('Only the last reply of a branch can be continued.');
        runtime.dispatch({
          type: 'branch/shown',
          conversationId: id,
          nodeId: messageId,
          how: 'through',
        });
        return runtime.drive(id, { kind: 'continue', nodeId: messageId });
      },

      stop() {
        // Also before the reply exists (the message still being judged): the reply stops as
        // it begins, and the turn still records what the policy decided (a stop never escapes an end).
        const id = get().activeId;
        if (id) runtime.stopTurn(id, 'user');
      },
    };
  };

/**
 * What every way into a turn checks first, written once: a conversation is open,
 * no turn is under way in it, the message is where it may be answered from.
 */
function turnGate(
  set: (change: Partial<ChatStoreState>) => void,
  get: () => ChatStoreState,
  runtime: StoreRuntime,
  ids: { newId: () => string; now: () => number },
) {
  const refuse = (reason: string): SendResult => {
    set(noticeOf(reason));
    return { ok: false, reason };
  };

  /** The open conversation, if a turn may start in it now; else why not. */
  function openForTurn(what: string): { id: string; conv: Conversation } | { refusal: SendResult } {
    const id = get().activeId;
    const conv = id ? own(get().conversations, id) : undefined;
    if (!id || !conv) return { refusal: refuse('No conversation is open.') };
    if (isReplying(get(), id))
      return { refusal: refuse(`Wait for the reply to finish, or stop it, before ${what}.`) };
    return { id, conv };
  }

  /** The open conversation and its message `messageId` of `role`, if a turn may start from it now. */
  function openAt(
    what: string,
    messageId: string,
    role: MessageNode['role'],
    wrongRole: string,
  ): { id: string; conv: Conversation; node: MessageNode } | { refusal: SendResult } {
    const open = openForTurn(what);
    if ('refusal' in open) return open;
    const node = open.conv.tree.get(messageId);
    if (!node || node.role !== role) return { refusal: refuse(wrongRole) };
    return { ...open, node };
  }

  const userNode = (text: string): Omit<MessageNode, 'parentId'> => ({
    id: ids.newId(),
    role: 'user',
    text,
    createdAt: ids.now(),
    status: 'done',
  });

  /** Puts the person's message at the end of the open branch and starts its turn. */
  function place(node: Omit<MessageNode, 'parentId'>): Promise<SendResult> {
    const open = openForTurn('sending');
    if ('refusal' in open) return Promise.resolve(open.refusal);
    const { id, conv } = open;
    // Never under a message still waiting for its reply (another tab's, sent a moment
    // ago): beside it, as a branch, so each of the two is answered on its own.
    const head = conv.tree.headId ? conv.tree.get(conv.tree.headId) : undefined;
    const parentId = head?.role === 'user' ? head.parentId : (head?.id ?? null);
    const why = conv.tree.whyNotAddUnder(parentId);
    if (why) return Promise.resolve(refuse(`Message not sent: ${why}.`));
    const first = conv.tree.isEmpty && conv.title === DEFAULT_TITLE;
    runtime.dispatch({
      type: 'message/placed',
      conversationId: id,
      parentId,
      node,
      ...(first ? { title: titleFrom(node.text) } : {}),
    });
    return runtime.drive(id, { kind: 'new' });
  }

  return { refuse, openAt, userNode, place };
}
