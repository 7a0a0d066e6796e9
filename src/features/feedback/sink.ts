/**
 * Where feedback goes. With a feedback URL: POSTed as JSON; a send that fails is
 * kept in an outbox and retried with backoff. Without one: kept on this device.
 * Either way it is in IndexedDB before the user is told anything, so a reload loses nothing.
 */
import { backoffDelay, type Backoff } from '../../domain/backoff';
import { createStore as createIdbStore, entries, set as idbSet, type UseStore } from 'idb-keyval';
import { createStore } from 'zustand/vanilla';
import * as z from 'zod/mini';
import type { Delivery, FeedbackRecord, StoredFeedback } from './types';

/** Feedback that could not be sent is tried again after 1 s, doubling to a minute. */
const FEEDBACK_RETRY: Backoff = { firstMs: 1000, maxMs: 60_000 };

const storedFeedback = z.object({
  record: z.object({
    id: z.string(),
    conversationId: z.string(),
    messageId: z.string(),
    kind: z.enum(['termination', 'message']),
    rating: z.enum(['up', 'down']),
    reasons: z.array(z.string()),
    comment: z.string(),
    createdAt: z.number(),
    clientVersion: z.string(),
  }),
  delivery: z.enum(['local', 'queued', 'failed', 'refused', 'sent']),
  attempts: z.number(),
  url: z.optional(z.string()),
});

const isStoredFeedback = (value: unknown): value is StoredFeedback =>
  storedFeedback.safeParse(value).success;

export interface FeedbackPersistence {
  all(): Promise<StoredFeedback[]>;
  put(item: StoredFeedback): Promise<void>;
}

export function idbFeedbackPersistence(): FeedbackPersistence {
  let store: UseStore | null = null;
  const db = () => (store ??= createIdbStore('parley-feedback', 'feedback'));
  return {
    all: async () => (await entries<string, StoredFeedback>(db())).map(([, v]) => v),
    put: async (item) => idbSet(item.record.id, item, db()),
  };
}

export function memoryFeedbackPersistence(): FeedbackPersistence {
  const items = new Map<string, StoredFeedback>();
  return {
    all: async () => [...items.values()],
    put: async (item) => void items.set(item.record.id, item),
  };
}

/** A 4xx other than timeout and rate limit: asking again will get the same answer. */
const permanentRefusal = (status: number) =>
  status >= 400 && status < 500 && status !== 408 && status !== 429;

export type SubmitOutcome = Exclude<Delivery, 'queued'> | 'queued';

export class FeedbackSendError extends Error {}

export interface FeedbackSinkOptions {
  readonly persistence: FeedbackPersistence;
  readonly url: () => string;
  readonly fetcher?: typeof fetch;
  readonly isOnline?: () => boolean;
}

export function createFeedbackSink(options: FeedbackSinkOptions) {
  const fetcher = options.fetcher ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  const isOnline =
    options.isOnline ?? (() => (typeof navigator === 'undefined' ? true : navigator.onLine));
  const state = createStore<{ items: Record<string, StoredFeedback> }>()(() => ({ items: {} }));
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  /** Submissions under way: a second click joins the first instead of sending again. */
  const inFlight = new Map<string, Promise<Delivery>>();

  const remember = async (item: StoredFeedback) => {
    state.setState((s) => ({ items: { ...s.items, [item.record.id]: item } }));
    await options.persistence.put(item);
  };

  /**
   * One delivery attempt, to the address the record was written for: 'sent', 'queued'
   * (offline or network), 'failed' (the server erred: retried) or 'refused' (for good).
   */
  async function deliver(record: FeedbackRecord, attempts: number, url: string): Promise<Delivery> {
    if (!url) {
      await remember({ record, delivery: 'local', attempts, url });
      return 'local';
    }
    if (!isOnline()) {
      await remember({ record, delivery: 'queued', attempts, url });
      scheduleRetry(attempts);
      return 'queued';
    }
    try {
      const response = await fetcher(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(record),
        redirect: 'manual',
      });
      const delivery: Delivery = response.ok
        ? 'sent'
        : permanentRefusal(response.status)
          ? 'refused'
          : 'failed';
      await remember({ record, delivery, attempts: attempts + 1, url });
      if (delivery === 'failed') scheduleRetry(attempts + 1);
      return delivery;
    } catch {
      await remember({ record, delivery: 'queued', attempts: attempts + 1, url });
      scheduleRetry(attempts + 1);
      return 'queued';
    }
  }

  /** Where a stored record goes: the address it was written for, or today's for older records. */
  const addressOf = (item: StoredFeedback | undefined) => item?.url ?? options.url();

  function scheduleRetry(attempts: number) {
    if (retryTimer) return;
    const delay = backoffDelay(FEEDBACK_RETRY, attempts);
    retryTimer = setTimeout(() => {
      retryTimer = null;
      void flush();
    }, delay);
  }

  /** Retries everything still waiting. */
  async function flush() {
    for (const item of Object.values(state.getState().items)) {
      if (item.delivery === 'queued' || item.delivery === 'failed')
        await deliver(item.record, item.attempts, addressOf(item));
    }
  }

  return {
    state,
    async load() {
      // Stored by an earlier session (or damaged): only well-formed records are loaded.
      const items = (await options.persistence.all().catch(() => [])).filter(isStoredFeedback);
      state.setState({ items: Object.fromEntries(items.map((i) => [i.record.id, i])) });
      if (items.some((i) => i.delivery === 'queued' || i.delivery === 'failed')) scheduleRetry(0);
    },
    /** Submitting the same record twice sends it once. */
    submit(record: FeedbackRecord): Promise<Delivery> {
      const pending = inFlight.get(record.id);
      if (pending) return pending;
      const existing = state.getState().items[record.id];
      if (existing && existing.delivery !== 'failed' && existing.delivery !== 'queued') {
        return Promise.resolve(existing.delivery);
      }
      const attempt = deliver(record, existing?.attempts ?? 0, addressOf(existing)).finally(() =>
        inFlight.delete(record.id),
      );
      inFlight.set(record.id, attempt);
      return attempt;
    },
    retry: (id: string) => {
      const item = state.getState().items[id];
      return item
        ? deliver(item.record, item.attempts, addressOf(item))
        : Promise.resolve<Delivery>('failed');
    },
    flush,
  };
}

export type FeedbackSink = ReturnType<typeof createFeedbackSink>;
