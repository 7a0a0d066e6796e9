import type { Ending, MessageNode } from '../types';

/**
 * The ending of an end notice stored without one (a record edited by hand): the
 * path that led to it says who ended it (a confirmed request, or the policy) and
 * over which messages (those refused or warned, and the last).
 */
export function endingFromPath(path: readonly MessageNode[], at: number): Ending {
  const byUser = path.some((p) => p.kind === 'confirm_end');
  const triggerIds = path
    .filter((p, i) => p.role === 'user' && ['refusal', 'warning'].includes(path[i + 1]?.kind ?? ''))
    .map((p) => p.id);
  const parent = path[path.length - 1];
  if (parent?.role === 'user') triggerIds.push(parent.id);
  return byUser
    ? { by: 'user', reason: 'user_request', at, triggerIds }
    : { by: 'policy', reason: 'harmful_requests', at, triggerIds };
}
