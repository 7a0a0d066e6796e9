/**
 * Plays a scripted list of user turns through the guard and the policy, as the
 * built-in assistant would answer them (the client enforcing). Each message is
 * judged in its conversation, as in the app. Used by the fixtures, the evaluation
 * commands and the preview's scenario player.
 */
import type { MessageNode, RecordedVerdict } from '../types';
import { contextAt, type GuardContext } from './guardContext';
import {
  decide,
  DEFAULT_POLICY,
  step,
  INITIAL_STATE,
  type Decision,
  type PolicyConfig,
} from './policy';

export interface SimulatedTurn {
  readonly user: string;
  readonly verdict: RecordedVerdict;
  readonly decision: Decision;
}

export interface Outcome {
  readonly turns: readonly SimulatedTurn[];
  /** 1-based index of the user turn whose reply ended the chat, or null. */
  readonly endedAt: number | null;
  readonly endedBy: 'policy' | 'user' | null;
  readonly warnedAt: number | null;
  readonly supportShown: boolean;
  /** How many replies refused (refusals and the warning). */
  readonly refusals: number;
}

export type Judge = (text: string, context?: GuardContext) => RecordedVerdict;

/** The words the client uses when it asks to confirm an end (see the built-in assistant). */
const CONFIRM_QUESTION = 'Do you want me to end this conversation? Reply yes to confirm.';

export function simulate(
  userTurns: readonly string[],
  judge: Judge,
  config: PolicyConfig = DEFAULT_POLICY,
): Outcome {
  let state = INITIAL_STATE;
  const turns: SimulatedTurn[] = [];
  const path: MessageNode[] = [];
  let warnedAt: number | null = null;
  const outcome = (endedAt: number | null, endedBy: Outcome['endedBy']): Outcome => ({
    turns,
    endedAt,
    endedBy,
    warnedAt,
    supportShown: state.riskPath || turns.some((t) => t.decision.kind === 'support'),
    refusals: turns.filter((t) => t.decision.kind === 'refusal' || t.decision.kind === 'warning')
      .length,
  });
  for (const [i, text] of userTurns.entries()) {
    const bare: MessageNode = {
      id: `u${i + 1}`,
      parentId: null,
      role: 'user',
      text,
      createdAt: i,
      status: 'done',
    };
    const verdict = judge(text, contextAt([...path, bare], path.length));
    const user = { ...bare, verdict };
    const decision = decide(state, user, 'client_enforces', config);
    turns.push({ user: text, verdict, decision });
    if (decision.kind === 'warning' && warnedAt === null) warnedAt = i + 1;
    if (decision.kind === 'end') return outcome(i + 1, decision.by);
    const reply: MessageNode = {
      id: `a${i + 1}`,
      parentId: user.id,
      role: 'assistant',
      text: decision.kind === 'confirm_end' ? CONFIRM_QUESTION : '',
      createdAt: i,
      status: 'done',
      kind: decision.kind,
    };
    state = step(state, user, reply, config);
    path.push(user, reply);
  }
  return outcome(null, null);
}
