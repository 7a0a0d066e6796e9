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
import type { TurnDeps } from '../turns/runTurn';
import type { Dispatch } from './dispatch';

/**
 * The turn's code loads with the first message (or when the app is idle), not
 * with the first screen; null when it cannot be fetched (the server went away).
 */
export const loadTurn = () =>
  import('../turns/runTurn').then(
    (module) => module.runTurn,
    () => null,
  );

const UNLOADED =
  'Your message is saved, but the app could not load the part that answers it (the connection to this site was lost). Reload the page, then press Regenerate or send again.';

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
      const runTurn = await loadTurn();
      if (!runTurn) {
        const refused: TurnEvent = { type: 'turn/refused', conversationId, reason: UNLOADED };
        result = resultAfter(result, refused);
        dispatch(refused);
        return result;
      }
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
