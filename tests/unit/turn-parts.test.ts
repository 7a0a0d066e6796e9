import { describe, expect, it } from 'vitest';
import { reduceStream, settle, STREAM_START } from '../../src/turns/streamReducer';
import { watchForStalls, type Timers } from '../../src/turns/stall';
import type { AssistantEvent } from '../../src/assistants/types';

const fold = (events: AssistantEvent[]) => events.reduce(reduceStream, STREAM_START);

describe('stream reducer', () => {
  it('joins text, keeps tool calls and API refusals, and ends done', () => {
    const state = fold([
      { type: 'text', text: 'Hello ' },
      { type: 'text', text: 'there.' },
      { type: 'tool_call', call: { id: 't', name: 'end_conversation', input: {} } },
      { type: 'refusal', text: ' (declined)' },
      { type: 'done', truncated: true },
    ]);
    expect(state.text).toBe('Hello there. (declined)');
    expect(state.calls.map((c) => c.name)).toEqual(['end_conversation']);
    expect(state.refusedByApi).toBe(true);
    expect(state.outcome).toEqual({ status: 'done', truncated: true });
  });

  it('stops at an error and ignores anything after it', () => {
    const state = fold([
      { type: 'text', text: 'half' },
      { type: 'error', message: 'Connection lost' },
      { type: 'text', text: ' more' },
    ]);
    expect(state).toMatchObject({
      text: 'half',
      outcome: { status: 'error', error: 'Connection lost' },
    });
  });

  it('shows and clears a waiting status, and reports each warning once', () => {
    const waiting = fold([{ type: 'status', message: 'Retrying', until: 5 }]);
    expect(waiting.status).toEqual({ message: 'Retrying', until: 5 });
    expect(reduceStream(waiting, { type: 'status', message: '' }).status).toBeNull();
    const warned = fold([
      { type: 'warning', message: 'skipped' },
      { type: 'warning', message: 'skipped' },
    ]);
    expect(warned.warnings).toEqual(['skipped']);
  });

  it('a stream that simply stops is settled as done', () => {
    expect(settle(fold([{ type: 'text', text: 'x' }])).outcome).toEqual({
      status: 'done',
      truncated: false,
    });
  });
});

/** Timers run by hand: time moves only when the test says so. */
function manualTimers() {
  let now = 0;
  let seq = 0;
  const pending = new Map<number, { at: number; run: () => void }>();
  const timers: Timers = {
    setTimeout: (run, ms) => {
      seq += 1;
      pending.set(seq, { at: now + ms, run });
      return seq;
    },
    clearTimeout: (handle) => void pending.delete(handle as number),
  };
  const advance = (ms: number) => {
    const until = now + ms;
    for (;;) {
      const next = [...pending.entries()].sort((a, b) => a[1].at - b[1].at)[0];
      if (!next || next[1].at > until) break;
      pending.delete(next[0]);
      now = next[1].at;
      next[1].run();
    }
    now = until;
  };
  return { timers, advance };
}

/** A stream the test feeds by hand. */
function channel<T>() {
  const queue: T[] = [];
  let wake: (() => void) | null = null;
  let ended = false;
  const source: AsyncIterable<T> = {
    async *[Symbol.asyncIterator]() {
      for (;;) {
        if (queue.length > 0) yield queue.shift()!;
        else if (ended) return;
        else await new Promise<void>((resolve) => (wake = resolve));
      }
    },
  };
  const poke = () => {
    wake?.();
    wake = null;
  };
  return {
    source,
    push: (value: T) => {
      queue.push(value);
      poke();
    },
    end: () => {
      ended = true;
      poke();
    },
  };
}

/** Lets every pending promise run (no time passes on the manual clock). */
const settled = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('stall watch', () => {
  const make = () => {
    const clock = manualTimers();
    const feed = channel<string>();
    const seen: string[] = [];
    const watched = watchForStalls(feed.source, {
      noticeMs: 15,
      limitMs: 120,
      quietAfter: (event) => (event === 'wait 60' ? 60 : 15),
      timers: clock.timers,
    });
    const done = (async () => {
      for await (const item of watched) seen.push(item.kind === 'event' ? item.event : item.kind);
    })();
    return { seen, feed, advance: clock.advance, done };
  };

  it('tells after the notice time, gives up at the limit', async () => {
    const { seen, advance, done } = make();
    await settled();
    advance(14);
    await settled();
    expect(seen).toEqual([]);
    advance(1);
    await settled();
    expect(seen).toEqual(['stalled']);
    advance(104);
    await settled();
    expect(seen).toEqual(['stalled']);
    advance(1);
    await done;
    expect(seen).toEqual(['stalled', 'gave_up']);
  });

  it('an event resets it, and clears a shown stall', async () => {
    const { seen, feed, advance } = make();
    await settled();
    advance(20);
    await settled();
    feed.push('text');
    await settled();
    expect(seen).toEqual(['stalled', 'resumed', 'text']);
    advance(14);
    await settled();
    expect(seen).toEqual(['stalled', 'resumed', 'text']);
  });

  it('waits out an announced delay, and nothing fires once the stream ends', async () => {
    const { seen, feed, advance, done } = make();
    feed.push('wait 60');
    await settled();
    advance(59);
    await settled();
    expect(seen).toEqual(['wait 60']);
    feed.end();
    await done;
    advance(1_000);
    await settled();
    expect(seen).toEqual(['wait 60']);
  });
});
