/** The request both backends make, kept apart from http.ts so the SSE parser loads only with a backend. */
import { openStream } from './http';
import { readSse, type EventSourceMessage } from './sse';
import type { AssistantEvent } from './types';

/** POSTs `body` as JSON and decodes the server-sent events of the reply with `decode`. */
export async function* postAndDecode(
  url: string,
  headers: Record<string, string>,
  body: unknown,
  signal: AbortSignal,
  decode: (messages: AsyncIterable<EventSourceMessage>) => AsyncIterable<AssistantEvent>,
  fetcher?: typeof fetch,
): AsyncIterable<AssistantEvent> {
  const init = { method: 'POST', headers, body: JSON.stringify(body) };
  const response = yield* openStream(url, init, signal, fetcher);
  if (!response?.body) return;
  yield* decode(readSse(response.body, signal));
}
