import { describe, expect, it, vi } from 'vitest';
import { createFeedbackSink, memoryFeedbackPersistence } from '../../src/features/feedback/sink';
import type { FeedbackRecord } from '../../src/features/feedback/types';

const record: FeedbackRecord = {
  id: 'f1',
  conversationId: 'c1',
  messageId: 'm1',
  kind: 'termination',
  rating: 'down',
  reasons: ['Ended too early'],
  comment: 'hm',
  createdAt: 1,
  clientVersion: 'test',
};

describe('feedback sink', () => {
  it('keeps feedback on the device without a URL', async () => {
    const persistence = memoryFeedbackPersistence();
    const sink = createFeedbackSink({ persistence, url: () => '' });
    expect(await sink.submit(record)).toBe('local');
    expect((await persistence.all())[0]?.delivery).toBe('local');
  });

  it('POSTs the record as JSON and sends a double submit once', async () => {
    const fetcher = vi.fn(async () => new Response('{}', { status: 200 }));
    const sink = createFeedbackSink({
      persistence: memoryFeedbackPersistence(),
      url: () => 'http://x/fb',
      fetcher,
    });
    const [first, second] = await Promise.all([sink.submit(record), sink.submit(record)]);
    expect([first, second]).toEqual(['sent', 'sent']);
    expect(await sink.submit(record)).toBe('sent');
    expect(fetcher).toHaveBeenCalledTimes(1);
    const [, init] = fetcher.mock.calls[0] as unknown as [string, RequestInit];
    expect(JSON.parse(init.body as string)).toMatchObject({
      conversationId: 'c1',
      kind: 'termination',
      rating: 'down',
    });
  });

  it('queues offline and failed sends, and delivers them on retry', async () => {
    let online = false;
    let status = 500;
    const fetcher = vi.fn(async () => new Response('', { status }));
    const persistence = memoryFeedbackPersistence();
    const sink = createFeedbackSink({
      persistence,
      url: () => 'http://x/fb',
      fetcher,
      isOnline: () => online,
    });
    expect(await sink.submit(record)).toBe('queued');
    online = true;
    expect(await sink.retry('f1')).toBe('failed');
    status = 200;
    await sink.flush();
    expect((await persistence.all())[0]?.delivery).toBe('sent');
  });

  it('reloads what is waiting after a restart', async () => {
    const persistence = memoryFeedbackPersistence();
    await createFeedbackSink({ persistence, url: () => 'http://x', isOnline: () => false }).submit(
      record,
    );
    const again = createFeedbackSink({ persistence, url: () => 'http://x', isOnline: () => false });
    await again.load();
    expect(again.state.getState().items.f1?.delivery).toBe('queued');
  });

  it('a permanent refusal (400) is not retried and says so (issue 28, item 15)', async () => {
    vi.useFakeTimers();
    try {
      const fetcher = vi.fn(async () => new Response('bad', { status: 400 }));
      const persistence = memoryFeedbackPersistence();
      const sink = createFeedbackSink({ persistence, url: () => 'http://x/fb', fetcher });
      expect(await sink.submit(record)).toBe('refused');
      await vi.advanceTimersByTimeAsync(10 * 60_000);
      await sink.flush();
      expect(fetcher).toHaveBeenCalledTimes(1);
      expect((await persistence.all())[0]).toMatchObject({
        delivery: 'refused',
        url: 'http://x/fb',
      });
    } finally {
      vi.useRealTimers();
    }
  });

  it('a record waiting to send goes only to the address it was written for', async () => {
    let url = 'http://old/fb';
    let online = false;
    const fetcher = vi.fn(async () => new Response('{}', { status: 200 }));
    const sink = createFeedbackSink({
      persistence: memoryFeedbackPersistence(),
      url: () => url,
      fetcher,
      isOnline: () => online,
    });
    expect(await sink.submit(record)).toBe('queued');
    url = 'http://new/fb';
    online = true;
    await sink.flush();
    expect(fetcher).toHaveBeenCalledTimes(1);
    expect((fetcher.mock.calls[0] as unknown as [string])[0]).toBe('http://old/fb');
  });
});
