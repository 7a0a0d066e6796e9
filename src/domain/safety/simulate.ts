/**
 * Plays a scripted list of user turns through the policy, as the built-in
 * assistant would answer them. Used by the fixtures, the evaluation command and
 * the preview's scenario player.
 */
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
  readonly decision: Decision;
}

export interface Outcome {
  readonly turns: readonly SimulatedTurn[];
  /** 1-based index of the user turn whose reply ended the chat, or null. */
  readonly endedAt: number | null;
  readonly endedBy: 'policy' | 'user' | null;
  readonly warnedAt: number | null;
  readonly supportShown: boolean;
}

export function simulate(
  userTurns: readonly string[],
  config: PolicyConfig = DEFAULT_POLICY,
): Outcome {
  let state = INITIAL_STATE;
  const turns: SimulatedTurn[] = [];
  let warnedAt: number | null = null;
  for (const [i, text] of userTurns.entries()) {
    const user = { id: `u${i + 1}`, text };
    const decision = decide(state, user, config);
    turns.push({ user: text, decision });
    if (decision.kind === 'warning' && warnedAt === null) warnedAt = i + 1;
    if (decision.kind === 'end') {
      return {
        turns,
        endedAt: i + 1,
        endedBy: decision.by,
        warnedAt,
        supportShown: state.riskPath,
      };
    }
    state = step(state, user, undefined, config);
  }
  return { turns, endedAt: null, endedBy: null, warnedAt, supportShown: state.riskPath };
}
