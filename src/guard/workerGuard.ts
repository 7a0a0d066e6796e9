/**
 * The guard in a Web Worker, behind the async Guard interface. The worker starts
 * on first use; if it fails (an error event, or no answer in time) every
 * waiting call is rejected, the worker is stopped, and the next call starts a new one.
 */
import type { GuardRequest, GuardResponse } from './protocol';
import type { Guard } from './types';

/** What the client needs of a worker: lets tests put the protocol on a fake one. */
export interface WorkerLike {
  postMessage(message: GuardRequest): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<GuardResponse>) => void): void;
  addEventListener(type: 'error', listener: (event: Event) => void): void;
  terminate(): void;
}

export interface WorkerGuardOptions {
  /** A call not answered within this long counts as a failure of the worker. */
  readonly timeoutMs?: number;
}

export class GuardUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GuardUnavailableError';
  }
}

interface Waiting {
  resolve(value: unknown): void;
  reject(error: Error): void;
  timer: ReturnType<typeof setTimeout>;
}

type Requestable = GuardRequest extends infer R
  ? R extends { id: number }
    ? Omit<R, 'id'>
    : never
  : never;

export function createWorkerGuard(
  spawn: () => WorkerLike,
  options: WorkerGuardOptions = {},
): Guard & { readonly restarts: () => number; dispose(): void } {
  const timeoutMs = options.timeoutMs ?? 15_000;
  let worker: WorkerLike | null = null;
  let nextId = 0;
  let restarts = 0;
  let started = 0;
  const waiting = new Map<number, Waiting>();

  const fail = (reason: string) => {
    const error = new GuardUnavailableError(reason);
    for (const w of waiting.values()) {
      clearTimeout(w.timer);
      w.reject(error);
    }
    waiting.clear();
    worker?.terminate();
    worker = null;
  };

  const ensure = (): WorkerLike => {
    if (worker) return worker;
    if (started > 0) restarts += 1;
    started += 1;
    const w = spawn();
    w.addEventListener('message', (event: MessageEvent<GuardResponse>) => {
      const response = event.data;
      const entry = waiting.get(response.id);
      if (!entry) return;
      waiting.delete(response.id);
      clearTimeout(entry.timer);
      if (response.ok) entry.resolve(response.result);
      else entry.reject(new Error(response.error));
    });
    w.addEventListener('error', (event: Event) => {
      if (worker !== w) return;
      const message = (event as ErrorEvent).message;
      fail(`The safety guard stopped${message ? `: ${message}` : ''}.`);
    });
    worker = w;
    return w;
  };

  const call = <T>(request: Requestable): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const w = ensure();
      const id = (nextId += 1);
      const timer = setTimeout(() => {
        if (worker === w) fail(`The safety guard did not answer within ${timeoutMs / 1000} s.`);
      }, timeoutMs);
      waiting.set(id, { resolve: resolve as (v: unknown) => void, reject, timer });
      w.postMessage({ ...request, id } as GuardRequest);
    });

  let warmed: Promise<void> | null = null;
  return {
    warm: () =>
      (warmed ??= call<null>({ op: 'warm' }).then(
        () => undefined,
        () => void (warmed = null),
      )),
    classify: (text, context) => call({ op: 'classify', text, ...(context ? { context } : {}) }),
    readReply: (text) => call({ op: 'readReply', text }),
    restarts: () => restarts,
    dispose: () => fail('The safety guard was closed.'),
  };
}

/**
 * Tries `primary` once more after a failure (a fresh worker), then answers with
 * `fallback` (the guard on the page's thread): a message is never sent unjudged.
 */
export function withFallback(primary: Guard, fallback: () => Guard): Guard {
  let backup: Guard | null = null;
  const attempt = async <T>(run: (g: Guard) => Promise<T>): Promise<T> => {
    try {
      return await run(primary);
    } catch (first) {
      if (!(first instanceof GuardUnavailableError)) throw first;
      try {
        return await run(primary);
      } catch {
        return run((backup ??= fallback()));
      }
    }
  };
  return {
    warm: () => attempt((g) => g.warm()),
    classify: (text, context) => attempt((g) => g.classify(text, context)),
    readReply: (text) => attempt((g) => g.readReply(text)),
  };
}
