/**
 * Streaming one round of a reply: the backend's events folded by the stream
 * reducer, the text passed on as it comes, waits and stalls shown, warnings told
 * once. Returns what the round produced (text, tool calls, how it ended).
 */
import type { Assistant, AssistantRequest } from '../assistants/types';
import type { StopReason, TurnEvent } from './events';
import { watchForStalls, type Timers } from './stall';
import { reduceStream, settle, STREAM_START, type StreamState } from './streamReducer';

/** Silence from a backend: after this long the user is told, and after the limit the reply stops. */
export const STALL_NOTICE_MS = 15_000;
export const STALL_LIMIT_MS = 120_000;

const STALLED = `Nothing received for ${STALL_NOTICE_MS / 1000} s. Still waiting; Stop keeps what has arrived.`;

export interface Round {
  readonly voice: Assistant;
  readonly request: AssistantRequest;
  readonly nodeId: string;
  /** Stops the round (the limit of silence passed). */
  readonly abort: (reason: StopReason) => void;
  readonly timers?: Timers;
}

export async function* streamRound(round: Round): AsyncGenerator<TurnEvent, StreamState> {
  const { nodeId, request } = round;
  let state = STREAM_START;
  /** Whether a waiting message is on screen, to be cleared when the round ends. */
  let showing = false;
  const status = (value: StreamState['status']): TurnEvent => {
    showing = value !== null;
    return { type: 'reply/status', nodeId, status: value };
  };
  try {
    const watched = watchForStalls(round.voice.stream(request), {
      noticeMs: STALL_NOTICE_MS,
      limitMs: STALL_LIMIT_MS,
      // A rate-limit wait is announced silence: it is waited out too.
      quietAfter: (event) =>
        event.type === 'status' && event.until
          ? event.until - Date.now() + STALL_NOTICE_MS
          : STALL_NOTICE_MS,
      ...(round.timers ? { timers: round.timers } : {}),
    });
    for await (const item of watched) {
      if (request.signal.aborted) break;
      if (item.kind === 'stalled') yield status({ message: STALLED });
      else if (item.kind === 'resumed') yield status(state.status);
      else if (item.kind === 'gave_up') round.abort('timeout');
      if (item.kind !== 'event') continue;
      const next = reduceStream(state, item.event);
      const added = next.text.slice(state.text.length);
      if (added) yield { type: 'reply/text', nodeId, text: added };
      if (next.warnings !== state.warnings)
        yield { type: 'reply/warned', message: next.warnings[next.warnings.length - 1]! };
      if (next.status !== state.status) yield status(next.status);
      state = next;
      if (state.outcome.status !== 'streaming') break;
    }
  } catch (error) {
    state = reduceStream(state, {
      type: 'error',
      message: error instanceof Error ? error.message : String(error),
    });
  }
  if (showing) yield status(null);
  return settle(state);
}
