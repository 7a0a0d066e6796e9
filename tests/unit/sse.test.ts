import { describe, expect, it } from 'vitest';
import { readSse } from '../../src/assistants/sse';

/** A body that delivers `chunks`, then fails as a dropped connection does. */
function cutBody(chunks: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let i = 0;
  return new ReadableStream({
    pull(controller) {
      if (i < chunks.length) controller.enqueue(encoder.encode(chunks[i++]!));
      else controller.error(new TypeError('network error'));
    },
  });
}

describe('reading server-sent events', () => {
  it('hands over every event read before a dropped connection, then says it dropped', async () => {
    const seen: string[] = [];
    const read = async () => {
      for await (const event of readSse(cutBody(['data: one\n\nda', 'ta: two\n\n', 'data: thr'])))
        seen.push(event.data);
    };
    await expect(read()).rejects.toThrow('network error');
    // A half-sent event is not invented; the whole ones before it are all kept.
    expect(seen).toEqual(['one', 'two']);
  });

  it('an event split across chunks and CRLF line ends reads as one', async () => {
    const seen: string[] = [];
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        const encoder = new TextEncoder();
        for (const part of ['event: delta\r\nda', 'ta: {"a":', '1}\r\n\r\n'])
          controller.enqueue(encoder.encode(part));
        controller.close();
      },
    });
    for await (const event of readSse(body)) seen.push(`${event.event}:${event.data}`);
    expect(seen).toEqual(['delta:{"a":1}']);
  });
});
