/**
 * Real backends, loaded on first use so their code stays out of the first screen's bundle.
 */
import type { BackendConfig } from './config';

import {
  CONNECTION_LOST,
  describeStatus,
  networkFailure,
  NO_REDIRECTS,
  sendableHeaders,
  unsafeAnswer,
  UNSENDABLE_KEY,
} from './http';

export { CONNECTION_LOST };
import type { Assistant, AssistantEvent, AssistantRequest } from './types';

const load = (kind: BackendConfig['kind']) =>
  kind === 'anthropic' ? import('./anthropic') : import('./openai');

export function createRemoteAssistant(config: BackendConfig, fetcher?: typeof fetch): Assistant {
  return {
    backend: config.kind,
    model: config.model,
    async *stream(request: AssistantRequest): AsyncIterable<AssistantEvent> {
      const backend = await load(config.kind);
      try {
        yield* backend.streamReply(config, request, fetcher);
      } catch {
        // A body that fails mid-read (connection cut, proxy reset) throws from the reader.
        if (!request.signal.aborted) yield { type: 'error', message: CONNECTION_LOST };
      }
    },
  };
}

/** The models a server offers (GET /v1/models), for the Settings list and "Test connection". */
export async function listModels(
  config: BackendConfig,
  signal?: AbortSignal,
  fetcher: typeof fetch = (...a) => fetch(...a),
): Promise<string[]> {
  const backend = await load(config.kind);
  const [url, init] = backend.modelsRequest(config);
  if (!sendableHeaders(init.headers)) throw new Error(UNSENDABLE_KEY);
  let response: Response;
  try {
    response = await fetcher(url, { ...init, ...NO_REDIRECTS, signal });
  } catch {
    throw new Error(networkFailure(url));
  }
  const unsafe = unsafeAnswer(response);
  if (unsafe) throw new Error(unsafe);
  if (!response.ok) throw new Error(describeStatus(response.status));
  const json = (await response.json().catch(() => ({}))) as {
    data?: { id?: string }[];
    models?: { name?: string }[];
  };
  const ids = (json.data ?? [])
    .map((m) => m.id)
    .filter((id): id is string => typeof id === 'string');
  return ids.sort();
}
