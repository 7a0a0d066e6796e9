/** What the browser scripts (bench, Lighthouse, test:xss) share: a served build, Chromium, seeded storage. */
import { spawn } from 'node:child_process';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumPath } from './chromium';

/** Flags for Debian's Chromium as root on a closed network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Serves dist/ on loopback and resolves once it answers; `stop()` ends it. */
export async function startPreview(port: number): Promise<{ url: string; stop: () => void }> {
  const url = `http://127.0.0.1:${port}`;
  const answered = await fetch(url).then(
    () => true,
    () => false,
  );
  if (answered) throw new Error(`something already serves ${url}: it would be measured instead`);
  // Vite itself, not through npx: killing npx left vite serving, so the next run on
  // this port measured the previous build.
  const child = spawn(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'preview',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
    ],
    { stdio: 'ignore' },
  );
  for (let i = 0; i < 100; i += 1) {
    try {
      await fetch(url);
      return { url, stop: () => child.kill() };
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  child.kill();
  throw new Error(`vite preview did not answer on ${url}`);
}

export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [...CHROMIUM_ARGS, ...extraArgs],
  });
}

/** Resolves once the app has loaded its stored conversations (the boot mark). */
export const untilHydrated = (page: Page) =>
  page.waitForFunction(() => performance.getEntriesByName('parley:hydrated').length > 0);

/** Resolves once every stored question carries the guard's verdict (the back-fill has finished). */
export async function untilEveryQuestionJudged(page: Page, timeoutMs = 120_000): Promise<void> {
  const unjudged = () =>
    page.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open('parley');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const all = open.result
              .transaction('conversations')
              .objectStore('conversations')
              .getAll();
            all.onsuccess = () => {
              open.result.close();
              type Message = { role?: string; verdict?: unknown };
              // Messages are stored in chunks, or inline in an older whole record.
              const messages = (all.result as (Message[] | { nodes?: Message[] })[]).flatMap((v) =>
                Array.isArray(v) ? v : (v.nodes ?? []),
              );
              resolve(messages.filter((m) => m.role === 'user' && !m.verdict).length);
            };
          };
        }),
    );
  const deadline = Date.now() + timeoutMs;
  while ((await unjudged()) > 0) {
    if (Date.now() > deadline) throw new Error('the back-fill did not judge every question');
    await page.waitForTimeout(1000);
  }
}

/** Replaces every stored conversation with `records` (schema-shaped objects with an id). */
export function replaceConversations(page: Page, records: unknown[]): Promise<void> {
  return page.evaluate(
    (recs) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('parley');
        open.onsuccess = () => {
          const tx = open.result.transaction('conversations', 'readwrite');
          const store = tx.objectStore('conversations');
          store.clear();
          for (const r of recs as { id: string }[]) store.put(r, r.id);
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
    records,
  );
}
