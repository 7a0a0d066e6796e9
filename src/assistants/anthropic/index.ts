/** Anthropic Messages API, streaming, with the end_conversation tool. */
import { apiBase, type BackendConfig } from '../config';
import { joinUrl } from '../http';
import { postAndDecode } from '../postAndDecode';
import { END_TOOL, offerEndTool, systemPrompt, toModelTurns } from '../prompt';
import type { AssistantEvent, AssistantRequest } from '../types';
import { decodeAnthropic } from './decode';

export function anthropicHeaders(apiKey: string): Record<string, string> {
  return {
    'content-type': 'application/json',
    'x-api-key': apiKey,
    'anthropic-version': '2023-06-01',
    'anthropic-dangerous-direct-browser-access': 'true',
  };
}

export async function* streamReply(
  config: BackendConfig,
  { turns, decision, signal }: AssistantRequest,
  fetcher?: typeof fetch,
): AsyncIterable<AssistantEvent> {
  const body = {
    model: config.model,
    max_tokens: config.maxTokens,
    system: systemPrompt(config.systemPrompt, decision),
    messages: toModelTurns(turns),
    stream: true,
    ...(config.temperature !== null ? { temperature: config.temperature } : {}),
    ...(offerEndTool(decision)
      ? { tools: [{ ...END_TOOL, input_schema: { type: 'object', properties: {} } }] }
      : {}),
  };
  const url = joinUrl(apiBase(config.baseUrl), '/v1/messages');
  yield* postAndDecode(
    url,
    anthropicHeaders(config.apiKey),
    body,
    signal,
    decodeAnthropic,
    fetcher,
  );
}

export function modelsRequest(config: BackendConfig): [string, RequestInit] {
  return [
    joinUrl(apiBase(config.baseUrl), '/v1/models'),
    { headers: anthropicHeaders(config.apiKey) },
  ];
}
