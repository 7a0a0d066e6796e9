/**
 * The ending that happened while the person watched (as opposed to one loaded
 * with a stored conversation): only that one takes focus, so nothing is
 * outlined on load.
 */
let live: string | null = null;

export const markLiveEnding = (id: string) => void (live = id);

/** Whether `id` ended live; asking consumes it, so focus moves once. */
export function endedLive(id: string): boolean {
  if (live !== id) return false;
  live = null;
  return true;
}
