import type { ProfilerOnRenderCallback } from 'react';

/**
 * Lets a test count which messages render (React's Profiler, one per message).
 * Unset in the app: then no Profiler is mounted at all.
 */
let probe: ProfilerOnRenderCallback | null = null;

export function setRenderProbe(next: ProfilerOnRenderCallback | null): void {
  probe = next;
}

export const renderProbe = () => probe;
