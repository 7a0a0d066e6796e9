/**
 * How long to wait before trying again, for everything that retries: a model
 * server's rate limit, a save that failed, feedback that could not be sent.
 * The wait doubles from `firstMs` with each failure and never passes `maxMs`;
 * a wait the other side asked for (Retry-After) is honoured, within the same cap.
 */
export interface Backoff {
  readonly firstMs: number;
  readonly maxMs: number;
}

export function backoffDelay(policy: Backoff, failures: number, askedMs?: number | null): number {
  if (askedMs !== undefined && askedMs !== null)
    return Math.min(policy.maxMs, Math.max(0, askedMs));
  return Math.min(policy.maxMs, policy.firstMs * 2 ** Math.min(Math.max(0, failures), 30));
}
