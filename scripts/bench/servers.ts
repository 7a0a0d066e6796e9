/** What the browser benchmarks share: a streaming model server, its settings, long-task watching. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';

/** An OpenAI-compatible server streaming `chunks` as content deltas at `perSecond`. */
export async function streamingServer(chunks: readonly string[], perSecond: number) {
  const server = createServer((req, res) => {
    res.setHeader('access-control-allow-origin', '*');
    res.setHeader('access-control-allow-headers', '*');
    if (req.method === 'OPTIONS') return void res.writeHead(204).end();
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      let sent = 0;
      const started = Date.now();
      const tick = setInterval(() => {
        const due = Math.floor(((Date.now() - started) / 1000) * perSecond);
        while (sent < Math.min(due, chunks.length)) {
          res.write(
            `data: ${JSON.stringify({ choices: [{ index: 0, delta: { content: chunks[sent] }, finish_reason: null }] })}\n\n`,
          );
          sent += 1;
        }
        if (sent >= chunks.length) {
          clearInterval(tick);
          res.write(
            `data: ${JSON.stringify({ choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] })}\n\ndata: [DONE]\n\n`,
          );
          res.end();
        }
      }, 4);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => server.close(),
  };
}

/** Points the app's settings at `url` (takes effect on the next load). */
export async function pointSettingsAt(page: Page, url: string) {
  await page.evaluate((baseUrl) => {
    localStorage.setItem(
      'parley.settings',
      JSON.stringify({
        backend: {
          kind: 'openai',
          baseUrl,
          model: 'bench',
          systemPrompt: '',
          temperature: null,
          maxTokens: 4096,
        },
      }),
    );
  }, url);
}

/** The longest main-thread task, in ms, while `action` runs. */
export async function longTasksDuring(page: Page, action: () => Promise<void>): Promise<number> {
  await page.evaluate(() => {
    (window as unknown as { __long: number[] }).__long = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        (window as unknown as { __long: number[] }).__long.push(e.duration);
    }).observe({ type: 'longtask' });
  });
  await action();
  return page.evaluate(() => Math.max(0, ...(window as unknown as { __long: number[] }).__long));
}
