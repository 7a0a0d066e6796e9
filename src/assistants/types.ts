/**
 * What every backend implements: a branch in, one cancellable stream of events out.
 * The built-in assistant and real models speak the same events. Backends know
 * nothing of the policy: the turn runner tells them what to add to the system
 * prompt, which tools to offer, and (for the built-in voice) what to say.
 */
import type { HarmCategory, Role } from '../domain/types';

export interface Usage {
  readonly inputTokens?: number;
  readonly outputTokens?: number;
}

/** The client's tools a model may call. */
export type ToolName = 'end_conversation' | 'show_support_resources';

export interface ToolCall {
  readonly id: string;
  readonly name: string;
  readonly input: Readonly<Record<string, unknown>>;
}

export type AssistantEvent =
  | { readonly type: 'text'; readonly text: string }
  /** The API said the model refused (a stop reason, a refusal delta, a content filter). */
  | { readonly type: 'refusal'; readonly text?: string }
  /** The model called a tool. The client decides what happens. */
  | { readonly type: 'tool_call'; readonly call: ToolCall }
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

/**
 * What the client decided this reply must say, for a voice that writes the
 * client's own words (the built-in assistant). Models are told through `system`.
 */
export type ReplyBrief =
  | {
      readonly kind: 'answer';
      /** The person declined to end the chat: say it stays open. */
      readonly keptOpen?: boolean;
    }
  | {
      readonly kind: 'refusal';
      readonly level: number;
      readonly about: 'harmful' | 'abuse';
      readonly category: HarmCategory;
    }
  | {
      readonly kind: 'warning';
      readonly reason: 'harmful_requests' | 'abuse';
      readonly category: HarmCategory;
      /** Strikes so far, this one included: one request reads differently from repeated ones. */
      readonly count: number;
    }
  | {
      readonly kind: 'end';
      readonly by: 'policy' | 'user';
      readonly reason: 'harmful_requests' | 'abuse' | 'user_request';
      readonly category: HarmCategory;
      /** The messages that led to the end. */
      readonly count: number;
    }
  | { readonly kind: 'confirm_end' }
  | {
      readonly kind: 'support';
      /** What the message itself was read as: a new disclosure, an insult, a wish to end the chat… */
      readonly said: 'risk_self' | 'risk_others' | 'end_request' | 'other';
      /** The danger may be now: say plainly to call for help now. */
      readonly urgent?: boolean;
      /** The person said they are all right: answer what they ask, the resources stay on screen. */
      readonly followsLead?: boolean;
      /** This very message said so (rather than an earlier one). */
      readonly easedNow?: boolean;
    };

/** The client answering a model's tool calls, so that the model can finish its turn. */
export interface ToolExchange {
  /** The text the model wrote before its calls. */
  readonly text: string;
  readonly calls: readonly ToolCall[];
  /** One result per call, by call id. */
  readonly results: Readonly<Record<string, string>>;
}

export interface AssistantRequest {
  /** The active branch, oldest first, ending with the user turn to answer (or a partial reply to continue). */
  readonly turns: readonly ChatTurn[];
  /** The client's rules for this turn, added to the system prompt. */
  readonly system: string;
  /** The tools offered to the model for this turn. */
  readonly tools: readonly ToolName[];
  readonly brief: ReplyBrief;
  /** When continuing a turn after the client answered the model's tool calls: each round so far. */
  readonly exchanges?: readonly ToolExchange[];
  readonly signal: AbortSignal;
}

export interface Assistant {
  readonly backend: string;
  readonly model: string;
  stream(request: AssistantRequest): AsyncIterable<AssistantEvent>;
}
