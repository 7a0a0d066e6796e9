import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeAnthropic } from '../../src/assistants/anthropic/decode';
import { decodeOpenAi } from '../../src/assistants/openai/decode';
import { readSse, streamOf } from '../../src/assistants/sse';
import type { AssistantEvent } from '../../src/assistants/types';

const recorded = (name: string) => readFileSync(resolve('tests/fixtures/streams', name), 'utf8');
type Decoder = typeof decodeAnthropic;

async function decode(decoder: Decoder, chunks: readonly string[]): Promise<AssistantEvent[]> {
  const out: AssistantEvent[] = [];
  for await (const event of decoder(readSse(streamOf(chunks)))) out.push(event);
  return out;
}

const textOf = (events: AssistantEvent[]) =>
  events.map((e) => (e.type === 'text' ? e.text : '')).join('');
const kinds = (events: AssistantEvent[]) =>
  events.filter((e) => e.type !== 'text').map((e) => e.type);

/** Every way of cutting the stream in two, byte by byte, gives the same events. */
async function expectSplitInvariant(decoder: Decoder, text: string) {
  const whole = await decode(decoder, [text]);
  const bytes = new TextEncoder().encode(text);
  for (let i = 1; i < bytes.length; i += 1) {
    const head = new TextDecoder().decode(bytes.slice(0, i), { stream: true });
    // Cut the raw bytes, not characters: multi-byte letters are split too.
    const events: AssistantEvent[] = [];
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(bytes.slice(0, i));
        c.enqueue(bytes.slice(i));
        c.close();
      },
    });
    for await (const e of decoder(readSse(body))) events.push(e);
    expect(events, `split at byte ${i} (${JSON.stringify(head.slice(-10))})`).toEqual(whole);
  }
}

describe('Anthropic stream decoder', () => {
  it('text only, with usage', async () => {
    const events = await decode(decodeAnthropic, [recorded('anthropic-text.sse')]);
    expect(textOf(events)).toBe('Hello, world! Ünïcödé ✓');
    expect(events[events.length - 1]).toEqual({
      type: 'done',
      truncated: false,
      usage: { inputTokens: 12, outputTokens: 15 },
    });
  });

  it('a tool call split across chunks becomes one call with its id, name and input', async () => {
    const events = await decode(decodeAnthropic, [recorded('anthropic-tool.sse')]);
    expect(kinds(events)).toEqual(['tool_call', 'done']);
    expect(events.find((e) => e.type === 'tool_call')).toEqual({
      type: 'tool_call',
      call: { id: 'toolu_1', name: 'end_conversation', input: {} },
    });
  });

  it('stop_reason refusal keeps the partial text and adds the client refusal', async () => {
    const events = await decode(decodeAnthropic, [recorded('anthropic-refusal.sse')]);
    expect(events[0]).toEqual({ type: 'text', text: 'Here is how to st' });
    expect(kinds(events)).toEqual(['refusal', 'done']);
  });

  it('max_tokens marks the reply truncated', async () => {
    const events = await decode(decodeAnthropic, [recorded('anthropic-max-tokens.sse')]);
    expect(events[events.length - 1]).toMatchObject({ type: 'done', truncated: true });
  });

  it('an error event mid-stream keeps what came and reports the error', async () => {
    const events = await decode(decodeAnthropic, [recorded('anthropic-error.sse')]);
    expect(textOf(events)).toBe('Part');
    expect(events[events.length - 1]).toEqual({
      type: 'error',
      message: expect.stringMatching(/overloaded/),
    });
  });

  it('ignores ping, unknown events, thinking deltas and comments', async () => {
    const events = await decode(decodeAnthropic, [recorded('anthropic-ping-unknown.sse')]);
    expect(textOf(events)).toBe('Fine');
    expect(kinds(events)).toEqual(['done']);
  });

  it('a stream that drops before message_stop is an error after the partial text', async () => {
    const events = await decode(decodeAnthropic, [recorded('anthropic-dropped.sse')]);
    expect(textOf(events)).toBe('Half a rep');
    expect(events[events.length - 1]).toMatchObject({
      type: 'error',
      message: expect.stringMatching(/lost before the reply finished/),
    });
  });

  it('reads CRLF line endings', async () => {
    const events = await decode(decodeAnthropic, [
      recorded('anthropic-tool.sse').replace(/\n/g, '\r\n'),
    ]);
    expect(kinds(events)).toEqual(['tool_call', 'done']);
  });

  it('gives the same events however the bytes are split', async () => {
    await expectSplitInvariant(decodeAnthropic, recorded('anthropic-text.sse'));
    await expectSplitInvariant(
      decodeAnthropic,
      recorded('anthropic-tool.sse').replace(/\n/g, '\r\n'),
    );
  });
});

describe('OpenAI-compatible stream decoder', () => {
  it('text only, with usage from the last chunk', async () => {
    const events = await decode(decodeOpenAi, [recorded('openai-text.sse')]);
    expect(textOf(events)).toBe('Hello, world! Ünïcödé ✓');
    expect(events[events.length - 1]).toEqual({
      type: 'done',
      truncated: false,
      usage: { inputTokens: 9, outputTokens: 4 },
    });
  });

  it('joins tool-call fragments by index into one call, keeping its id', async () => {
    const events = await decode(decodeOpenAi, [recorded('openai-tool.sse')]);
    expect(kinds(events)).toEqual(['tool_call', 'done']);
    expect(events.find((e) => e.type === 'tool_call')).toEqual({
      type: 'tool_call',
      call: { id: 'call_1', name: 'end_conversation', input: { r: 1 } },
    });
  });

  it('content_filter and delta.refusal become refusals', async () => {
    const filtered = await decode(decodeOpenAi, [recorded('openai-content-filter.sse')]);
    expect(textOf(filtered)).toBe('Some partial');
    expect(kinds(filtered)).toEqual(['refusal', 'done']);
    expect(kinds(await decode(decodeOpenAi, [recorded('openai-refusal.sse')]))).toEqual([
      'refusal',
      'done',
    ]);
  });

  it('length marks truncation', async () => {
    const events = await decode(decodeOpenAi, [recorded('openai-length.sse')]);
    expect(events[events.length - 1]).toMatchObject({ type: 'done', truncated: true });
  });

  it('an error line mid-stream is reported after the partial text', async () => {
    const events = await decode(decodeOpenAi, [recorded('openai-error.sse')]);
    expect(textOf(events)).toBe('Par');
    expect(events[events.length - 1]).toMatchObject({
      type: 'error',
      message: expect.stringMatching(/model crashed/),
    });
  });

  it('skips malformed JSON, reports it once, and keeps the stream', async () => {
    const events = await decode(decodeOpenAi, [recorded('openai-malformed.sse')]);
    expect(textOf(events)).toBe('AB');
    expect(kinds(events)).toEqual(['warning', 'done']);
  });

  it('a stream that drops before [DONE] is an error', async () => {
    const events = await decode(decodeOpenAi, [recorded('openai-dropped.sse')]);
    expect(kinds(events)).toEqual(['error']);
  });

  it('reads CRLF and any byte split', async () => {
    await expectSplitInvariant(decodeOpenAi, recorded('openai-tool.sse').replace(/\n/g, '\r\n'));
    await expectSplitInvariant(decodeOpenAi, recorded('openai-text.sse'));
  });
});

/**
 * A connection dropped at any byte: what arrived is a prefix of the whole text,
 * and the stream ends in an error unless the reply had already finished.
 */
describe.each([
  ['Anthropic', decodeAnthropic, 'anthropic-text.sse'],
  ['OpenAI', decodeOpenAi, 'openai-text.sse'],
] as const)('%s stream dropped at every byte', (_name, decoder, file) => {
  it('keeps a prefix of the text and ends in one error or a finished reply', async () => {
    const text = recorded(file);
    const whole = textOf(await decode(decoder, [text]));
    const bytes = new TextEncoder().encode(text);
    for (let i = 0; i < bytes.length; i += 1) {
      const body = new ReadableStream<Uint8Array>({
        start(c) {
          c.enqueue(bytes.slice(0, i));
          c.close();
        },
      });
      const events: AssistantEvent[] = [];
      for await (const e of decoder(readSse(body))) events.push(e);
      const partial = textOf(events);
      expect(whole.startsWith(partial), `cut at byte ${i}: a prefix`).toBe(true);
      const last = events[events.length - 1];
      expect(['error', 'done'], `cut at byte ${i}: ends clearly`).toContain(last?.type);
      if (last?.type === 'done')
        expect(partial, `cut at byte ${i}: done only when whole`).toBe(whole);
      expect(events.filter((e) => e.type === 'error' || e.type === 'done')).toHaveLength(1);
    }
  });
});

describe('hostile values from a server (issue 28, item 5)', () => {
  const sse = (event: unknown) => `event: x\ndata: ${JSON.stringify(event)}\n\n`;
  it.each([
    ['a number', { type: 'error', error: { type: 'api_error', message: 42 } }],
    ['an object', { type: 'error', error: { type: 'mystery', message: { nested: true } } }],
    ['a type of __proto__', { type: 'error', error: { type: '__proto__', message: 'x' } }],
    ['a type of constructor', { type: 'error', error: { type: 'constructor' } }],
  ])('an Anthropic error whose fields are %s gives a text error message', async (_, event) => {
    const events = await decode(decodeAnthropic, [sse(event)]);
    const error = events.find((e) => e.type === 'error');
    expect(error).toBeDefined();
    expect(typeof (error as { message: unknown }).message).toBe('string');
  });

  it('text of the wrong type is skipped, not stored', async () => {
    const events = await decode(decodeAnthropic, [
      sse({ type: 'content_block_start', index: 0, content_block: { type: 'text', text: 7 } }),
      sse({ type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: ['a'] } }),
      sse({ type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: 'ok' } }),
      sse({ type: 'message_stop' }),
    ]);
    expect(textOf(events)).toBe('ok');
  });

  it('an OpenAI-compatible error or content of the wrong type gives text, never the raw value', async () => {
    const events = await decode(decodeOpenAi, [
      `data: ${JSON.stringify({ choices: [{ delta: { content: { a: 1 } } }] })}\n\n`,
      `data: ${JSON.stringify({ error: { message: 42 } })}\n\n`,
    ]);
    expect(textOf(events)).toBe('');
    expect(events.find((e) => e.type === 'error')).toMatchObject({
      message: 'The server reported an error: unknown',
    });
  });
});
