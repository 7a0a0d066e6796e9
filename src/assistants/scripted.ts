/**
 * An assistant that plays back given events: for the preview gallery's states
 * (a reply that streams forever, breaks, or asks to end) and for tests.
 */
import type { Assistant, AssistantEvent } from './types';

export function scriptedAssistant(
  events: readonly AssistantEvent[],
  options: { hold?: boolean; backend?: string; model?: string } = {},
) {
  let release: () => void = () => {};
  const gate = new Promise<void>((r) => (release = r));
  const assistant: Assistant = {
    backend: options.backend ?? 'test',
    model: options.model ?? 'scripted',
    async *stream({ signal }) {
      for (const event of events) {
        yield event;
        await Promise.resolve();
      }
      if (options.hold) {
        await new Promise<void>((resolve) => {
          signal.addEventListener('abort', () => resolve(), { once: true });
          void gate.then(resolve);
        });
      }
      if (!signal.aborted && !events.some((e) => e.type === 'error')) yield { type: 'done' };
    },
  };
  return { assistant, release: () => release() };
}

/**
 * A model across several calls: the n-th stream call plays `calls[n]` (the last
 * repeats). A turn whose tool call the client answers takes two calls.
 */
export function scriptedSequence(
  calls: readonly (readonly AssistantEvent[])[],
  options: { backend?: string; model?: string } = {},
): Assistant {
  let n = 0;
  return {
    backend: options.backend ?? 'test',
    model: options.model ?? 'scripted',
    async *stream() {
      const events = calls[Math.min(n, calls.length - 1)] ?? [];
      n += 1;
      for (const event of events) {
        yield event;
        await Promise.resolve();
      }
      if (!events.some((e) => e.type === 'error' || e.type === 'done')) yield { type: 'done' };
    },
  };
}
