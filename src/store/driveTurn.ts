/**
 * Runs one turn and applies what it yields, in order: the store's side of
 * `runTurn`. Streamed text reaches the state once a frame (chunks can arrive
 * hundreds a second; the screen needs them 30 times a second).
 */
import { own } from '../domain/own';
import type { ChatState } from './slices/types';
import {
  resultAfter,
  type ReplyTarget,
  type SendResult,
  type StopReason,
  type TurnEvent,
} from '../turns/events';
import { runTurn, type TurnDeps } from '../turns/runTurn';
import type { Dispatch } from './dispatch';

/** How often streamed text reaches the screen. */
const FRAME_MS = 32;

export interface TurnDriver {
  /** Answers the user message at the active leaf of `conversationId` (or continues a reply). */
  drive(conversationId: string, target: ReplyTarget): Promise<SendResult>;
  /** Stops the conversation's turn: its reply stops as it is (or as it begins), and is recorded. */
  stop(conversationId: string, reason: StopReason): void;
}

export function createTurnDriver(
  state: () => ChatState,
  dispatch: Dispatch,
  deps: TurnDeps,
): TurnDriver {
  const running = new Map<string, AbortController>();

  /** Joins text events for one reply until the next frame or the next other event. */
  function textBuffer() {
    let pending: Extract<TurnEvent, { type: 'reply/text' }> | null = null;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const flush = () => {
      if (timer) clearTimeout(timer);
      timer = null;
      if (pending) dispatch(pending);
      pending = null;
    };
    const add = (event: Extract<TurnEvent, { type: 'reply/text' }>) => {
      if (pending && pending.nodeId !== event.nodeId) flush();
      pending = pending ? { ...pending, text: pending.text + event.text } : event;
      timer ??= setTimeout(flush, FRAME_MS);
    };
    return { add, flush };
  }

  async function drive(conversationId: string, target: ReplyTarget): Promise<SendResult> {
    const controller = new AbortController();
    running.set(conversationId, controller);
    dispatch({ type: 'turn/started', conversationId });
    const text = textBuffer();
    let result: SendResult = { ok: true };
    try {
      const turn = runTurn(
        {
          conversationId,
          target,
          read: () => own(state().conversations, conversationId)?.tree,
          signal: controller.signal,
        },
        deps,
      );
      for await (const event of turn) {
        result = resultAfter(result, event);
        if (event.type === 'reply/text') {
          text.add(event);
          continue;
        }
        text.flush();
        dispatch(event);
      }
    } finally {
      text.flush();
      if (running.get(conversationId) === controller) running.delete(conversationId);
      dispatch({ type: 'turn/settled', conversationId });
    }
    return result;
  }

  return {
    drive,
    stop: (conversationId, reason) => running.get(conversationId)?.abort(reason),
  };
}
