/** OpenAI-compatible Chat Completions stream chunks → assistant events. */
import { endedEarly } from '../http';
import { CLIENT_REFUSAL } from '../prompt';
import type { EventSourceMessage } from '../sse';
import type { AssistantEvent } from '../types';

interface Chunk {
  error?: { message?: string } | string;
  usage?: { prompt_tokens?: number; completion_tokens?: number } | null;
  choices?: {
    delta?: {
      content?: string | null;
      refusal?: string | null;
      tool_calls?: { index?: number; function?: { name?: string; arguments?: string } }[];
    };
    finish_reason?: string | null;
  }[];
}

export async function* decodeOpenAi(
  messages: AsyncIterable<EventSourceMessage>,
): AsyncIterable<AssistantEvent> {
  const calls = new Map<number, { name: string; args: string }>();
  let finish: string | null = null;
  let sawDone = false;
  let refused = false;
  let warned = false;
  let understood = false;
  let usage: { inputTokens?: number; outputTokens?: number } | undefined;

  for await (const message of messages) {
    const data = message.data.trim();
    if (data === '[DONE]') {
      sawDone = true;
      break;
    }
    let chunk: Chunk;
    try {
      chunk = JSON.parse(data) as Chunk;
    } catch {
      if (!warned)
        yield { type: 'warning', message: 'A malformed chunk from the server was skipped.' };
      warned = true;
      continue;
    }
    understood = true;
    if (chunk.error) {
      const text = typeof chunk.error === 'string' ? chunk.error : chunk.error.message;
      yield { type: 'error', message: `The server reported an error: ${text ?? 'unknown'}` };
      return;
    }
    if (chunk.usage)
      usage = {
        inputTokens: chunk.usage.prompt_tokens,
        outputTokens: chunk.usage.completion_tokens,
      };
    for (const choice of chunk.choices ?? []) {
      const delta = choice.delta ?? {};
      if (delta.content) yield { type: 'text', text: delta.content };
      if (delta.refusal) refused = true;
      for (const call of delta.tool_calls ?? []) {
        const slot = calls.get(call.index ?? 0) ?? { name: '', args: '' };
        slot.name += call.function?.name ?? '';
        slot.args += call.function?.arguments ?? '';
        calls.set(call.index ?? 0, slot);
      }
      if (choice.finish_reason) finish = choice.finish_reason;
    }
  }
  if (!sawDone && finish === null) {
    yield endedEarly(warned && !understood);
    return;
  }
  if ([...calls.values()].some((c) => c.name === 'end_conversation')) yield { type: 'end_request' };
  if (refused || finish === 'content_filter') yield { type: 'refusal', text: CLIENT_REFUSAL };
  yield { type: 'done', truncated: finish === 'length', ...(usage ? { usage } : {}) };
}
