/** HTTP for real backends: errors a person understands, and waiting out rate limits. */
import { backoffDelay, type Backoff } from '../domain/backoff';
import { allowedByContentPolicy } from './connectPolicy';
import type { AssistantEvent } from './types';

export const CONNECTION_LOST =
  'The connection was lost before the reply finished. The partial reply is kept.';

/** A stream that stopped before its end marker: cut off, or never a chat stream at all. */
export function endedEarly(onlyGarbage: boolean): AssistantEvent {
  return {
    type: 'error',
    message: onlyGarbage
      ? 'The server answered with something that is not a streaming chat reply. Check the base URL and model in Settings.'
      : CONNECTION_LOST,
  };
}

const MAX_RETRIES = 2;
/** A rate limit's wait: 2 s, then 4 s, or what the server asks, never over a minute. */
const RATE_LIMIT_WAIT: Backoff = { firstMs: 2000, maxMs: 60_000 };

/** What went wrong, in words that say what to do. Never includes the request (so never the key). */
export function describeStatus(status: number, detail = ''): string {
  const tail = detail ? ` (${detail.slice(0, 200)})` : '';
  if (status === 401 || status === 403)
    return `The server refused the API key (${status}). Check the key in Settings.${tail}`;
  if (status === 404)
    return `Not found (404): check the base URL and the model name in Settings.${tail}`;
  if (status === 429) return `Rate limited (429): too many requests.${tail}`;
  if (status === 529) return `The model is overloaded (529).${tail}`;
  if (status >= 500) return `The server had an error (${status}). Try again.${tail}`;
  return `The request failed (${status}).${tail}`;
}

export function networkFailure(url: string): string {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) {
    return 'You are offline. Check your connection, then retry.';
  }
  let host = url;
  try {
    host = new URL(url, 'http://localhost').host;
  } catch {
    // keep the raw text
  }
  if (!allowedByContentPolicy(url)) {
    return `This app's Content-Security-Policy does not allow connections to ${host}. Use a local server on localhost, the dev server's proxy (see README), or build the app with PARLEY_CONNECT_SRC set to that server's origin.`;
  }
  return `Could not reach ${host}. If it is a local server, it may not allow requests from this page (CORS): run the app with the dev server and use its proxy (see README), or enable CORS on the server.`;
}

/** The key never follows a redirect: a server that moves is named, and the request is not sent on. */
export const REDIRECT_REFUSED =
  'The server answered with a redirect to another address. Parley does not follow redirects, so your key and conversation stay with the server you configured: check the base URL in Settings.';

export const HTML_PAGE =
  'The server answered with a web page, not a model reply: check the base URL in Settings (for OpenAI-compatible servers it usually ends in /v1).';

export const UNSENDABLE_KEY =
  'Your API key contains a character that cannot be sent (a line break, or a letter outside plain Latin text). Paste the key again in Settings.';

/** Header values a browser can send: no control characters, nothing beyond one byte a character. */
export const sendableHeaders = (headers: HeadersInit | undefined): boolean =>
  Object.values((headers ?? {}) as Record<string, string>).every((v) =>
    /^[\t\x20-\x7e\x80-\xff]*$/.test(v),
  );

/** Requests that carry a key or a conversation never follow a redirect. */
export const NO_REDIRECTS: RequestInit = { redirect: 'manual' };

/** Why an answer must not be read as the API's (a redirect, a web page), or null when it may. */
export function unsafeAnswer(response: Response): string | null {
  if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400))
    return REDIRECT_REFUSED;
  if (response.ok && /text\/html/i.test(response.headers.get('content-type') ?? ''))
    return HTML_PAGE;
  return null;
}

/** Seconds from retry-after, or milliseconds from retry-after-ms; null if absent. */
export function retryAfterMs(headers: Headers): number | null {
  const ms = Number(headers.get('retry-after-ms'));
  if (Number.isFinite(ms) && ms > 0) return ms;
  const raw = headers.get('retry-after');
  if (!raw) return null;
  const seconds = Number(raw);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(raw);
  return Number.isFinite(at) ? Math.max(0, at - Date.now()) : null;
}

async function errorDetail(response: Response): Promise<string> {
  try {
    const text = await response.text();
    try {
      const json: unknown = JSON.parse(text);
      // Only text is shown: a message that is a number or an object says nothing.
      const field = (value: unknown, key: string): unknown =>
        value !== null && typeof value === 'object' && Object.hasOwn(value, key)
          ? (value as Record<string, unknown>)[key]
          : undefined;
      const err = field(json, 'error');
      const candidates = [err, field(err, 'message'), field(json, 'message')];
      return candidates.find((c): c is string => typeof c === 'string') ?? '';
    } catch {
      return text.slice(0, 200);
    }
  } catch {
    return '';
  }
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });

/**
 * Sends the request; on 429 or 529 waits the delay the server gave (with a
 * countdown status) and tries again, up to twice. Returns the response to stream,
 * or null after yielding an error event (or when aborted).
 */
export async function* openStream(
  url: string,
  init: RequestInit,
  signal: AbortSignal,
  fetcher: typeof fetch = (...args) => fetch(...args),
): AsyncGenerator<AssistantEvent, Response | null> {
  if (!sendableHeaders(init.headers)) {
    yield { type: 'error', message: UNSENDABLE_KEY };
    return null;
  }
  for (let attempt = 0; ; attempt += 1) {
    let response: Response;
    try {
      response = await fetcher(url, { ...init, ...NO_REDIRECTS, signal });
    } catch {
      if (!signal.aborted) yield { type: 'error', message: networkFailure(url) };
      return null;
    }
    const unsafe = unsafeAnswer(response);
    if (unsafe) {
      yield { type: 'error', message: unsafe };
      return null;
    }
    if (response.ok && response.body) return response;
    const detail = await errorDetail(response);
    const waitable = response.status === 429 || response.status === 529;
    if (waitable && attempt < MAX_RETRIES) {
      const wait = backoffDelay(RATE_LIMIT_WAIT, attempt, retryAfterMs(response.headers));
      const until = Date.now() + wait;
      yield { type: 'status', message: `${describeStatus(response.status)} Retrying`, until };
      await sleep(wait, signal);
      if (signal.aborted) return null;
      yield { type: 'status', message: '' };
      continue;
    }
    yield {
      type: 'error',
      message: describeStatus(response.status, detail),
      ...(waitable ? { retryAfterMs: retryAfterMs(response.headers) ?? undefined } : {}),
    };
    return null;
  }
}

/** Joins a base URL and a path without doubling or losing the slash. */
export function joinUrl(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}
