/** Anthropic Messages API stream events → assistant events. */
import { endedEarly } from '../http';
import { toolInput } from '../toolInput';
import { CLIENT_REFUSAL } from '../prompt';
import type { EventSourceMessage } from '../sse';
import type { AssistantEvent, Usage } from '../types';
import { readAnthropicEvent, type AnthropicEvent } from './events';

interface Block {
  readonly type: string;
  readonly id?: string;
  readonly name?: string;
  json: string;
}

const ERROR_TEXT: Record<string, string> = {
  overloaded_error: 'The model is overloaded right now. Retry in a moment.',
  rate_limit_error: 'Rate limited: too many requests. Retry in a moment.',
  api_error: 'The model service had an error. Retry.',
};

export async function* decodeAnthropic(
  messages: AsyncIterable<EventSourceMessage>,
): AsyncIterable<AssistantEvent> {
  const blocks = new Map<number, Block>();
  let stopReason: string | null = null;
  const usage: { inputTokens?: number; outputTokens?: number } = {};
  let finished = false;
  let warned = false;
  let understood = false;

  for await (const message of messages) {
    let event: AnthropicEvent;
    try {
      event = readAnthropicEvent(JSON.parse(message.data));
    } catch {
      if (!warned)
        yield { type: 'warning', message: 'A malformed chunk from the server was skipped.' };
      warned = true;
      continue;
    }
    understood = true;
    switch (event.type) {
      case 'message_start':
        usage.inputTokens = event.message?.usage?.input_tokens;
        break;
      case 'content_block_start': {
        const block = event.content_block ?? {};
        blocks.set(event.index ?? 0, {
          type: block.type ?? 'unknown',
          id: block.id,
          name: block.name,
          json: '',
        });
        if (block.type === 'text' && block.text) yield { type: 'text', text: block.text };
        break;
      }
      case 'content_block_delta': {
        const delta = event.delta ?? {};
        if (delta.type === 'text_delta' && delta.text) yield { type: 'text', text: delta.text };
        else if (delta.type === 'input_json_delta') {
          const block = blocks.get(event.index ?? 0);
          if (block) block.json += delta.partial_json ?? '';
        }
        // thinking_delta and signature_delta are not shown.
        break;
      }
      case 'content_block_stop': {
        const index = event.index ?? 0;
        const block = blocks.get(index);
        if (block?.type === 'tool_use' && block.name) {
          yield {
            type: 'tool_call',
            call: {
              id: block.id ?? `toolu_${index}`,
              name: block.name,
              input: toolInput(block.json),
            },
          };
        }
        break;
      }
      case 'message_delta':
        stopReason = event.delta?.stop_reason ?? stopReason;
        if (event.usage?.output_tokens !== undefined)
          usage.outputTokens = event.usage.output_tokens;
        break;
      case 'message_stop':
        finished = true;
        break;
      case 'error': {
        const kind = event.error?.type ?? 'api_error';
        const known = Object.hasOwn(ERROR_TEXT, kind) ? ERROR_TEXT[kind] : undefined;
        yield {
          type: 'error',
          message: known ?? event.error?.message ?? 'The model service reported an error.',
        };
        return;
      }
      default:
        // ping and event types added after this was written are ignored.
        break;
    }
  }
  if (!finished) {
    yield endedEarly(warned && !understood);
    return;
  }
  if (stopReason === 'refusal') yield { type: 'refusal', text: CLIENT_REFUSAL };
  yield {
    type: 'done',
    truncated: stopReason === 'max_tokens' || stopReason === 'model_context_window_exceeded',
    usage: usage as Usage,
  };
}
