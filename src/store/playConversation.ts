/**
 * Plays a scripted list of user messages through the real turn, on the
 * built-in assistant with the client enforcing, and reads what happened from
 * the stored conversation. Used by the policy tests, the fixtures and the
 * evaluation commands: what they measure is what a person would meet.
 */
import { createBuiltinAssistant } from '../assistants/builtin';
import type { Assistant, ReplyBrief } from '../assistants/types';
import { foldPath, type PolicyConfig } from '../domain/safety/policy';
import { DEFAULT_POLICY } from '../domain/safety/policyConfig';
import type { GuardContext } from '../domain/safety/guardContext';
import type { EndedBy, RecordedVerdict, ReplyKind } from '../domain/types';
import type { Guard } from '../guard/types';
import { createChatStore } from './chatStore';

export interface PlayedTurn {
  readonly user: string;
  readonly verdict: RecordedVerdict | undefined;
  /** What the reply was: an answer, a refusal, the warning, the end, support… */
  readonly kind: ReplyKind | undefined;
  /** What the client told the voice to say. */
  readonly brief: ReplyBrief | undefined;
  readonly reply: string;
}

export interface PlayedConversation {
  readonly turns: readonly PlayedTurn[];
  /** 1-based index of the user turn whose reply ended the chat, or null. */
  readonly endedAt: number | null;
  readonly endedBy: EndedBy | null;
  readonly warnedAt: number | null;
  readonly supportShown: boolean;
  /** How many replies refused (refusals and the warning). */
  readonly refusals: number;
}

/** A guard whose verdicts a function gives (the offline rules, or a test's fake). */
export type Judge = (text: string, context?: GuardContext) => RecordedVerdict;

const guardOf = (judge: Judge): Guard => ({
  warm: async () => {},
  classify: async (text, context) => judge(text, context),
  readReply: async () => ({ refusal: false, score: 0, by: 'rule' }),
});

/** The built-in assistant, noting each brief it is given. */
function briefed(briefs: (ReplyBrief | undefined)[]): Assistant {
  const inner = createBuiltinAssistant({ paceMs: 0 });
  return {
    ...inner,
    stream(request) {
      briefs.push(request.brief);
      return inner.stream(request);
    },
  };
}

export async function playConversation(
  userTurns: readonly string[],
  judge: Judge | Guard,
  config: PolicyConfig = DEFAULT_POLICY,
): Promise<PlayedConversation> {
  const briefs: (ReplyBrief | undefined)[] = [];
  const voice = briefed(briefs);
  const store = createChatStore({
    assistant: () => voice,
    policy: () => config,
    guard: () => (typeof judge === 'function' ? guardOf(judge) : judge),
  });
  store.getState().hydrate([], []);
  for (const text of userTurns) {
    const sent = await store.getState().send(text);
    if (!sent.ok) break;
  }
  const s = store.getState();
  const thread = s.activeId ? (s.conversations[s.activeId]?.tree.thread() ?? []) : [];
  const turns: PlayedTurn[] = [];
  for (const [i, node] of thread.entries()) {
    if (node.role !== 'user') continue;
    const reply = thread[i + 1];
    turns.push({
      user: node.text,
      verdict: node.verdict,
      kind: reply?.kind,
      brief: briefs[turns.length],
      reply: reply?.text ?? '',
    });
  }
  const endedAt = thread.findIndex((n) => n.ending);
  const warned = turns.findIndex((t) => t.kind === 'warning');
  return {
    turns,
    endedAt: endedAt < 0 ? null : turns.length,
    endedBy: endedAt < 0 ? null : thread[endedAt]!.ending!.by,
    warnedAt: warned < 0 ? null : warned + 1,
    supportShown: foldPath(thread, config).riskPath || turns.some((t) => t.kind === 'support'),
    refusals: turns.filter((t) => t.kind === 'refusal' || t.kind === 'warning').length,
  };
}
