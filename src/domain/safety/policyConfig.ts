/** The policy's thresholds: plain data, loaded with the first screen (the classifier is not). */

export interface PolicyConfig {
  /** Strikes answered with a refusal before the warning. */
  readonly refusalsBeforeWarning: number;
  /** Strikes after the warning; the last of them ends the branch. */
  readonly strikesAfterWarning: number;
  readonly warningEnabled: boolean;
  /**
   * A connected model's end_conversation is honoured only once at least this many
   * refusals stand on the branch (or the person asked to end and confirmed).
   */
  readonly refusalsBeforeEnd: number;
}

export const DEFAULT_POLICY: PolicyConfig = {
  refusalsBeforeWarning: 2,
  strikesAfterWarning: 1,
  warningEnabled: true,
  refusalsBeforeEnd: 2,
};

export const POLICY_LIMITS = { min: 0, max: 10 } as const;

/** Why a config is not acceptable, or null. */
export function validatePolicy(config: PolicyConfig): string | null {
  const { refusalsBeforeWarning: r, strikesAfterWarning: s, refusalsBeforeEnd: e } = config;
  if (!Number.isInteger(r) || r < POLICY_LIMITS.min || r > POLICY_LIMITS.max) {
    return `Refusals before the warning must be a whole number from ${POLICY_LIMITS.min} to ${POLICY_LIMITS.max}.`;
  }
  if (!Number.isInteger(s) || s < 1 || s > POLICY_LIMITS.max) {
    return `Strikes after the warning must be a whole number from 1 to ${POLICY_LIMITS.max}.`;
  }
  if (!Number.isInteger(e) || e < 1 || e > POLICY_LIMITS.max) {
    return `Refusals before a model may end a chat must be a whole number from 1 to ${POLICY_LIMITS.max}.`;
  }
  return null;
}
