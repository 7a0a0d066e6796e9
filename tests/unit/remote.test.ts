import { describe, expect, it, vi } from 'vitest';
import { validateBackend, type BackendConfig } from '../../src/assistants/config';
import { describeStatus, openStream, retryAfterMs } from '../../src/assistants/http';
import { toModelTurns } from '../../src/assistants/prompt';
import { createRemoteAssistant, listModels } from '../../src/assistants/remote';
import type { AssistantEvent } from '../../src/assistants/types';
import { judge } from '../../src/domain/safety/judge';
import { DEFAULT_POLICY, INITIAL_STATE, decide } from '../../src/domain/safety/policy';
import { briefOf, modelInstructions } from '../../src/turns/instructions';

const config: BackendConfig = {
  kind: 'openai',
  baseUrl: 'http://127.0.0.1:9/v1/',
  model: 'm',
  apiKey: 'sk-secret',
  systemPrompt: 'Be brief.',
  temperature: 0.2,
  maxTokens: 100,
};

describe('request building', () => {
  it('replaces a refused exchange with placeholders and merges same-role turns', () => {
    const turns = toModelTurns([
      { role: 'user', text: 'bad question' },
      { role: 'assistant', text: 'partial bad answer', refused: true },
      { role: 'user', text: 'fine question' },
      { role: 'user', text: 'and more' },
    ]);
    expect(JSON.stringify(turns)).not.toContain('bad question');
    expect(JSON.stringify(turns)).not.toContain('partial bad answer');
    expect(turns[turns.length - 1]).toEqual({ role: 'user', content: 'fine question\n\nand more' });
  });

  it('offers the client tools on a normal path, no end tool on a risk path, and the configured support lines', async () => {
    const bodies: Record<string, unknown>[] = [];
    const fetcher = vi.fn(async (_url: unknown, init?: RequestInit) => {
      bodies.push(JSON.parse(String(init?.body)));
      return new Response('data: [DONE]\n\n', { status: 200 });
    });
    const assistant = createRemoteAssistant(config, fetcher as unknown as typeof fetch);
    for (const text of ['hello', 'I want to kill myself']) {
      const decision = decide(INITIAL_STATE, { id: 'u', verdict: judge(text) });
      for await (const _ of assistant.stream({
        turns: [{ role: 'user', text }],
        ...modelInstructions(decision, DEFAULT_POLICY, ['Call **555-0100** (Testline).']),
        brief: briefOf(decision),
        signal: new AbortController().signal,
      })) {
        // drain
      }
    }
    expect(fetcher.mock.calls[0]![0]).toBe('http://127.0.0.1:9/v1/chat/completions');
    expect(JSON.stringify(bodies[0]!.tools)).toContain('end_conversation');
    expect(JSON.stringify(bodies[0]!.tools)).toContain('show_support_resources');
    expect(bodies[1]!.tools).toBeUndefined();
    expect(JSON.stringify(bodies[1]!.messages)).toContain('Call 555-0100 (Testline).');
    expect(JSON.stringify(bodies[1]!.messages)).not.toContain('988');
  });

  it('validates settings with messages a person can act on', () => {
    expect(validateBackend({ ...config, baseUrl: 'ftp://x' })).toMatch(/base URL/);
    expect(validateBackend({ ...config, model: ' ' })).toMatch(/model/);
    expect(validateBackend({ ...config, kind: 'anthropic', apiKey: '' })).toMatch(/API key/);
    expect(validateBackend({ ...config, temperature: 3 })).toMatch(/Temperature/);
    expect(validateBackend({ ...config, baseUrl: '/proxy/ollama' })).toBeNull();
  });
});

describe('HTTP errors and retries', () => {
  it('describes statuses without echoing the request', () => {
    expect(describeStatus(401)).toMatch(/Check the key/);
    expect(describeStatus(404)).toMatch(/base URL and the model/);
    expect(describeStatus(503)).toMatch(/server had an error/);
  });

  it('reads retry-after in seconds, ms and as a date', () => {
    expect(retryAfterMs(new Headers({ 'retry-after': '3' }))).toBe(3000);
    expect(retryAfterMs(new Headers({ 'retry-after-ms': '250' }))).toBe(250);
    expect(retryAfterMs(new Headers())).toBeNull();
  });

  it('waits out a 429 with a countdown status and tries again once', async () => {
    let calls = 0;
    const fetcher = vi.fn(async () =>
      ++calls === 1
        ? new Response('{}', { status: 429, headers: { 'retry-after-ms': '10' } })
        : new Response('data: x\n\n'),
    );
    const events: AssistantEvent[] = [];
    const gen = openStream(
      'http://x',
      {},
      new AbortController().signal,
      fetcher as unknown as typeof fetch,
    );
    let step = await gen.next();
    while (!step.done) {
      events.push(step.value);
      step = await gen.next();
    }
    expect(step.value?.ok).toBe(true);
    expect(events[0]).toMatchObject({ type: 'status', message: expect.stringMatching(/429/) });
    expect(fetcher).toHaveBeenCalledTimes(2);
  });

  it('lists models and turns failures into readable errors', async () => {
    const ok = vi.fn(async () => Response.json({ data: [{ id: 'b' }, { id: 'a' }] }));
    expect(await listModels(config, undefined, ok as unknown as typeof fetch)).toEqual(['a', 'b']);
    const down = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(listModels(config, undefined, down as unknown as typeof fetch)).rejects.toThrow(
      /Could not reach 127.0.0.1:9/,
    );
    const denied = vi.fn(async () => new Response('', { status: 401 }));
    await expect(listModels(config, undefined, denied as unknown as typeof fetch)).rejects.toThrow(
      /Check the key/,
    );
  });
});
