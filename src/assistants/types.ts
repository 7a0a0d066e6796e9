/**
 * What every backend implements: a branch in, one cancellable stream of events out.
 * The built-in assistant and real models speak the same events, so the store and
 * the policy never care which one answered.
 */
import type { Decision } from '../domain/safety/policy';
import type { Role } from '../domain/types';

export type AssistantEvent =
  | { readonly type: 'text'; readonly text: string }
  /** The model refused; counts as a strike. `text` is the client's own refusal, if any. */
  | { readonly type: 'refusal'; readonly text?: string }
  /** The model asked to end the conversation (end_conversation). The policy decides. */
  | { readonly type: 'end_request' }
  | { readonly type: 'error'; readonly message: string; readonly retryAfterMs?: number }
  | { readonly type: 'done'; readonly truncated?: boolean };

export interface ChatTurn {
  readonly role: Role;
  readonly text: string;
}

export interface AssistantRequest {
  /** The active branch, oldest first, ending with the user turn to answer. */
  readonly turns: readonly ChatTurn[];
  /** What the client's policy decided for this turn. */
  readonly decision: Decision;
  readonly signal: AbortSignal;
}

export interface Assistant {
  readonly backend: string;
  readonly model: string;
  stream(request: AssistantRequest): AsyncIterable<AssistantEvent>;
}
