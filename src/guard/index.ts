/** The guard for a browser page: in a Web Worker where there are workers, else on the page in slices. */
import { createLocalGuard } from './local';
import type { Guard } from './types';
import { createWorkerGuard, withFallback } from './workerGuard';

export type { Guard } from './types';

export function createBrowserGuard(): Guard {
  if (typeof Worker === 'undefined') return createLocalGuard();
  const worker = createWorkerGuard(
    () => new Worker(new URL('./guard.worker.ts', import.meta.url), { type: 'module' }),
  );
  return withFallback(worker, createLocalGuard);
}
