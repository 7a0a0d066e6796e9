import type { CopyDeck } from '../../copy/deck';
import type { Assistant, AssistantEvent, AssistantRequest } from '../types';

export interface BuiltinOptions {
  /** Milliseconds between chunks; 0 streams as fast as the event loop allows. */
  readonly paceMs: number;
  /** The words it writes for the client's decisions (default: the app's deck). */
  readonly copy?: CopyDeck;
}

/** Splits text into word-sized chunks that keep their spacing, so joining them restores it. */
export function chunkText(text: string): string[] {
  return text.match(/\s*\S+\s*/g) ?? (text ? [text] : []);
}

const wait = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });

/**
 * The assistant that runs in the browser: no key, no network. Deterministic:
 * the same branch always gets the same reply, streamed word by word.
 */
export function createBuiltinAssistant(options: BuiltinOptions): Assistant {
  return {
    backend: 'builtin',
    model: 'built-in',
    async *stream({ turns, brief, signal }: AssistantRequest): AsyncIterable<AssistantEvent> {
      // The replies' text loads with the first reply, not with the first screen.
      const { composeReply } = await import('./replies');
      const reply = composeReply(turns, brief, options.copy);
      for (const chunk of chunkText(reply)) {
        // At pace 0 (tests, evaluations) no timer: a timer is a millisecond a chunk.
        if (options.paceMs > 0) await wait(options.paceMs, signal);
        if (signal.aborted) return;
        yield { type: 'text', text: chunk };
      }
      yield { type: 'done' };
    },
  };
}
