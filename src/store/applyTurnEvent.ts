/**
 * The one place a turn changes the state: each TurnEvent (turns/events.ts)
 * applied to the chat state. A reducer over plain data, tested on recorded
 * event sequences (tests/unit/apply-turn-event.test.ts).
 *
 * The tree is the domain's mutable repository (see domain/tree.ts for why): an
 * event that changes a tree writes it in place and hands the state a new
 * conversation object, so every subscriber sees the change.
 */
import { own } from '../domain/own';
import type { TurnEvent } from '../turns/events';
import { noticeOf } from './slices/notices';
import { onTree, without } from './slices/trees';
import type { ChatState } from './slices/types';

type Change = Partial<ChatState>;

export function applyTurnEvent(s: ChatState, event: TurnEvent): Change {
  switch (event.type) {
    case 'turn/started':
      return { replying: { ...s.replying, [event.conversationId]: true } };
    case 'turn/settled':
      return own(s.replying, event.conversationId)
        ? { replying: without(s.replying, event.conversationId) }
        : {};
    case 'turn/refused':
    case 'reply/warned':
      return noticeOf(event.type === 'turn/refused' ? event.reason : event.message);
    case 'turn/judged':
      return onTree(s, event.conversationId, (tree) => {
        // The first verdict stands: a message judged meanwhile keeps its own.
        for (const [id, verdict] of Object.entries(event.verdicts))
          if (tree.has(id) && !tree.get(id)!.verdict) tree.update(id, { verdict });
      });
    case 'reply/started': {
      const { parentId, node } = event;
      const placed = onTree(s, event.conversationId, (tree) => {
        // Under the message it answers, and shown: not wherever this tab's branch now ends.
        if (tree.has(parentId) && !tree.whyNotAddUnder(parentId))
          tree.add({ ...node, parentId }, true);
      });
      return placed.conversations ? { ...placed, drafts: { ...s.drafts, [node.id]: '' } } : placed;
    }
    case 'reply/resumed': {
      const resumed = onTree(s, event.conversationId, (tree) => {
        if (tree.has(event.nodeId)) tree.update(event.nodeId, { status: 'streaming' });
      });
      return resumed.conversations
        ? { ...resumed, drafts: { ...s.drafts, [event.nodeId]: event.text } }
        : resumed;
    }
    case 'reply/text': {
      const draft = own(s.drafts, event.nodeId);
      return draft === undefined
        ? {}
        : { drafts: { ...s.drafts, [event.nodeId]: draft + event.text } };
    }
    case 'reply/status':
      if (!event.status)
        return own(s.status, event.nodeId) ? { status: without(s.status, event.nodeId) } : {};
      return { status: { ...s.status, [event.nodeId]: event.status } };
    case 'reply/risk_flagged':
      return onTree(s, event.conversationId, (tree) => {
        const node = tree.get(event.nodeId);
        if (node && !node.riskFlag) tree.update(event.nodeId, { riskFlag: { at: event.at } });
      });
    case 'reply/end_declined':
      return onTree(s, event.conversationId, (tree) => {
        if (tree.has(event.nodeId))
          tree.update(event.nodeId, { declinedEnd: { at: event.at, reason: event.reason } });
      });
    case 'turn/ended':
      return onTree(s, event.conversationId, (tree) => {
        if (tree.has(event.nodeId) && tree.childCount(event.nodeId) === 0)
          tree.endBranchAt(event.nodeId, event.ending);
      });
    case 'reply/finished': {
      // A reply whose draft was dropped (its branch ended in another tab) records nothing.
      if (own(s.drafts, event.nodeId) === undefined) return {};
      const done = onTree(s, event.conversationId, (tree) => {
        if (tree.has(event.nodeId)) tree.update(event.nodeId, event.outcome);
      });
      return {
        ...done,
        drafts: without(s.drafts, event.nodeId),
        status: without(s.status, event.nodeId),
      };
    }
  }
}
