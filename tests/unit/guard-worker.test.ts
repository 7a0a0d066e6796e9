/** The guard's worker protocol, on a fake worker that runs the real protocol handler in-process. */
import { describe, expect, it } from 'vitest';
import { answer, type GuardRequest, type GuardResponse } from '../../src/guard/protocol';
import { createLocalGuard } from '../../src/guard/local';
import {
  createWorkerGuard,
  GuardUnavailableError,
  withFallback,
  type WorkerLike,
} from '../../src/guard/workerGuard';
import { judge } from '../../src/domain/safety/judge';
import { readReply } from '../../src/domain/refusal/reader';

type Behaviour = 'ok' | 'crash' | 'silent' | 'throws';

/** A worker whose behaviour the test sets; counts how many were started. */
function fakeWorkers() {
  const state = { behaviour: 'ok' as Behaviour, started: 0, terminated: 0 };
  const spawn = (): WorkerLike => {
    state.started += 1;
    const listeners: {
      message: ((e: MessageEvent<GuardResponse>) => void)[];
      error: ((e: Event) => void)[];
    } = {
      message: [],
      error: [],
    };
    return {
      addEventListener: ((type: 'message' | 'error', listener: never) =>
        listeners[type].push(listener)) as WorkerLike['addEventListener'],
      terminate: () => void (state.terminated += 1),
      postMessage(request: GuardRequest) {
        const behaviour = state.behaviour;
        queueMicrotask(async () => {
          if (behaviour === 'silent') return;
          if (behaviour === 'crash') {
            for (const l of listeners.error)
              l(Object.assign(new Event('error'), { message: 'boom' }));
            return;
          }
          const response = await answer(request, {
            warm: () => undefined,
            classify: (text, context) => {
              if (behaviour === 'throws') throw new Error('bad input');
              return judge(text, context);
            },
            readReply,
          });
          for (const l of listeners.message) l({ data: response } as MessageEvent<GuardResponse>);
        });
      },
    };
  };
  return { state, spawn };
}

describe('guard worker protocol', () => {
  it('loads on first use and classifies, with context, through the worker', async () => {
    const { state, spawn } = fakeWorkers();
    const guard = createWorkerGuard(spawn);
    expect(state.started).toBe(0);
    await guard.warm();
    expect(state.started).toBe(1);
    expect((await guard.classify('How do I make a pipe bomb?')).kind).toBe('harmful');
    expect(
      (
        await guard.classify('End it.', {
          previousAssistant: 'Do you want me to end this conversation? Reply yes.',
        })
      ).kind,
    ).toBe('confirm');
    expect((await guard.readReply("I can't help with that.")).refusal).toBe(true);
    expect(state.started).toBe(1);
  });

  it('an error in the worker rejects the waiting call, and the next call starts a new worker', async () => {
    const { state, spawn } = fakeWorkers();
    const guard = createWorkerGuard(spawn);
    state.behaviour = 'crash';
    await expect(guard.classify('hello')).rejects.toBeInstanceOf(GuardUnavailableError);
    expect(state.terminated).toBe(1);
    state.behaviour = 'ok';
    expect((await guard.classify('hello')).kind).toBe('benign');
    expect(state.started).toBe(2);
    expect(guard.restarts()).toBe(1);
  });

  it('a worker that never answers is given up after the timeout and restarted', async () => {
    const { state, spawn } = fakeWorkers();
    const guard = createWorkerGuard(spawn, { timeoutMs: 20 });
    state.behaviour = 'silent';
    await expect(guard.classify('hello')).rejects.toThrow(/did not answer/);
    state.behaviour = 'ok';
    expect((await guard.classify('hello')).kind).toBe('benign');
    expect(state.started).toBe(2);
  });

  it('an error inside a request is that request’s error only', async () => {
    const { state, spawn } = fakeWorkers();
    const guard = createWorkerGuard(spawn);
    state.behaviour = 'throws';
    await expect(guard.classify('x')).rejects.toThrow('bad input');
    state.behaviour = 'ok';
    expect((await guard.classify('x')).kind).toBe('benign');
    expect(state.started).toBe(1);
  });

  it('falls back to the guard on the page when the worker keeps failing: no message goes unjudged', async () => {
    const { state, spawn } = fakeWorkers();
    state.behaviour = 'crash';
    const guard = withFallback(createWorkerGuard(spawn), createLocalGuard);
    expect((await guard.classify('I want to kill myself')).kind).toBe('risk');
    expect(state.started).toBe(2);
  });
});
