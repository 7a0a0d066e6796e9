/** Messages between the page and the guard's worker. */
import type { GuardContext } from '../domain/safety/guardContext';

export type GuardRequest =
  | { readonly id: number; readonly op: 'warm' }
  | {
      readonly id: number;
      readonly op: 'classify';
      readonly text: string;
      readonly context?: GuardContext;
    }
  | { readonly id: number; readonly op: 'readReply'; readonly text: string };

export type GuardResponse =
  | { readonly id: number; readonly ok: true; readonly result: unknown }
  | { readonly id: number; readonly ok: false; readonly error: string };

/** What the guard does with one request: shared by the worker and the tests of its protocol. */
export async function answer(
  request: GuardRequest,
  handlers: {
    warm(): Promise<void> | void;
    classify(text: string, context?: GuardContext): unknown;
    readReply(text: string): unknown;
  },
): Promise<GuardResponse> {
  try {
    switch (request.op) {
      case 'warm':
        await handlers.warm();
        return { id: request.id, ok: true, result: null };
      case 'classify':
        return {
          id: request.id,
          ok: true,
          result: await handlers.classify(request.text, request.context),
        };
      case 'readReply':
        return { id: request.id, ok: true, result: await handlers.readReply(request.text) };
      default:
        return { id: (request as { id: number }).id, ok: false, error: 'unknown request' };
    }
  } catch (error) {
    return {
      id: request.id,
      ok: false,
      error: error instanceof Error ? error.message : String(error),
    };
  }
}
