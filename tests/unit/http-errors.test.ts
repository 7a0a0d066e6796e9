/** Issue 28, item 17: errors name their cause; item 12: no redirect is followed. */
import { describe, expect, it, vi } from 'vitest';
import { openStream, UNSENDABLE_KEY } from '../../src/assistants/http';
import type { AssistantEvent } from '../../src/assistants/types';

async function run(init: RequestInit, fetcher: typeof fetch) {
  const events: AssistantEvent[] = [];
  const stream = openStream(
    'http://127.0.0.1:9/v1/messages',
    init,
    new AbortController().signal,
    fetcher,
  );
  for (;;) {
    const next = await stream.next();
    if (next.done) return { events, response: next.value };
    events.push(next.value);
  }
}

describe('errors that name their cause', () => {
  it('a key with a character a header cannot carry is named, and nothing is sent', async () => {
    const fetcher = vi.fn(async () => new Response('{}'));
    const { events } = await run({ headers: { 'x-api-key': 'sk-ключ' } }, fetcher);
    expect(events).toEqual([{ type: 'error', message: UNSENDABLE_KEY }]);
    expect(fetcher).not.toHaveBeenCalled();
  });

  it('a 401 whose message is not text still says the key was refused', async () => {
    const body = JSON.stringify({ error: { message: { nested: 1 } } });
    const { events } = await run({}, async () => new Response(body, { status: 401 }));
    expect(events).toEqual([
      {
        type: 'error',
        message: 'The server refused the API key (401). Check the key in Settings.',
      },
    ]);
  });

  it('a 200 web page is not a stream: it is named as a web page', async () => {
    const page = new Response('<html>hi</html>', { headers: { 'content-type': 'text/html' } });
    const { events, response } = await run({}, async () => page);
    expect(response).toBeNull();
    expect(events[0]).toMatchObject({ type: 'error', message: /web page, not a model reply/ });
  });

  it('requests are made with redirect: manual', async () => {
    const fetcher = vi.fn(
      async () =>
        new Response('data: {}\n\n', { headers: { 'content-type': 'text/event-stream' } }),
    );
    await run({ headers: { 'x-api-key': 'sk-1' } }, fetcher);
    expect((fetcher.mock.calls[0] as unknown as [string, RequestInit])[1].redirect).toBe('manual');
  });
});
