/**
 * A model server on 127.0.0.1 that speaks the Anthropic Messages and OpenAI
 * Chat Completions streaming formats. What it does depends on the last user message:
 *   "end please"    → a short reply, then the end_conversation tool call
 *   "refuse me"     → partial text, then a refusal (stop_reason refusal / content_filter)
 *   "rate limit me" → 429 with retry-after: 1 once, then a normal reply
 *   "drop"          → partial text, then the connection is cut
 *   "slow"          → many chunks 150 ms apart
 *   anything else   → "Echo: <text>" in a few chunks
 * The key "bad-key" gets a 401.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface MockModel {
  readonly url: string;
  readonly requests: {
    path: string;
    body: Record<string, unknown>;
    headers: IncomingMessage['headers'];
  }[];
  close(): Promise<void>;
}

type Protocol = 'anthropic' | 'openai';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function lastUserText(body: Record<string, unknown>): string {
  const messages = (body.messages as { role: string; content: string }[]) ?? [];
  return [...messages].reverse().find((m) => m.role === 'user')?.content ?? '';
}

class Writer {
  constructor(
    private readonly res: ServerResponse,
    private readonly protocol: Protocol,
  ) {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    if (protocol === 'anthropic') {
      this.event({
        type: 'message_start',
        message: {
          id: 'msg_1',
          type: 'message',
          role: 'assistant',
          content: [],
          model: 'mock-1',
          usage: { input_tokens: 5, output_tokens: 1 },
        },
      });
      this.event({
        type: 'content_block_start',
        index: 0,
        content_block: { type: 'text', text: '' },
      });
    }
  }
  event(data: Record<string, unknown>) {
    if (this.protocol === 'anthropic')
      this.res.write(`event: ${String(data.type)}\ndata: ${JSON.stringify(data)}\n\n`);
    else this.res.write(`data: ${JSON.stringify(data)}\n\n`);
  }
  text(text: string) {
    if (this.protocol === 'anthropic')
      this.event({ type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text } });
    else this.event({ choices: [{ index: 0, delta: { content: text }, finish_reason: null }] });
  }
  endTool() {
    if (this.protocol === 'anthropic') {
      this.event({ type: 'content_block_stop', index: 0 });
      this.event({
        type: 'content_block_start',
        index: 1,
        content_block: { type: 'tool_use', id: 'toolu_1', name: 'end_conversation', input: {} },
      });
      this.event({
        type: 'content_block_delta',
        index: 1,
        delta: { type: 'input_json_delta', partial_json: '{}' },
      });
      this.event({ type: 'content_block_stop', index: 1 });
      this.finish('tool_use', false);
    } else {
      this.event({
        choices: [
          {
            index: 0,
            delta: {
              tool_calls: [
                {
                  index: 0,
                  id: 'call_1',
                  type: 'function',
                  function: { name: 'end_conversation', arguments: '' },
                },
              ],
            },
            finish_reason: null,
          },
        ],
      });
      this.event({
        choices: [
          {
            index: 0,
            delta: { tool_calls: [{ index: 0, function: { arguments: '{}' } }] },
            finish_reason: null,
          },
        ],
      });
      this.finish('tool_calls');
    }
  }
  finish(reason: string, closeBlock = true) {
    if (this.protocol === 'anthropic') {
      if (closeBlock) this.event({ type: 'content_block_stop', index: 0 });
      this.event({
        type: 'message_delta',
        delta: { stop_reason: reason },
        usage: { output_tokens: 9 },
      });
      this.event({ type: 'message_stop' });
    } else {
      this.event({ choices: [{ index: 0, delta: {}, finish_reason: reason }] });
      this.res.write('data: [DONE]\n\n');
    }
    this.res.end();
  }
}

export async function startMockModel(): Promise<MockModel> {
  const requests: MockModel['requests'] = [];
  let rateLimited = false;
  const server: Server = createServer((req, res) => {
    res.setHeader('access-control-allow-origin', '*');
    res.setHeader('access-control-allow-headers', '*');
    res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
    res.setHeader('access-control-expose-headers', 'retry-after');
    if (req.method === 'OPTIONS') return void res.writeHead(204).end();
    const key = String(req.headers['x-api-key'] ?? req.headers.authorization ?? '').replace(
      /^Bearer /,
      '',
    );
    if (key === 'bad-key') {
      res.writeHead(401, { 'content-type': 'application/json' });
      return void res.end(
        JSON.stringify({ error: { type: 'authentication_error', message: 'invalid x-api-key' } }),
      );
    }
    if (req.method === 'GET' && req.url === '/v1/models') {
      res.writeHead(200, { 'content-type': 'application/json' });
      return void res.end(JSON.stringify({ data: [{ id: 'mock-1' }, { id: 'mock-2' }] }));
    }
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString()));
    req.on('end', () => void respond(req, res, raw));
  });

  async function respond(req: IncomingMessage, res: ServerResponse, raw: string) {
    const body = JSON.parse(raw || '{}') as Record<string, unknown>;
    requests.push({ path: req.url ?? '', body, headers: req.headers });
    const protocol: Protocol = req.url === '/v1/messages' ? 'anthropic' : 'openai';
    const text = lastUserText(body);
    if (/rate limit me/i.test(text) && !rateLimited) {
      rateLimited = true;
      res.writeHead(429, { 'content-type': 'application/json', 'retry-after': '1' });
      return void res.end(JSON.stringify({ error: { message: 'slow down' } }));
    }
    const w = new Writer(res, protocol);
    if (/end please/i.test(text)) {
      w.text('I will end this conversation now.');
      return w.endTool();
    }
    if (/refuse me/i.test(text)) {
      w.text('Here is how to st');
      return w.finish(protocol === 'anthropic' ? 'refusal' : 'content_filter');
    }
    if (/drop/i.test(text)) {
      w.text('Half of a reply ');
      await sleep(100);
      return void res.socket?.destroy();
    }
    if (/slow/i.test(text)) {
      for (let i = 0; i < 40 && !res.destroyed; i += 1) {
        w.text(`word${i} `);
        await sleep(150);
      }
      return res.destroyed ? undefined : w.finish(protocol === 'anthropic' ? 'end_turn' : 'stop');
    }
    for (const part of ['Echo: ', text.slice(0, 20), text.slice(20)]) {
      w.text(part);
      await sleep(20);
    }
    w.finish(protocol === 'anthropic' ? 'end_turn' : 'stop');
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
