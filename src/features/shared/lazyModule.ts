import { useSyncExternalStore } from 'react';

/**
 * A module loaded beside the first screen, not in it, read through a hook that
 * gives null until it has arrived. Unlike `React.lazy` there is no Suspense: what
 * renders meanwhile is the caller's choice, and the arrival is an ordinary store
 * update, rendered at once (a lazy boundary's retry can wait for the next other
 * update, so a long thread stayed on its stand-in until the person sent a message).
 */
export function lazyModule<T>(load: () => Promise<T>) {
  let value: T | null = null;
  let loading: Promise<T> | null = null;
  const listeners = new Set<() => void>();

  const start = (): Promise<T> =>
    (loading ??= load().then(
      (loaded) => {
        value = loaded;
        listeners.forEach((listener) => listener());
        return loaded;
      },
      (error: unknown) => {
        // A failed chunk (say, offline after a deploy) is tried again by the next reader.
        loading = null;
        throw error;
      },
    ));

  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    start().catch(() => {});
    return () => void listeners.delete(listener);
  };
  const snapshot = () => value;

  return {
    /** Starts loading (once); resolves with the module's value. */
    load: start,
    /** The value, or null until it has loaded (the component re-renders then). */
    use: (): T | null => useSyncExternalStore(subscribe, snapshot, snapshot),
  };
}
