/**
 * A server that goes quiet: after `noticeMs` of silence the person is told, and
 * after `limitMs` the reply is given up (what arrived is kept). Every event
 * resets it; an announced wait (a rate-limit countdown) is waited out too.
 */
export interface Timers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface WatchdogOptions {
  readonly noticeMs: number;
  readonly limitMs: number;
  onStall(): void;
  onResume(): void;
  onLimit(): void;
  readonly timers?: Timers;
}

export interface Watchdog {
  /** Something arrived; expect the next within `quietForMs` (default noticeMs). */
  kick(quietForMs?: number): void;
  stop(): void;
}

const realTimers: Timers = {
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export function createWatchdog(options: WatchdogOptions): Watchdog {
  const timers = options.timers ?? realTimers;
  let handle: unknown = null;
  let stalled = false;
  let stopped = false;
  const clear = () => {
    if (handle !== null) timers.clearTimeout(handle);
    handle = null;
  };
  const kick = (quietForMs = options.noticeMs) => {
    if (stopped) return;
    clear();
    if (stalled) {
      stalled = false;
      options.onResume();
    }
    handle = timers.setTimeout(
      () => {
        stalled = true;
        options.onStall();
        handle = timers.setTimeout(() => {
          handle = null;
          options.onLimit();
        }, options.limitMs - options.noticeMs);
      },
      Math.max(0, quietForMs),
    );
  };
  return {
    kick,
    stop: () => {
      stopped = true;
      clear();
    },
  };
}
