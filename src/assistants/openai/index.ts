/** OpenAI-compatible Chat Completions (OpenAI, Ollama, llama.cpp, vLLM, LM Studio), streaming. */
import { apiBase, type BackendConfig } from '../config';
import { joinUrl } from '../http';
import { postAndDecode } from '../postAndDecode';
import { NO_ARGUMENTS, systemPrompt, toModelTurns, TOOLS } from '../prompt';
import type { AssistantEvent, AssistantRequest, ToolExchange } from '../types';
import { decodeOpenAi } from './decode';

export function openAiHeaders(apiKey: string): Record<string, string> {
  return {
    'content-type': 'application/json',
    ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}),
  };
}

/** The model's message with its tool_calls, then one `tool` message answering each. */
function exchangeMessages(exchange: ToolExchange) {
  return [
    {
      role: 'assistant',
      content: exchange.text,
      tool_calls: exchange.calls.map((c) => ({
        id: c.id,
        type: 'function',
        function: { name: c.name, arguments: JSON.stringify(c.input) },
      })),
    },
    ...exchange.calls.map((c) => ({
      role: 'tool',
      tool_call_id: c.id,
      content: exchange.results[c.id] ?? '',
    })),
  ];
}

export function requestBody(config: BackendConfig, request: Omit<AssistantRequest, 'signal'>) {
  const { turns, system, tools, exchanges = [] } = request;
  return {
    model: config.model,
    messages: [
      { role: 'system', content: systemPrompt(config.systemPrompt, system) },
      ...toModelTurns(turns),
      ...exchanges.flatMap(exchangeMessages),
    ],
    stream: true,
    stream_options: { include_usage: true },
    max_tokens: config.maxTokens,
    ...(config.temperature !== null ? { temperature: config.temperature } : {}),
    ...(tools.length > 0
      ? {
          tools: tools.map((name) => ({
            type: 'function',
            function: { name, ...TOOLS[name], parameters: NO_ARGUMENTS },
          })),
        }
      : {}),
  };
}

export async function* streamReply(
  config: BackendConfig,
  request: AssistantRequest,
  fetcher?: typeof fetch,
): AsyncIterable<AssistantEvent> {
  const url = joinUrl(apiBase(config.baseUrl), '/v1/chat/completions');
  yield* postAndDecode(
    url,
    openAiHeaders(config.apiKey),
    requestBody(config, request),
    request.signal,
    decodeOpenAi,
    fetcher,
  );
}

export function modelsRequest(config: BackendConfig): [string, RequestInit] {
  return [
    joinUrl(apiBase(config.baseUrl), '/v1/models'),
    { headers: openAiHeaders(config.apiKey) },
  ];
}
