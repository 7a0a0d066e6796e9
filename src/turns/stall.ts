/**
 * A server that goes quiet: after `noticeMs` of silence the person is told, and
 * after `limitMs` the reply is given up (what arrived is kept). Every event
 * resets the clock; an announced wait (a rate-limit countdown) is waited out too.
 *
 * Written as a wrapper around the backend's stream, so the turn reads stalls as
 * events in the same loop as the text, and yields what they mean.
 */
export interface Timers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export type Watched<T> =
  | { readonly kind: 'event'; readonly event: T }
  | { readonly kind: 'stalled' }
  | { readonly kind: 'resumed' }
  /** The limit passed with nothing received: the caller stops the stream. */
  | { readonly kind: 'gave_up' };

export interface StallOptions<T> {
  readonly noticeMs: number;
  readonly limitMs: number;
  /** How long silence is expected after `event` before the person is told. */
  readonly quietAfter: (event: T) => number;
  readonly timers?: Timers;
}

const realTimers: Timers = {
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

const LATE = Symbol('late');

/** `promise`, or LATE when `ms` pass first. */
function within<T>(promise: Promise<T>, ms: number, timers: Timers): Promise<T | typeof LATE> {
  return new Promise((resolve, reject) => {
    const handle = timers.setTimeout(() => resolve(LATE), Math.max(0, ms));
    promise.then(
      (value) => {
        timers.clearTimeout(handle);
        resolve(value);
      },
      (error: unknown) => {
        timers.clearTimeout(handle);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

export async function* watchForStalls<T>(
  source: AsyncIterable<T>,
  options: StallOptions<T>,
): AsyncGenerator<Watched<T>> {
  const timers = options.timers ?? realTimers;
  const iterator = source[Symbol.asyncIterator]();
  let quiet = options.noticeMs;
  try {
    for (;;) {
      const next = iterator.next();
      let result = await within(next, quiet, timers);
      if (result === LATE) {
        yield { kind: 'stalled' };
        result = await within(next, options.limitMs - options.noticeMs, timers);
        if (result === LATE) {
          yield { kind: 'gave_up' };
          return;
        }
        yield { kind: 'resumed' };
      }
      if (result.done) return;
      yield { kind: 'event', event: result.value };
      quiet = options.quietAfter(result.value);
    }
  } finally {
    // Not awaited: a source stuck in a read closes once its signal aborts it.
    void iterator.return?.()?.catch(() => {});
  }
}
