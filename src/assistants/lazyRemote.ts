/**
 * A remote backend whose code (HTTP, SSE, both wire formats) loads with its first
 * reply: most people start on the built-in assistant, and the first screen stays small.
 */
import type { BackendConfig } from './config';
import type { Assistant } from './types';

export function lazyRemoteAssistant(config: BackendConfig): Assistant {
  return {
    backend: config.kind,
    model: config.model,
    async *stream(request) {
      const { createRemoteAssistant } = await import('./remote');
      yield* createRemoteAssistant(config).stream(request);
    },
  };
}
