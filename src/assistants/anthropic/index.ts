/** Anthropic Messages API, streaming, with the client's tools. */
import { apiBase, type BackendConfig } from '../config';
import { joinUrl } from '../http';
import { postAndDecode } from '../postAndDecode';
import { NO_ARGUMENTS, systemPrompt, toModelTurns, TOOLS } from '../prompt';
import type { AssistantEvent, AssistantRequest, ToolExchange } from '../types';
import { decodeAnthropic } from './decode';

export function anthropicHeaders(apiKey: string): Record<string, string> {
  return {
    'content-type': 'application/json',
    'x-api-key': apiKey,
    'anthropic-version': '2023-06-01',
    'anthropic-dangerous-direct-browser-access': 'true',
  };
}

/** The model's turn as it arrived (text and tool_use blocks), then a user turn answering each call. */
function exchangeMessages(exchange: ToolExchange) {
  return [
    {
      role: 'assistant',
      content: [
        ...(exchange.text.trim() ? [{ type: 'text', text: exchange.text }] : []),
        ...exchange.calls.map((c) => ({
          type: 'tool_use',
          id: c.id,
          name: c.name,
          input: c.input,
        })),
      ],
    },
    {
      role: 'user',
      content: exchange.calls.map((c) => ({
        type: 'tool_result',
        tool_use_id: c.id,
        content: exchange.results[c.id] ?? '',
      })),
    },
  ];
}

export function requestBody(config: BackendConfig, request: Omit<AssistantRequest, 'signal'>) {
  const { turns, system, tools, exchanges = [] } = request;
  return {
    model: config.model,
    max_tokens: config.maxTokens,
    system: systemPrompt(config.systemPrompt, system),
    messages: [...toModelTurns(turns), ...exchanges.flatMap(exchangeMessages)],
    stream: true,
    ...(config.temperature !== null ? { temperature: config.temperature } : {}),
    ...(tools.length > 0
      ? { tools: tools.map((name) => ({ name, ...TOOLS[name], input_schema: NO_ARGUMENTS })) }
      : {}),
  };
}

export async function* streamReply(
  config: BackendConfig,
  request: AssistantRequest,
  fetcher?: typeof fetch,
): AsyncIterable<AssistantEvent> {
  const url = joinUrl(apiBase(config.baseUrl), '/v1/messages');
  yield* postAndDecode(
    url,
    anthropicHeaders(config.apiKey),
    requestBody(config, request),
    request.signal,
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
