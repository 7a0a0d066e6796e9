import { describe, expect, it } from 'vitest';
import { reduceStream, settle, STREAM_START } from '../../src/turns/streamReducer';
import { createWatchdog, type Timers } from '../../src/turns/watchdog';
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

describe('stall watchdog', () => {
  const make = () => {
    const log: string[] = [];
    const clock = manualTimers();
    const dog = createWatchdog({
      noticeMs: 15,
      limitMs: 120,
      onStall: () => log.push('stall'),
      onResume: () => log.push('resume'),
      onLimit: () => log.push('limit'),
      timers: clock.timers,
    });
    return { log, dog, advance: clock.advance };
  };

  it('tells after the notice time, gives up at the limit', () => {
    const { log, dog, advance } = make();
    dog.kick();
    advance(14);
    expect(log).toEqual([]);
    advance(1);
    expect(log).toEqual(['stall']);
    advance(105);
    expect(log).toEqual(['stall', 'limit']);
  });

  it('an event resets it, and clears a shown stall', () => {
    const { log, dog, advance } = make();
    dog.kick();
    advance(20);
    dog.kick();
    expect(log).toEqual(['stall', 'resume']);
    advance(14);
    expect(log).toEqual(['stall', 'resume']);
  });

  it('waits out an announced delay, and nothing fires once stopped', () => {
    const { log, dog, advance } = make();
    dog.kick(60);
    advance(59);
    expect(log).toEqual([]);
    dog.stop();
    advance(1_000);
    expect(log).toEqual([]);
  });
});
