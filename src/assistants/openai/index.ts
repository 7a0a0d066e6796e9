/** OpenAI-compatible Chat Completions (OpenAI, Ollama, llama.cpp, vLLM, LM Studio), streaming. */
import { apiBase, type BackendConfig } from '../config';
import { joinUrl } from '../http';
import { postAndDecode } from '../postAndDecode';
import { END_TOOL, offerEndTool, systemPrompt, toModelTurns } from '../prompt';
import type { AssistantEvent, AssistantRequest } from '../types';
import { decodeOpenAi } from './decode';

export function openAiHeaders(apiKey: string): Record<string, string> {
  return {
    'content-type': 'application/json',
    ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}),
  };
}

export async function* streamReply(
  config: BackendConfig,
  { turns, decision, signal }: AssistantRequest,
  fetcher?: typeof fetch,
): AsyncIterable<AssistantEvent> {
  const body = {
    model: config.model,
    messages: [
      { role: 'system', content: systemPrompt(config.systemPrompt, decision) },
      ...toModelTurns(turns),
    ],
    stream: true,
    stream_options: { include_usage: true },
    max_tokens: config.maxTokens,
    ...(config.temperature !== null ? { temperature: config.temperature } : {}),
    ...(offerEndTool(decision)
      ? {
          tools: [
            {
              type: 'function',
              function: { ...END_TOOL, parameters: { type: 'object', properties: {} } },
            },
          ],
        }
      : {}),
  };
  const url = joinUrl(apiBase(config.baseUrl), '/v1/chat/completions');
  yield* postAndDecode(url, openAiHeaders(config.apiKey), body, signal, decodeOpenAi, fetcher);
}

export function modelsRequest(config: BackendConfig): [string, RequestInit] {
  return [
    joinUrl(apiBase(config.baseUrl), '/v1/models'),
    { headers: openAiHeaders(config.apiKey) },
  ];
}
