/**
 * One reply's stream, folded event by event: a pure reducer, so what a stream
 * means (text, a refusal, tool calls, an error, a cut-off) is tested apart from
 * the transport that delivers it.
 */
import type { AssistantEvent, ToolCall } from '../assistants/types';

export type StreamOutcome =
  | { readonly status: 'streaming' }
  | { readonly status: 'done'; readonly truncated: boolean }
  | { readonly status: 'error'; readonly error: string };

export interface StreamState {
  readonly text: string;
  /** The API said the model refused. */
  readonly refusedByApi: boolean;
  readonly calls: readonly ToolCall[];
  /** A waiting message to show (a retry countdown), or null. */
  readonly status: { readonly message: string; readonly until?: number } | null;
  /** Problems that did not stop the stream, to tell the person once each. */
  readonly warnings: readonly string[];
  readonly outcome: StreamOutcome;
}

export const STREAM_START: StreamState = {
  text: '',
  refusedByApi: false,
  calls: [],
  status: null,
  warnings: [],
  outcome: { status: 'streaming' },
};

export function reduceStream(state: StreamState, event: AssistantEvent): StreamState {
  if (state.outcome.status !== 'streaming') return state;
  switch (event.type) {
    case 'text':
      return event.text ? { ...state, text: state.text + event.text } : state;
    case 'refusal':
      return { ...state, refusedByApi: true, text: state.text + (event.text ?? '') };
    case 'tool_call':
      return { ...state, calls: [...state.calls, event.call] };
    case 'status':
      return {
        ...state,
        status: event.message ? { message: event.message, until: event.until } : null,
      };
    case 'warning':
      return state.warnings.includes(event.message)
        ? state
        : { ...state, warnings: [...state.warnings, event.message] };
    case 'done':
      return {
        ...state,
        status: null,
        outcome: { status: 'done', truncated: event.truncated === true },
      };
    case 'error':
      return { ...state, status: null, outcome: { status: 'error', error: event.message } };
  }
}

/** The outcome of a stream that ended without saying how (the source just stopped). */
export const settle = (state: StreamState): StreamState =>
  state.outcome.status === 'streaming'
    ? { ...state, outcome: { status: 'done', truncated: false } }
    : state;
