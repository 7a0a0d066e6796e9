/**
 * The Anthropic stream events the decoder reads, validated field by field: a field
 * of the wrong type (an error message that is a number or an object, a type named
 * "__proto__") reads as absent, so nothing a server sends is stored or shown as it is.
 */
import * as z from 'zod/mini';

const text = z.catch(z.optional(z.string()), undefined);
const count = z.catch(z.optional(z.number().check(z.nonnegative())), undefined);
const part = <T extends z.core.$ZodLooseShape>(shape: T) =>
  z.catch(z.optional(z.object(shape)), undefined);

const anthropicEvent = z.object({
  type: text,
  index: count,
  message: part({ usage: part({ input_tokens: count, output_tokens: count }) }),
  content_block: part({ type: text, id: text, name: text, text }),
  delta: part({ type: text, text, partial_json: text, stop_reason: text }),
  usage: part({ output_tokens: count }),
  error: part({ type: text, message: text }),
});

export type AnthropicEvent = z.infer<typeof anthropicEvent>;

const EMPTY = anthropicEvent.parse({});

/** A parsed JSON value as an event; anything else reads as an event with no fields. */
export function readAnthropicEvent(value: unknown): AnthropicEvent {
  const parsed = anthropicEvent.safeParse(value);
  return parsed.success ? parsed.data : EMPTY;
}
