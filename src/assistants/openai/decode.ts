/** OpenAI-compatible Chat Completions stream chunks → assistant events. */
import { endedEarly } from '../http';
import { toolInput } from '../toolInput';
import { CLIENT_REFUSAL } from '../prompt';
import type { EventSourceMessage } from '../sse';
import type { AssistantEvent } from '../types';
import { readChunk, type Chunk } from './chunks';

export async function* decodeOpenAi(
  messages: AsyncIterable<EventSourceMessage>,
): AsyncIterable<AssistantEvent> {
  const calls = new Map<number, { id: string; name: string; args: string }>();
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
      chunk = readChunk(JSON.parse(data));
    } catch {
      if (!warned)
        yield { type: 'warning', message: 'A malformed chunk from the server was skipped.' };
      warned = true;
      continue;
    }
    understood = true;
    if (chunk.error) {
      const text =
        typeof chunk.error === 'string' ? chunk.error : (chunk.error.message ?? undefined);
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
        const index = call.index ?? 0;
        const slot = calls.get(index) ?? { id: `call_${index}`, name: '', args: '' };
        if (call.id) slot.id = call.id;
        slot.name += call.function?.name ?? '';
        slot.args += call.function?.arguments ?? '';
        calls.set(index, slot);
      }
      if (choice.finish_reason) finish = choice.finish_reason;
    }
  }
  if (!sawDone && finish === null) {
    yield endedEarly(warned && !understood);
    return;
  }
  for (const c of calls.values()) {
    if (c.name)
      yield { type: 'tool_call', call: { id: c.id, name: c.name, input: toolInput(c.args) } };
  }
  if (refused || finish === 'content_filter') yield { type: 'refusal', text: CLIENT_REFUSAL };
  yield { type: 'done', truncated: finish === 'length', ...(usage ? { usage } : {}) };
}
