/**
 * The four ways into a turn (send, edit, regenerate, continue) and the streaming
 * state of replies. Each way only puts the user's message where it belongs, then
 * hands the turn to the turn runner; the checks they share are written once.
 */
import type { StateCreator } from 'zustand/vanilla';
import { foldPath } from '../../domain/safety/policy';
import type { MessageNode } from '../../domain/types';
import type { ReplyTarget, SendResult, TurnRunner } from '../../turns/runTurn';
import type { Conversation } from '../schema';
import { DEFAULT_TITLE } from './conversations';
import { isReplying } from '../selectors';
import { noticeOf } from './notices';
import { abortReply, type ReplyRuntime } from './runtime';
import { withTree } from './trees';
import type { ChatStoreState, RepliesSlice } from './types';
import { own } from '../../domain/own';

const titleFrom = (text: string) => {
  const line = text.trim().split('\n')[0] ?? '';
  return line.length > 60 ? `${line.slice(0, 57)}…` : line || DEFAULT_TITLE;
};

export const createRepliesSlice =
  (
    runtime: ReplyRuntime,
    turns: () => TurnRunner,
    ids: { newId: () => string; now: () => number },
  ): StateCreator<ChatStoreState, [], [], RepliesSlice> =>
  (set, get) => {
    const refuse = (reason: string): SendResult => {
      set(noticeOf(reason));
      return { ok: false, reason };
    };

    /** The open conversation, if a turn may start in it now; else why not. */
    function openForTurn(
      what: string,
    ): { id: string; conv: Conversation } | { refusal: SendResult } {
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

    const start = (id: string, target: ReplyTarget) => turns().run(id, target);

    /** Puts the person's message at the end of the open branch and starts its turn. */
    function place(node: Omit<MessageNode, 'parentId'>): Promise<SendResult> {
      const open = openForTurn('sending');
      if ('refusal' in open) return Promise.resolve(open.refusal);
      const { id, conv } = open;
      const why = conv.tree.whyNotAddUnder(conv.tree.headId);
      if (why) return Promise.resolve(refuse(`Message not sent: ${why}.`));
      const first = conv.tree.isEmpty && conv.title === DEFAULT_TITLE;
      conv.tree.append(node);
      set((s) =>
        withTree(s, id, conv.tree, {
          updatedAt: node.createdAt,
          ...(first ? { title: titleFrom(node.text) } : {}),
        }),
      );
      return start(id, { kind: 'new' });
    }

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
        const node = userNode(text);
        conv.tree.addSibling(messageId, node);
        set((s) => ({
          ...withTree(s, id, conv.tree, { updatedAt: node.createdAt }),
          editingId: null,
          choosingBranch: false,
        }));
        return start(id, { kind: 'new' });
      },

      async regenerate(messageId) {
        const open = openAt(
          'regenerating',
          messageId,
          'assistant',
          'Only replies can be regenerated.',
        );
        if ('refusal' in open) return open.refusal;
        const { id, conv, node: original } = open;
        if (original.ending)
          return refuse(
            'This reply ended the conversation. Branch from an earlier message to continue.',
          );
        // Answer the same user message again, as a sibling of this reply.
        conv.tree.setHead(original.parentId ?? messageId);
        set((s) => withTree(s, id, conv.tree));
        return start(id, { kind: 'new', siblingOf: messageId });
      },

      async continueReply(messageId) {
        const open = openAt('continuing', messageId, 'assistant', 'Only replies can be continued.');
        if ('refusal' in open) return open.refusal;
        const { id, conv, node } = open;
        if (node.ending) return refuse('This reply ended the conversation.');
        if (conv.tree.childCount(messageId) > 0)
          return refuse('Only the last reply of a branch can be continued.');
        conv.tree.switchTo(messageId);
        set((s) => withTree(s, id, conv.tree));
        return start(id, { kind: 'continue', nodeId: messageId });
      },

      stop() {
        const id = get().activeId;
        const conv = id ? own(get().conversations, id) : undefined;
        if (!conv) return;
        let streaming = false;
        for (const nodeId of Object.keys(get().drafts)) {
          if (!conv.tree.has(nodeId)) continue;
          streaming = true;
          abortReply(runtime, nodeId, 'user');
        }
        // Stopped while the message is still being judged: the reply stops as it begins,
        // and the turn still records what the policy decided (a stop never escapes an end).
        if (!streaming && own(get().replying, conv.id)) runtime.stopOnStart.add(conv.id);
      },
    };
  };
