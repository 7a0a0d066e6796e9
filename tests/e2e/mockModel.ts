/**
 * A model server on 127.0.0.1 that speaks the Anthropic Messages and OpenAI
 * Chat Completions streaming formats. What it does depends on the last user message:
 *   "end please"    → a short reply, then the end_conversation tool call
 *   "refuse in prose" → a refusal in words only ("I can't help with that …")
 *   "flag me"       → a short reply, then the show_support_resources tool call
 *   "please end this conversation" → asks the person to confirm that ending is permanent
 *   "yes, end it"   → the end_conversation tool call
 *   a tool result (the client answering a call) → "Understood, let's keep talking."
 *   "refuse me"     → partial text, then a refusal (stop_reason refusal / content_filter)
 *   "rate limit me" → 429 with retry-after: 1 once, then a normal reply
 *   "drop"          → partial text, then the connection is cut
 *   "slow"          → many chunks 150 ms apart
 *   "cut at N"      → the first time: a five-word reply cut off after N events
 *   "garbage"       → bytes that are not server-sent events
 *   "hang"          → partial text, then nothing, the connection held open
 *   "pause"         → partial text, silence until release(), then the rest
 *   "tiny chunks"   → 10,000 one-character chunks (TINY_REPLY)
 *   "huge reply"    → a reply of 1 MiB (HUGE_REPLY)
 *   anything else   → "Echo: <text>" in a few chunks
 *   "end after a pause" → partial text, silence until release(), then the end_conversation call
 *   "redirect to <url>" → 307 to that address (a server that moved, or a hostile one)
 *   "web page"      → 200 text/html (a wrong base URL that serves a site)
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
  /** Lets a "pause" reply go on. */
  release(): void;
  close(): Promise<void>;
}

export const FIVE_WORDS = ['One ', 'two ', 'three ', 'four ', 'five.'];
export const TINY_REPLY = Array.from({ length: 10_000 }, (_, i) => String(i % 10)).join('');
export const HUGE_REPLY = Array.from(
  { length: 16_384 },
  (_, i) => `Line ${String(i).padStart(5, '0')} of a very long reply, ${'x'.repeat(24)}\n`,
).join('');

type Protocol = 'anthropic' | 'openai';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type Content = string | { type?: string; text?: string }[];

function lastUserText(body: Record<string, unknown>): string {
  const messages = (body.messages as { role: string; content: Content }[]) ?? [];
  const content = [...messages].reverse().find((m) => m.role === 'user')?.content ?? '';
  return typeof content === 'string' ? content : content.map((c) => c.text ?? '').join('');
}

/** Whether the request answers a tool call: the client's tool result is the newest message. */
function answersToolCall(body: Record<string, unknown>): boolean {
  const last = ((body.messages as { role: string; content: Content }[]) ?? []).at(-1);
  if (!last) return false;
  if (last.role === 'tool') return true;
  return Array.isArray(last.content) && last.content.some((c) => c.type === 'tool_result');
}

/**
 * Drops the connection after what was written has gone out. destroy() would
 * also throw away writes still queued in Node, so a busy machine would lose text
 * the test counts on; end() flushes them, then closes mid-response (no final chunk).
 */
export function cutConnection(res: ServerResponse) {
  res.socket?.end();
}

class Writer {
  private events = 0;
  constructor(
    private readonly res: ServerResponse,
    private readonly protocol: Protocol,
    /** Cut the connection once this many events have gone out. */
    private readonly cutAfter = Infinity,
  ) {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    // The response has begun: a cut from here on is a dropped stream, not a failed request.
    res.flushHeaders();
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
  private get gone() {
    return this.res.destroyed || this.events >= this.cutAfter;
  }
  event(data: Record<string, unknown>) {
    if (this.res.destroyed) return;
    if (this.events >= this.cutAfter) return cutConnection(this.res);
    this.events += 1;
    if (this.protocol === 'anthropic')
      this.res.write(`event: ${String(data.type)}\ndata: ${JSON.stringify(data)}\n\n`);
    else this.res.write(`data: ${JSON.stringify(data)}\n\n`);
  }
  text(text: string) {
    if (this.protocol === 'anthropic')
      this.event({ type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text } });
    else this.event({ choices: [{ index: 0, delta: { content: text }, finish_reason: null }] });
  }
  endTool(name = 'end_conversation') {
    if (this.protocol === 'anthropic') {
      this.event({ type: 'content_block_stop', index: 0 });
      this.event({
        type: 'content_block_start',
        index: 1,
        content_block: { type: 'tool_use', id: `toolu_${name}`, name, input: {} },
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
                  id: `call_${name}`,
                  type: 'function',
                  function: { name, arguments: '' },
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
      if (this.events >= this.cutAfter) return cutConnection(this.res);
      this.res.write('data: [DONE]\n\n');
    }
    if (!this.gone) this.res.end();
  }
}

export async function startMockModel(): Promise<MockModel> {
  const requests: MockModel['requests'] = [];
  let rateLimited = false;
  const cutOnce = new Set<string>();
  let release = () => {};
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
    const redirect = /redirect to (\S+)/i.exec(text);
    if (redirect) {
      res.writeHead(307, { location: redirect[1] });
      return void res.end();
    }
    if (/web page/i.test(text)) {
      res.writeHead(200, { 'content-type': 'text/html' });
      return void res.end('<!doctype html><title>Welcome</title><p>Our homepage');
    }
    const cut = /cut at (\d+)/i.exec(text);
    if (cut && !cutOnce.has(text)) {
      cutOnce.add(text);
      const w = new Writer(res, protocol, Number(cut[1]));
      for (const word of FIVE_WORDS) {
        w.text(word);
        await sleep(10);
      }
      return w.finish(protocol === 'anthropic' ? 'end_turn' : 'stop');
    }
    if (/garbage/i.test(text)) {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write('\u0000\u00ff<html>not events</html>\ndata: {"choices": [{"delta": {"cont\n\n');
      res.write('data: {{{{\n\nevent: content_block_delta\ndata: [1,2\n\n');
      return void res.end();
    }
    const w = new Writer(res, protocol);
    if (answersToolCall(body)) {
      w.text(" Understood, let's keep talking.");
      return w.finish(protocol === 'anthropic' ? 'end_turn' : 'stop');
    }
    if (/refuse in prose/i.test(text)) {
      w.text("I can't help with that. Is there something else I can do for you?");
      return w.finish(protocol === 'anthropic' ? 'end_turn' : 'stop');
    }
    if (/flag me/i.test(text)) {
      w.text("I'm sorry you're carrying this.");
      return w.endTool('show_support_resources');
    }
    if (/please end this conversation/i.test(text)) {
      w.text(
        'Do you want me to end this conversation? It is permanent for this conversation. Reply yes to confirm.',
      );
      return w.finish(protocol === 'anthropic' ? 'end_turn' : 'stop');
    }
    if (/^yes,? end it/i.test(text)) {
      w.text('Ending it now.');
      return w.endTool();
    }
    if (/end after a pause/i.test(text)) {
      w.text('Ending soon. ');
      await new Promise<void>((resolve) => (release = resolve));
      return w.endTool();
    }
    if (/hang/i.test(text)) {
      w.text('This reply never ends. ');
      return;
    }
    if (/pause/i.test(text)) {
      w.text('Before the pause. ');
      await new Promise<void>((resolve) => (release = resolve));
      w.text('After the pause.');
      return w.finish(protocol === 'anthropic' ? 'end_turn' : 'stop');
    }
    if (/tiny chunks/i.test(text)) {
      for (let i = 0; i < TINY_REPLY.length; i += 1) {
        w.text(TINY_REPLY[i]!);
        // Let the events leave in many small packets, not one.
        if (i % 50 === 0) await sleep(0);
      }
      return w.finish(protocol === 'anthropic' ? 'end_turn' : 'stop');
    }
    if (/huge reply/i.test(text)) {
      for (let i = 0; i < HUGE_REPLY.length; i += 16_384) w.text(HUGE_REPLY.slice(i, i + 16_384));
      return w.finish(protocol === 'anthropic' ? 'end_turn' : 'stop');
    }
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
      return cutConnection(res);
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
    release: () => release(),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
