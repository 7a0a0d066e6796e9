/**
 * The client decides what a model's tool calls do: a risk flag always takes; an
 * end is honoured only as a last resort (never on a risk path) and otherwise
 * declined with a result the model reads before it finishes its turn.
 */
import type { ToolCall } from '../assistants/types';
import { foldPath, judgeModelEnd, type PolicyConfig } from '../domain/safety/policy';
import type { MessageNode, SafetyMode } from '../domain/types';
import type { ReadonlyTree, TurnEvent } from './events';

const SUPPORT_SHOWN =
  'Support resources are now shown on the person’s screen, and this conversation will not be ended. Continue your reply: stay with them, acknowledge what they said, and encourage reaching out.';

export interface CallsAnswered {
  /** What each call returned (call id → text), for the model's next round. */
  readonly results: Record<string, string>;
  /** The branch ended (or the reply is gone): no further round. */
  readonly ended: boolean;
}

export interface ToolRound {
  readonly conversationId: string;
  readonly nodeId: string;
  readonly calls: readonly ToolCall[];
  /** Whether the client's own decision this turn was to end (an end call then changes nothing). */
  readonly endDecided: boolean;
  readonly read: () => ReadonlyTree | undefined;
  readonly policy: PolicyConfig;
  readonly mode: SafetyMode;
  readonly at: number;
  /** The reply as it will be recorded (its refusal counts toward an end). */
  readonly recorded: () => Promise<Partial<MessageNode>>;
}

export async function* answerCalls(round: ToolRound): AsyncGenerator<TurnEvent, CallsAnswered> {
  const { conversationId, nodeId, calls, at } = round;
  const results: Record<string, string> = {};
  const known = new Set(['show_support_resources', 'end_conversation']);
  for (const call of calls) {
    if (!known.has(call.name)) results[call.id] = `There is no tool named ${call.name}.`;
  }
  const flags = calls.filter((c) => c.name === 'show_support_resources');
  if (flags.length > 0 && !round.read()?.get(nodeId)?.riskFlag)
    yield { type: 'reply/risk_flagged', conversationId, nodeId, at };
  for (const call of flags) results[call.id] = SUPPORT_SHOWN;
  const endCalls = calls.filter((c) => c.name === 'end_conversation');
  if (endCalls.length === 0 || round.endDecided) return { results, ended: false };
  const tree = round.read();
  const node = tree?.get(nodeId);
  if (!tree || !node) return { results: {}, ended: true };
  const upTo = tree.pathTo(nodeId);
  upTo[upTo.length - 1] = { ...node, ...(await round.recorded()) };
  const verdict = judgeModelEnd(foldPath(upTo, round.policy, round.mode), round.policy);
  if (verdict.honour && tree.childCount(nodeId) === 0) {
    const byUser = verdict.reason === 'user_request';
    yield {
      type: 'turn/ended',
      conversationId,
      nodeId,
      ending: {
        by: byUser ? 'user' : 'model',
        reason: verdict.reason,
        at,
        triggerIds: verdict.triggerIds,
        ...(byUser ? { confirmedBy: 'words' as const } : {}),
      },
    };
    return { results: {}, ended: true };
  }
  const declined = verdict.honour
    ? { reason: 'the conversation has moved on past this reply.', guidance: '' }
    : verdict;
  yield { type: 'reply/end_declined', conversationId, nodeId, at, reason: declined.reason };
  for (const call of endCalls)
    results[call.id] =
      `The conversation was not ended: ${declined.reason} ${declined.guidance}`.trim();
  return { results, ended: false };
}
