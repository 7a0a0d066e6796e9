/**
 * What every backend implements: a branch in, one cancellable stream of events out.
 * The built-in assistant and real models speak the same events, so the store and
 * the policy never care which one answered.
 */
import type { Decision } from '../domain/safety/policy';
import type { Role } from '../domain/types';

export interface Usage {
  readonly inputTokens?: number;
  readonly outputTokens?: number;
}

export type AssistantEvent =
  | { readonly type: 'text'; readonly text: string }
  /** The model refused; counts as a strike. `text` is the client's own refusal, if any. */
  | { readonly type: 'refusal'; readonly text?: string }
  /** The model asked to end the conversation (end_conversation). The policy decides. */
  | { readonly type: 'end_request' }
  /** Something to show while waiting, e.g. a retry countdown; `until` is an epoch ms. */
  | { readonly type: 'status'; readonly message: string; readonly until?: number }
  /** A problem that did not stop the stream (reported once). */
  | { readonly type: 'warning'; readonly message: string }
  | { readonly type: 'error'; readonly message: string; readonly retryAfterMs?: number }
  | { readonly type: 'done'; readonly truncated?: boolean; readonly usage?: Usage };

export interface ChatTurn {
  readonly role: Role;
  readonly text: string;
  /** An assistant turn the model refused: neither it nor its question is replayed verbatim. */
  readonly refused?: boolean;
}

export interface AssistantRequest {
  /** The active branch, oldest first, ending with the user turn to answer (or a partial reply to continue). */
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
