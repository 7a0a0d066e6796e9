/**
 * Built worlds, shared between the stage that shows one and the look-ahead
 * that builds the next, so that a player step shows a world already built.
 * A world that was on screen may have been clicked through, so once it is
 * let go it is dropped unless its store is exactly as it was when shown.
 */
import type { World } from './world';

/** What to show: a world, named by everything it is built from. */
export interface WorldRequest {
  readonly key: string;
  make(): Promise<World>;
}

interface Entry {
  readonly world: Promise<World>;
  users: number;
  /** The store's state when it was first shown, if it was; a later state means it was used. */
  shownAs?: unknown;
  drop?: ReturnType<typeof setTimeout>;
}

const entries = new Map<string, Entry>();
/** Look-ahead worlds kept at most; the oldest unused go first. */
const SPARE = 6;

function drop(key: string) {
  const entry = entries.get(key);
  if (!entry) return;
  entries.delete(key);
  entry.world.then(
    (w) => w.chat.getState().stop(),
    () => undefined,
  );
}

function entryFor(request: WorldRequest): Entry {
  let entry = entries.get(request.key);
  if (!entry) {
    entry = { world: request.make(), users: 0 };
    entries.set(request.key, entry);
  }
  return entry;
}

export async function acquireWorld(request: WorldRequest): Promise<World> {
  const entry = entryFor(request);
  clearTimeout(entry.drop);
  entry.users += 1;
  const world = await entry.world;
  entry.shownAs ??= world.chat.getState();
  return world;
}

export function releaseWorld(key: string) {
  const entry = entries.get(key);
  if (!entry) return;
  entry.users -= 1;
  if (entry.users > 0) return;
  // Not at once: a remount in the same task (React's strict mode) takes it back.
  entry.drop = setTimeout(() => {
    void entry.world.then((w) => {
      if (entry.users > 0) return;
      if (w.chat.getState() !== entry.shownAs) drop(key);
    });
  }, 0);
}

/** Starts building a world that may be shown next. */
export function prefetchWorld(request: WorldRequest) {
  entryFor(request);
  const spare = [...entries].filter(([, e]) => e.users <= 0);
  for (const [key] of spare.slice(0, Math.max(0, spare.length - SPARE))) drop(key);
}
